package fr.memberspace.account.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import fr.memberspace.mutual.entity.Mutual;

/** A member of one mutual, known by a member number unique within that mutual. */
@Entity
@Table(name = "member")
@NamedQuery(name = Member.BY_NUMBER,
        query = "SELECT m FROM Member m WHERE m.mutual.code = :mutual AND m.number = :number")
public class Member implements Serializable {

    public static final String BY_NUMBER = "Member.byNumber";

    /**
     * A member number as stored: digits, or upper-case letters and digits where the mutual's
     * format allows letters (each mutual's own format is checked where a number is typed).
     */
    public static final String NUMBER_PATTERN = "[0-9A-Z]{1,20}";

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "mutual_id", nullable = false)
    private Mutual mutual;

    @Column(name = "member_number", nullable = false, length = 20)
    private String number;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    /** Null for a member imported without a valid address (Flyway V33). */
    @Column(length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** PHC string (Argon2id, or PBKDF2-SHA256 imported); null before the first connection. */
    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;

    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    /** The member import run that created this member, if one did. */
    @Column(name = "import_run_id")
    private Long importRunId;

    @Version
    private long version;

    protected Member() {
    }

    public Member(Mutual mutual, String number, String firstName, String lastName, String email,
                  AccountStatus status, Instant createdAt) {
        this.mutual = mutual;
        this.number = number;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.status = status;
        this.createdAt = createdAt;
    }

    /**
     * A member created by a member import run: no password yet, and no address when the
     * file had no valid one ({@code email} null).
     */
    public static Member imported(Mutual mutual, String number, String firstName, String lastName, String email,
                                  long runId, Instant now) {
        var member = new Member(mutual, number, firstName, lastName, email, AccountStatus.NO_PASSWORD, now);
        member.importRunId = runId;
        return member;
    }

    public Long getId() {
        return id;
    }

    public Mutual getMutual() {
        return mutual;
    }

    public String getNumber() {
        return number;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    /** A new password: the account becomes active. */
    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.status = AccountStatus.ACTIVE;
    }

    /** The same password, hashed again with current parameters (no change for the member). */
    public void rehash(String newHash) {
        this.passwordHash = newHash;
    }

    /** Sets a password that the member must replace at the next sign-in (forced renewal). */
    public void requireRenewal(String hash, Instant now) {
        this.passwordHash = hash;
        this.passwordChangedAt = now;
        this.status = AccountStatus.MUST_RENEW;
    }

    /**
     * The member keeps the current password but must choose a new one at the next sign-in
     * (a support agent's decision). Only an account with a password can be asked to renew it.
     */
    public void mustRenew() {
        if (passwordHash == null) {
            throw new IllegalStateException("no password to renew");
        }
        this.status = AccountStatus.MUST_RENEW;
    }

    /** A corrected e-mail address (codes and notices go there from now on). */
    public void correctEmail(String newEmail) {
        this.email = newEmail;
    }

    /**
     * Names and address as the mutual's file gives them; an address the file does not have
     * (null) leaves the member's as it is.
     *
     * @return whether anything changed
     */
    public boolean identifyAs(String newFirstName, String newLastName, String newEmail) {
        boolean changed = !newFirstName.equals(firstName) || !newLastName.equals(lastName)
                || newEmail != null && !newEmail.equals(email);
        this.firstName = newFirstName;
        this.lastName = newLastName;
        if (newEmail != null) {
            this.email = newEmail;
        }
        return changed;
    }

    public Long getImportRunId() {
        return importRunId;
    }

    public void signedIn(Instant now) {
        this.lastSignInAt = now;
    }
}
