package fr.memberspace.support.boundary;

import java.io.Serializable;
import java.time.Instant;

import fr.memberspace.audit.entity.AuditType;

/** One line of the audit trail as the back-office shows it. */
public record TrailLine(long id, Instant occurredAt, AuditType type, String mutualCode, String memberNumber,
                        String clientAddress, String userAgent, String detail) implements Serializable {
}
