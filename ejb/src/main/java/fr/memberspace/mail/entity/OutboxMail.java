package fr.memberspace.mail.entity;

import java.time.Instant;
import java.util.List;

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
 * An e-mail written in the same transaction as what it tells (a code, a password change)
 * and sent after commit by {@link fr.memberspace.mail.boundary.MailDispatch}: a rolled-back
 * request sends nothing, an SMTP outage delays mail but loses none.
 */
@Entity
@Table(name = "outbox_mail")
@NamedQuery(name = OutboxMail.DUE, query = "SELECT m.id FROM OutboxMail m WHERE ((m.status = :pending"
        + " AND m.nextAttemptAt <= :now) OR (m.status = :sending AND m.claimedAt < :stale))"
        + " AND NOT EXISTS (SELECT o.id FROM OutboxMail o WHERE o.recipient = m.recipient AND o.id < m.id"
        + " AND (o.status = :sending OR (o.status = :pending AND (o.attempts > 0 OR o.nextAttemptAt <= :now))))"
        + " ORDER BY m.id")
@NamedQuery(name = OutboxMail.RETRY_NOW, query = "UPDATE OutboxMail m SET m.nextAttemptAt = :now"
        + " WHERE m.status = :pending AND m.nextAttemptAt > :now AND m.attempts > 0")
@NamedQuery(name = OutboxMail.CLAIM, query = "UPDATE OutboxMail m SET m.status = :sending, m.claimedAt = :now"
        + " WHERE m.id = :id AND ((m.status = :pending AND m.nextAttemptAt <= :now)"
        + " OR (m.status = :sending AND m.claimedAt < :stale))")
@NamedQuery(name = OutboxMail.OLDEST_WAITING, query = "SELECT m.createdAt FROM OutboxMail m"
        + " WHERE m.status IN :waiting ORDER BY m.createdAt")
@NamedQuery(name = OutboxMail.COUNT_BY_MUTUAL, query = "SELECT m.mutualCode, m.status, COUNT(m) FROM OutboxMail m"
        + " WHERE m.status IN :statuses GROUP BY m.mutualCode, m.status")
@NamedQuery(name = OutboxMail.UNSENT_EXPIRED_CODES, query = "SELECT m FROM OutboxMail m"
        + " WHERE m.codeExpiresAt <= :now AND m.status = :pending ORDER BY m.id")
@NamedQuery(name = OutboxMail.EXPIRE_UNSENT_CODE, query = "UPDATE OutboxMail m SET m.status = :expired,"
        + " m.lastError = :reason, m.sealedCode = NULL, m.textBody = NULL, m.htmlBody = NULL"
        + " WHERE m.id = :id AND m.status = :pending")
@NamedQuery(name = OutboxMail.ERASE_EXPIRED_CODES, query = "UPDATE OutboxMail m SET"
        + " m.sealedCode = NULL, m.textBody = NULL, m.htmlBody = NULL"
        + " WHERE m.codeExpiresAt <= :now AND m.sealedCode IS NOT NULL AND m.status <> :sending")
public class OutboxMail {

    /**
     * Mails to send now, oldest first; a mail waits while an older one to the same recipient
     * is not sent yet, so that a member gets their mails in the order they were written (a
     * code, then a newer code) even when an outage made the older one wait longer. A mail
     * scheduled for later and never tried (an import's invitation waiting for its slot) holds
     * nothing back: a member who asks for a code meanwhile gets it now.
     */
    public static final String DUE = "OutboxMail.due";
    /**
     * The relay is back (a mail that had failed went through): the mails waiting for a retry go
     * now. Only those: a mail scheduled for later and never tried (an import's invitation,
     * spread over time on purpose) keeps its time.
     */
    public static final String RETRY_NOW = "OutboxMail.retryNow";
    /** Takes a due mail for this node only if no other node took it: race-free across a cluster. */
    public static final String CLAIM = "OutboxMail.claim";
    /** When the mails still waiting (pending or being sent) were written, oldest first. */
    public static final String OLDEST_WAITING = "OutboxMail.oldestWaiting";
    /** Mails per mutual and status, for the metrics. */
    public static final String COUNT_BY_MUTUAL = "OutboxMail.countByMutual";
    /** Code mails still waiting when their code expired: they are not sent any more. */
    public static final String UNSENT_EXPIRED_CODES = "OutboxMail.unsentExpiredCodes";
    /** Gives up one of those, if it is still waiting (race-free across nodes). */
    public static final String EXPIRE_UNSENT_CODE = "OutboxMail.expireUnsentCode";
    /** Erases the code and body of code mails whose code expired, whatever became of them. */
    public static final String ERASE_EXPIRED_CODES = "OutboxMail.eraseExpiredCodes";
    /** Statuses of a mail not sent yet. */
    public static final List<Status> WAITING = List.of(Status.PENDING, Status.SENDING);

