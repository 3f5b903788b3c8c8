package fr.memberspace.support.boundary;

import java.io.Serializable;
import java.time.Instant;

import jakarta.validation.constraints.Pattern;

import fr.memberspace.account.entity.Member;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mutual.entity.Mutual;

/**
 * What the audit page filters on; every field may be empty (null). A support agent's
 * search is always narrowed to the mutuals it reaches, whatever the filter says.
 *
 * @param from inclusive
 * @param to   exclusive
 */
public record AuditFilter(@Pattern(regexp = Mutual.CODE_PATTERN) String mutualCode,
                          @Pattern(regexp = Member.NUMBER_PATTERN) String memberNumber,
                          AuditType type, Instant from, Instant to) implements Serializable {

    /** Everything (within the agent's reach). */
    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null);
}
