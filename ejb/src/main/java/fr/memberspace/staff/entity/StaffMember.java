package fr.memberspace.staff.entity;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of the platform's staff: an administrator or a support agent. Signs in at
 * {@code /admin/} with the e-mail address (lower case), a password and a TOTP code. The TOTP
 * secret is kept sealed under the server secret, never in clear.
 */
@Entity
@Table(name = "staff_member")
@NamedQuery(name = StaffMember.BY_EMAIL, query = "SELECT s FROM StaffMember s WHERE s.email = :email")
@NamedQuery(name = StaffMember.ALL, query = "SELECT s FROM StaffMember s ORDER BY s.role, s.email")
public class StaffMember {

    public static final String BY_EMAIL = "StaffMember.byEmail";
    public static final String ALL = "StaffMember.all";

    @Id
    @SequenceGenerator(name = "staff_member_seq", sequenceName = "staff_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_member_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 254, updatable = false)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    /** {@code platform-admin} or {@code support}. */
    @Column(nullable = false, length = 20)
    private String role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StaffStatus status;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "totp_secret", length = 200)
    private String sealedTotpSecret;

    @Column(name = "totp_confirmed_at")
    private Instant totpConfirmedAt;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "invitation_hash", length = 80)
    private String invitationHash;

    @Column(name = "invitation_expires_at")
    private Instant invitationExpiresAt;

    @Column(nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_mutual", joinColumns = @JoinColumn(name = "staff_id"))
    @Column(name = "mutual_code", length = 32)
    private Set<String> mutuals = new TreeSet<>();

    @Version
    private long version;

    protected StaffMember() {
    }

    public StaffMember(String email, String displayName, String role, StaffStatus status, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.role = role;
        this.status = status;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public StaffStatus getStatus() {
        return status;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public String getSealedTotpSecret() {
        return sealedTotpSecret;
    }

    public Instant getTotpConfirmedAt() {
        return totpConfirmedAt;
    }

    public boolean isTotpConfirmed() {
        return totpConfirmedAt != null;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public String getInvitationHash() {
        return invitationHash;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The mutuals of a support agent (an administrator has none: it reaches them all). */
    public Set<String> getMutuals() {
        return Collections.unmodifiableSet(mutuals);
    }

    public void reachOnly(Set<String> mutualCodes) {
        mutuals.clear();
        mutuals.addAll(mutualCodes);
    }

    /** A new password: the account becomes active, and the invitation is spent. */
    public void choosePassword(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.invitationHash = null;
        this.invitationExpiresAt = null;
        if (status == StaffStatus.INVITED) {
            status = StaffStatus.ACTIVE;
        }
    }

    public void rehash(String hash) {
        this.passwordHash = hash;
    }

    public void invite(String invitationHash, Instant expiresAt) {
        this.invitationHash = invitationHash;
        this.invitationExpiresAt = expiresAt;
    }

    /** A second factor being enrolled: shown once, confirmed by a first valid code. */
    public void startTotpEnrolment(String sealedSecret) {
        this.sealedTotpSecret = sealedSecret;
        this.totpConfirmedAt = null;
        this.totpLastStep = null;
    }

    public void confirmTotp(long step, Instant now) {
        this.totpConfirmedAt = now;
        this.totpLastStep = step;
    }

    /** A code of this time step was accepted: no code of this step or before counts again. */
    public void totpUsed(long step) {
        this.totpLastStep = step;
    }

    public void failed(int failures, Instant lockedUntil) {
        this.failures = failures;
        this.lockedUntil = lockedUntil;
    }

    public void signedIn(Instant now) {
        this.failures = 0;
        this.lockedUntil = null;
        this.lastSignInAt = now;
    }

    public void disable() {
        this.status = StaffStatus.DISABLED;
    }

    public void enable() {
        this.status = passwordHash == null ? StaffStatus.INVITED : StaffStatus.ACTIVE;
    }
}
