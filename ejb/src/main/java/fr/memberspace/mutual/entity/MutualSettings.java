package fr.memberspace.mutual.entity;

import java.io.Serializable;
import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What each mutual tunes, as plain values: activation codes, password policy and sign-in
 * lockout. The initial values are the column defaults of Flyway V2 (the policy of the
 * customer's guide); {@link fr.memberspace.mutual.control.MutualPolicies} builds the
 * checked policies from them (and its test checks they equal the platform defaults).
 */
@Embeddable
public class MutualSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "code_length", nullable = false)
    private int codeLength = 6;

    @Column(name = "code_validity_seconds", nullable = false)
    private int codeValiditySeconds = 600;

    @Column(name = "code_max_wrong_tries", nullable = false)
    private int codeMaxWrongTries = 5;

    @Column(name = "code_cooldown_seconds", nullable = false)
    private int codeCooldownSeconds = 60;

    @Column(name = "codes_per_hour", nullable = false)
    private int codesPerHour = 5;

    @Column(name = "password_min_length", nullable = false)
    private int passwordMinLength = 12;

    @Column(name = "password_max_length", nullable = false)
    private int passwordMaxLength = 128;

    @Column(name = "password_classes", nullable = false)
    private int passwordClasses = 3;

    @Column(name = "password_forbidden", nullable = false, length = 32)
    private String passwordForbidden = "'%\\_";

    @Column(name = "password_blocklist", nullable = false)
    private boolean passwordBlocklist = true;

    @Column(name = "password_member_data", nullable = false)
    private boolean passwordMemberData = true;

    @Column(name = "password_history", nullable = false)
    private int passwordHistory = 5;

    @Column(name = "lock_after_failures", nullable = false)
    private int lockAfterFailures = 5;

    @Column(name = "lock_first_seconds", nullable = false)
    private int lockFirstSeconds = 60;

    @Column(name = "lock_max_seconds", nullable = false)
    private int lockMaxSeconds = 900;

    /** The name of one of the closed set of member number formats (see {@code MemberNumberFormat}). */
    @Column(name = "number_format", nullable = false, length = 20)
    private String numberFormat = "DIGITS";

    /** How many first-connection invitations an import queues per minute (Flyway V37). */
    @Column(name = "invitations_per_minute", nullable = false)
    private int invitationsPerMinute = 600;

    public int getCodeLength() {
        return codeLength;
    }

    public Duration getCodeValidity() {
        return Duration.ofSeconds(codeValiditySeconds);
    }

    public int getCodeMaxWrongTries() {
        return codeMaxWrongTries;
    }

    public Duration getCodeCooldown() {
        return Duration.ofSeconds(codeCooldownSeconds);
    }

    public int getCodesPerHour() {
        return codesPerHour;
    }

    public int getPasswordMinLength() {
        return passwordMinLength;
    }

    public int getPasswordMaxLength() {
        return passwordMaxLength;
    }

    public int getPasswordClasses() {
        return passwordClasses;
    }

    public String getPasswordForbidden() {
        return passwordForbidden;
    }

    public boolean isPasswordBlocklist() {
        return passwordBlocklist;
    }

    public boolean isPasswordMemberData() {
        return passwordMemberData;
    }

    public int getPasswordHistory() {
        return passwordHistory;
    }

    public int getLockAfterFailures() {
        return lockAfterFailures;
    }

    public Duration getLockFirst() {
        return Duration.ofSeconds(lockFirstSeconds);
    }

    public Duration getLockMax() {
        return Duration.ofSeconds(lockMaxSeconds);
    }

    public int getCodeValiditySeconds() {
        return codeValiditySeconds;
    }

    public int getCodeCooldownSeconds() {
        return codeCooldownSeconds;
    }

    public int getLockFirstSeconds() {
        return lockFirstSeconds;
    }

    public int getLockMaxSeconds() {
        return lockMaxSeconds;
    }

    public String getNumberFormat() {
        return numberFormat;
    }

    /**
     * Changes the password policy at once; the mutual's settings check
     * ({@code SettingsCheck}) judges the values before they get here.
     */
    public void setPasswordPolicy(int minLength, int maxLength, int classes, String forbidden, boolean blocklist,
                                  int history) {
        passwordMinLength = minLength;
        passwordMaxLength = maxLength;
        passwordClasses = classes;
        passwordForbidden = forbidden;
        passwordBlocklist = blocklist;
        passwordHistory = history;
    }

    /** Changes the sign-in lockout at once (checked before, like the others). */
    public void setLockout(int afterFailures, int firstSeconds, int maxSeconds) {
        lockAfterFailures = afterFailures;
        lockFirstSeconds = firstSeconds;
        lockMaxSeconds = maxSeconds;
    }

    public int getInvitationsPerMinute() {
        return invitationsPerMinute;
    }

    public void setInvitationsPerMinute(int invitationsPerMinute) {
        this.invitationsPerMinute = invitationsPerMinute;
    }

    public void setNumberFormat(String numberFormat) {
        this.numberFormat = numberFormat;
    }

    /**
     * Changes the activation code settings at once; {@link fr.memberspace.mutual.control.MutualPolicies}
     * checks them before they get here.
     */
    public void setCodes(int length, Duration validity, int maxWrongTries, Duration cooldown, int perHour) {
        codeLength = length;
        codeValiditySeconds = (int) validity.toSeconds();
        codeMaxWrongTries = maxWrongTries;
        codeCooldownSeconds = (int) cooldown.toSeconds();
        codesPerHour = perHour;
    }
}
