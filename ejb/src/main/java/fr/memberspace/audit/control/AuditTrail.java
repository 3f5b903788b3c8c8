package fr.memberspace.audit.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.request.RequestContext;

/**
 * Writes audit lines in the caller's transaction. The detail is a short fixed phrase or a
 * number chosen by the caller: never a password, a code, a hash or an e-mail body. Each
 * line is also announced as {@link Audited}, for the security log and the metrics.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<Audited> audited;

    public void record(AuditType type, RequestContext request, String memberNumber, String detail) {
        write(new AuditEvent(clock.instant(), type, request.mutualCode(), truncate(memberNumber, 20),
                truncate(request.clientAddress(), 64), truncate(request.userAgent(), 255), truncate(detail, 255)));
    }

    public void record(AuditType type, String mutualCode, String memberNumber, String detail) {
        write(new AuditEvent(clock.instant(), type, mutualCode, truncate(memberNumber, 20), null, null,
                truncate(detail, 255)));
    }

    /**
     * A line of what a staff member did ({@code agent}: its e-mail, from
     * {@code StaffScope.agent()}), from this client (address and user agent of
     * {@code request}, which may be null; its mutual is not read), about this mutual and
     * member (each may be null).
     */
    public void recordStaff(AuditType type, String agent, RequestContext request, String mutualCode,
                            String memberNumber, String detail) {
        write(new AuditEvent(clock.instant(), type, truncate(agent, 254), mutualCode, truncate(memberNumber, 20),
                request == null ? null : truncate(request.clientAddress(), 64),
                request == null ? null : truncate(request.userAgent(), 255), truncate(detail, 255)));
    }

    private void write(AuditEvent event) {
        em.persist(event);
        audited.fire(new Audited(event.getType(), event.getMutualCode(), event.getMemberNumber(),
                event.getClientAddress(), event.getDetail(), event.getAgent()));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
