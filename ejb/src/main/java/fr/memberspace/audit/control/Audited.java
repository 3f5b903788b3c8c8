package fr.memberspace.audit.control;

import fr.memberspace.audit.entity.AuditType;

/**
 * Fired (CDI event) for each line written to the audit trail, so that the security log and
 * the metrics see every event the trail sees without each boundary telling them too.
 * Observers take it after the transaction commits: a rolled-back event never happened.
 */
public record Audited(AuditType type, String mutualCode, String memberNumber, String clientAddress,
                      String detail, String agent) {

    /** An event of a member or of the platform, no staff member involved. */
    public Audited(AuditType type, String mutualCode, String memberNumber, String clientAddress, String detail) {
        this(type, mutualCode, memberNumber, clientAddress, detail, null);
    }
}
