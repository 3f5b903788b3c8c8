package fr.memberspace.mutual.entity;

import java.io.Serializable;
import java.time.Duration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import fr.memberspace.activation.control.CodePolicy;
import fr.memberspace.password.policy.PasswordSettings;
import fr.memberspace.throttle.control.LockoutPolicy;

/**
 * What each mutual tunes: activation codes, password policy and sign-in lockout. The column
 * defaults (Flyway V2) are the policy of the customer's guide.
 */
@Embeddable
public class MutualSettings implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "code_length", nullable = false)
    private int codeLength = CodePolicy.DEFAULT.length();

    @Column(name = "code_validity_seconds", nullable = false)
    private int codeValiditySeconds = (int) CodePolicy.DEFAULT.validity().toSeconds();

    @Column(name = "code_max_wrong_tries", nullable = false)
    private int codeMaxWrongTries = CodePolicy.DEFAULT.maxWrongTries();

    @Column(name = "code_cooldown_seconds", nullable = false)
    private int codeCooldownSeconds = (int) CodePolicy.DEFAULT.resendCooldown().toSeconds();

    @Column(name = "codes_per_hour", nullable = false)
    private int codesPerHour = CodePolicy.DEFAULT.maxCodesPerHour();

    @Column(name = "password_min_length", nullable = false)
    private int passwordMinLength = PasswordSettings.mcrnDefault().minLength();

    @Column(name = "password_max_length", nullable = false)
    private int passwordMaxLength = PasswordSettings.mcrnDefault().maxLength();

    @Column(name = "password_classes", nullable = false)
    private int passwordClasses = PasswordSettings.mcrnDefault().requiredClasses();

    @Column(name = "password_forbidden", nullable = false, length = 32)
    private String passwordForbidden = PasswordSettings.mcrnDefault().forbiddenCharacters();

    @Column(name = "password_blocklist", nullable = false)
    private boolean passwordBlocklist = PasswordSettings.mcrnDefault().blocklist();

    @Column(name = "password_member_data", nullable = false)
    private boolean passwordMemberData = PasswordSettings.mcrnDefault().memberData();

    @Column(name = "password_history", nullable = false)
    private int passwordHistory = PasswordSettings.mcrnDefault().historySize();

    @Column(name = "lock_after_failures", nullable = false)
    private int lockAfterFailures = LockoutPolicy.DEFAULT.failuresBeforeLock();

    @Column(name = "lock_first_seconds", nullable = false)
    private int lockFirstSeconds = (int) LockoutPolicy.DEFAULT.firstLock().toSeconds();

    @Column(name = "lock_max_seconds", nullable = false)
    private int lockMaxSeconds = (int) LockoutPolicy.DEFAULT.maxLock().toSeconds();

    public CodePolicy codePolicy() {
        return new CodePolicy(codeLength, Duration.ofSeconds(codeValiditySeconds), codeMaxWrongTries,
                Duration.ofSeconds(codeCooldownSeconds), codesPerHour);
    }

    public PasswordSettings passwordSettings() {
        return new PasswordSettings(passwordMinLength, passwordMaxLength, passwordClasses, passwordForbidden,
                passwordBlocklist, passwordMemberData, passwordHistory);
    }

    public LockoutPolicy lockoutPolicy() {
        var defaults = LockoutPolicy.DEFAULT;
        return new LockoutPolicy(lockAfterFailures, Duration.ofSeconds(lockFirstSeconds),
                Duration.ofSeconds(lockMaxSeconds), defaults.failuresBeforeDelay(), defaults.firstDelay(),
                defaults.maxDelay(), defaults.maxConsecutiveFailures());
    }

    /** Changes the activation code length (5 to 10 digits). */
    public void setCodeLength(int codeLength) {
        this.codeLength = CodePolicy.DEFAULT.withLength(codeLength).length();
    }

    /** Changes the activation code settings at once (validated by {@link CodePolicy}). */
    public void setCodePolicy(CodePolicy policy) {
        codeLength = policy.length();
        codeValiditySeconds = (int) policy.validity().toSeconds();
        codeMaxWrongTries = policy.maxWrongTries();
        codeCooldownSeconds = (int) policy.resendCooldown().toSeconds();
        codesPerHour = policy.maxCodesPerHour();
    }

    /** Changes the password policy at once (validated by {@link PasswordSettings}). */
    public void setPasswordSettings(PasswordSettings settings) {
        passwordMinLength = settings.minLength();
        passwordMaxLength = settings.maxLength();
        passwordClasses = settings.requiredClasses();
        passwordForbidden = settings.forbiddenCharacters();
        passwordBlocklist = settings.blocklist();
        passwordMemberData = settings.memberData();
        passwordHistory = settings.historySize();
    }

    /** Changes the lockout (failures before a lock, first and longest lock). */
    public void setLockout(int failures, Duration first, Duration max) {
        var checked = new LockoutPolicy(failures, first, max, LockoutPolicy.DEFAULT.failuresBeforeDelay(),
                LockoutPolicy.DEFAULT.firstDelay(), LockoutPolicy.DEFAULT.maxDelay(),
                LockoutPolicy.DEFAULT.maxConsecutiveFailures());
        lockAfterFailures = checked.failuresBeforeLock();
        lockFirstSeconds = (int) checked.firstLock().toSeconds();
        lockMaxSeconds = (int) checked.maxLock().toSeconds();
    }
}