    /** Where a mail stands. */
    public enum Status {
        PENDING, SENDING, SENT, FAILED,
        /** A code mail whose code expired before it could be sent: it is not sent any more. */
        EXPIRED
    }

    @Id
    @SequenceGenerator(name = "outbox_mail_seq", sequenceName = "outbox_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbox_mail_seq")
    private Long id;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "mutual_code", nullable = false, length = 32)
    private String mutualCode;

    @Column(name = "member_number", length = 20)
    private String memberNumber;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(nullable = false, length = 254)
    private String sender;

    @Column(name = "sender_name", nullable = false, length = 120)
    private String senderName;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 255)
    private String subject;

    @Column(name = "text_body", length = 20000)
    private String textBody;

    @Column(name = "html_body", length = 40000)
    private String htmlBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = 255)
    private String lastError;

    /** The activation code of a code mail, sealed; null for other mails and once erased. */
    @Column(name = "sealed_code", length = 200)
    private String sealedCode;

    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;

    protected OutboxMail() {
    }

    public OutboxMail(String mutualCode, String memberNumber, String kind, String sender, String senderName,
                      String recipient, String subject, String textBody, String htmlBody, Instant now) {
        this.mutualCode = mutualCode;
        this.memberNumber = memberNumber;
        this.kind = kind;
        this.sender = sender;
        this.senderName = senderName;
        this.recipient = recipient;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
        this.createdAt = now;
        this.nextAttemptAt = now;
        this.status = Status.PENDING;
    }

    /**
     * Makes this a code mail: its bodies hold a slot where the code goes (see
     * {@code MailTemplates.CODE_SLOT}), and the code is kept only sealed, until
     * {@code codeExpiresAt}.
     */
    public OutboxMail holdingCode(String sealedCode, Instant codeExpiresAt) {
        this.sealedCode = sealedCode;
        this.codeExpiresAt = codeExpiresAt;
        return this;
    }

    /** What the sealed code is bound to: a sealed code copied to another row does not open there. */
    public String codeContext() {
        return codeContext(mutualCode, memberNumber, recipient);
    }

    /** See {@link #codeContext()}. */
    public static String codeContext(String mutualCode, String memberNumber, String recipient) {
        return "outbox-code/" + mutualCode + "/" + memberNumber + "/" + recipient;
    }

    public String getSender() {
        return sender;
    }

    public String getSenderName() {
        return senderName;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
        if (holdsCode()) {
            eraseCode();
        }
    }

    /** A code mail whose code expired (or can no longer be opened) before it was sent. */
    public void expired(String reason) {
        status = Status.EXPIRED;
        lastError = reason;
        eraseCode();
    }

    /** Whether this is a code mail whose code is still kept (sealed). */
    public boolean holdsCode() {
        return sealedCode != null;
    }

    private void eraseCode() {
        sealedCode = null;
        textBody = null;
        htmlBody = null;
    }

    public String getSealedCode() {
        return sealedCode;
    }

    public Instant getCodeExpiresAt() {
        return codeExpiresAt;
    }

    /** A failed attempt: try again at {@code next}, or give up when there is none. */
    public void failed(String error, Instant next) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(255, error.length()));
        if (next == null) {
            status = Status.FAILED;
        } else {
            status = Status.PENDING;
            nextAttemptAt = next;
        }
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

    public String getKind() {
        return kind;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
