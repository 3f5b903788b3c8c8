package fr.memberspace.audit.entity;

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

/** One line of the audit trail; written once, never changed. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.OF_NUMBER, query = "SELECT e FROM AuditEvent e WHERE e.mutualCode = :mutual"
        + " AND e.memberNumber = :number ORDER BY e.occurredAt, e.id")
public class AuditEvent {

    public static final String OF_NUMBER = "AuditEvent.ofNumber";

    @Id
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private AuditType type;

    @Column(name = "mutual_code", length = 32, updatable = false)
    private String mutualCode;

    @Column(name = "member_number", length = 20, updatable = false)
    private String memberNumber;

    @Column(name = "client_address", length = 64, updatable = false)
    private String clientAddress;

    @Column(name = "user_agent", length = 255, updatable = false)
    private String userAgent;

    @Column(length = 255, updatable = false)
    private String detail;

    /** The staff member who acted ({@code <email>}), or null for what a member or the platform did. */
    @Column(length = 254, updatable = false)
    private String agent;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, AuditType type, String mutualCode, String memberNumber,
                      String clientAddress, String userAgent, String detail) {
        this.occurredAt = occurredAt;
        this.type = type;
        this.mutualCode = mutualCode;
        this.memberNumber = memberNumber;
        this.clientAddress = clientAddress;
        this.userAgent = userAgent;
        this.detail = detail;
    }

    /** A line of what a staff member did. */
    public AuditEvent(Instant occurredAt, AuditType type, String agent, String mutualCode, String memberNumber,
                      String clientAddress, String userAgent, String detail) {
        this(occurredAt, type, mutualCode, memberNumber, clientAddress, userAgent, detail);
        this.agent = agent;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public AuditType getType() {
        return type;
    }

    public String getMutualCode() {
        return mutualCode;
    }

    public String getMemberNumber() {
        return memberNumber;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getDetail() {
        return detail;
    }

    public String getAgent() {
        return agent;
    }
}
