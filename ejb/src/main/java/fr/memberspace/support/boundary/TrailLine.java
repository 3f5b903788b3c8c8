package fr.memberspace.support.boundary;

import java.io.Serializable;
import java.time.Instant;

import fr.memberspace.audit.entity.AuditType;

/** One line of the audit trail as the back-office shows it ({@code agent}: the staff member who acted, if any). */
public record TrailLine(long id, Instant occurredAt, AuditType type, String agent, String mutualCode, String memberNumber,
                        String clientAddress, String userAgent, String detail) implements Serializable {
}
