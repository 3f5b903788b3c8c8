package fr.memberspace.support.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.staff.control.StaffScope;
import fr.memberspace.support.control.AuditCsv;
import fr.memberspace.support.control.AuditQueries;

/**
 * The audit trail for the back-office: the platform's administrator reads every line, a
 * support agent only the lines of the mutuals it reaches, <strong>enforced in the query
 * itself</strong> (not by filtering what the page shows). Filters: mutual, member number,
 * type, period; newest first, by pages, or all of it as CSV.
 */
@Stateless
@RolesAllowed({"platform-admin", "support"})
public class AuditTrailSearch {

    /** Rows read from the database at a time while exporting. */
    static final int EXPORT_CHUNK = 500;

    /** The most lines one export holds (a year of a busy mutual is far less). */
    public static final int EXPORT_MAX = 200_000;

    @Inject
    StaffScope scope;

    @Inject
    AuditQueries queries;

    @Inject
    AuditTrail audit;

    /** One page of the lines that match, newest first. */
    public Page<TrailLine> search(@NotNull @Valid AuditFilter filter, int first, int size) {
        var criteria = criteriaOf(filter);
        var rows = queries.page(criteria, Page.first(first), Page.size(size)).stream()
                .map(MemberSupport::lineOf).toList();
        return new Page<>(rows, queries.count(criteria));
    }

    /**
     * Writes the lines that match as CSV to {@code out}, newest first, read by chunks so a
     * long trail is never held in memory; audited as {@link AuditType#AUDIT_EXPORTED}.
     *
     * @return how many lines were written
     */
    public long exportCsv(@NotNull @Valid AuditFilter filter, @NotNull Appendable out) {
        var criteria = criteriaOf(filter);
        long written = 0;
        try {
            var csv = new AuditCsv(out);
            for (int first = 0; first < EXPORT_MAX; first += EXPORT_CHUNK) {
                var chunk = queries.page(criteria, first, Math.min(EXPORT_CHUNK, EXPORT_MAX - first));
                for (var event : chunk) {
                    csv.print(event);
                }
                written += chunk.size();
                csv.flush();
                if (chunk.size() < EXPORT_CHUNK) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.recordStaff(AuditType.AUDIT_EXPORTED, scope.agent(), null, filter.mutualCode(), filter.memberNumber(),
                written + " lines" + (filter.type() == null ? "" : ", " + filter.type()));
        return written;
    }

    private AuditQueries.Criteria criteriaOf(AuditFilter filter) {
        if (filter.mutualCode() != null) {
            scope.requireReach(filter.mutualCode());
        }
        var reach = scope.isAdmin() ? null : scope.reachableMutuals();
        return new AuditQueries.Criteria(reach, filter.mutualCode(), filter.memberNumber(), filter.type(),
                filter.from(), filter.to());
    }
}
