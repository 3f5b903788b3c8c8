package fr.memberspace.activation.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An activation code issued for a member number typed in a mutual, stored only as a keyed
 * hash. A number that belongs to nobody gets one too (a code nobody knows, never sent), so
 * that cooldowns, limits and tries look the same whether the member exists or not.
 */
@Entity
@Table(name = "activation_code")
@NamedQuery(name = ActivationCode.SINCE, query = "SELECT c FROM ActivationCode c WHERE c.mutualCode = :mutual"
        + " AND c.memberNumber = :number AND c.client = :client AND c.createdAt >= :since ORDER BY c.createdAt DESC")
@NamedQuery(name = ActivationCode.OPEN, query = "SELECT c FROM ActivationCode c WHERE c.mutualCode = :mutual"
        + " AND c.memberNumber = :number AND c.status IN :statuses ORDER BY c.createdAt DESC")
@NamedQuery(name = ActivationCode.CLOSE, query = "UPDATE ActivationCode c SET c.status = :to, c.closedAt = :now"
        + " WHERE c.id = :id AND c.status = :from")
@NamedQuery(name = ActivationCode.WRONG_TRY, query = "UPDATE ActivationCode c SET c.wrongTries = c.wrongTries + 1"
        + " WHERE c.id = :id AND c.status = :pending")
@NamedQuery(name = ActivationCode.VERIFY, query = "UPDATE ActivationCode c SET c.status = :verified,"
        + " c.grantHash = :grant, c.grantExpiresAt = :until WHERE c.id = :id AND c.status = :pending")
@NamedQuery(name = ActivationCode.REVOKE_OPEN, query = "UPDATE ActivationCode c SET c.status = :revoked,"
        + " c.closedAt = :now WHERE c.mutualCode = :mutual AND c.memberNumber = :number AND c.client = :client"
        + " AND c.status IN :open")
@NamedQuery(name = ActivationCode.CONSUME, query = "UPDATE ActivationCode c SET c.status = :used, c.closedAt = :now"
        + " WHERE c.id = :id AND c.status = :verified AND c.grantExpiresAt > :now")
@NamedQuery(name = ActivationCode.WRONG_TRIES, query = "SELECT c.wrongTries FROM ActivationCode c WHERE c.id = :id")
public class ActivationCode {

    public static final String SINCE = "ActivationCode.since";
    public static final String OPEN = "ActivationCode.open";
    /** Moves a code from one status to another only if it still is in the first: race-free. */
    public static final String CLOSE = "ActivationCode.close";
    /** How many wrong tries a code has had. */
    public static final String WRONG_TRIES = "ActivationCode.wrongTries";
    /** Counts one wrong try, if the code is still pending. */
    public static final String WRONG_TRY = "ActivationCode.wrongTry";
    /** Marks the code verified with its grant, if it is still pending: exactly one caller wins. */
    public static final String VERIFY = "ActivationCode.verify";
    /** Revokes every open code of a number from one client (a new code replaces them). */
    public static final String REVOKE_OPEN = "ActivationCode.revokeOpen";
    /** Uses the grant of a verified code once, before it expires. */
    public static final String CONSUME = "ActivationCode.consume";

    /** Why the code was sent. */
    public enum Purpose {
        RESET, FIRST_CONNECTION
    }

    /** Where the code stands. */
    public enum Status {
        /** Sent, waiting for the member to type it. */
        PENDING,
        /** Typed correctly: its grant lets the member choose a new password once. */
        VERIFIED,
        /** Done: the new password was set. */
        USED,
        /** Replaced by a newer code. */
        REVOKED,
        /** Too many wrong tries. */
        EXHAUSTED,
        /** Its time ran out. */
        EXPIRED
    }

    @Id
    @SequenceGenerator(name = "activation_code_seq", sequenceName = "activation_code_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "activation_code_seq")
    private Long id;

    @Column(name = "mutual_code", nullable = false, length = 32)
    private String mutualCode;

    @Column(name = "member_number", nullable = false, length = 20)
    private String memberNumber;

    /** Who asked for it: a known device, or "others" (see throttle's Clients). */
    @Column(nullable = false, length = 64)
    private String client;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "code_hash", nullable = false, length = 80)
    private String codeHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "wrong_tries", nullable = false)
    private int wrongTries;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "grant_hash", length = 64)
    private String grantHash;

    @Column(name = "grant_expires_at")
    private Instant grantExpiresAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected ActivationCode() {
    }

    public ActivationCode(String mutualCode, String memberNumber, String client, Purpose purpose, String codeHash,
                          Instant createdAt, Instant expiresAt) {
        this.mutualCode = mutualCode;
        this.memberNumber = memberNumber;
        this.client = client;
        this.purpose = purpose;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.status = Status.PENDING;
    }

    public Long getId() {
        return id;
    }

    public String getMutualCode() {
        return mutualCode;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getCodeHash() {
        return codeHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public int getWrongTries() {
        return wrongTries;
    }

    public Status getStatus() {
        return status;
    }

    public String getGrantHash() {
        return grantHash;
    }

    public Instant getGrantExpiresAt() {
        return grantExpiresAt;
    }

}
