package fr.memberspace.audit.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.request.RequestContext;

/**
 * Writes audit lines in the caller's transaction. The detail is a short fixed phrase or a
 * number chosen by the caller: never a password, a code, a hash or an e-mail body.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public void record(AuditType type, RequestContext request, String memberNumber, String detail) {
        em.persist(new AuditEvent(clock.instant(), type, request.mutualCode(), truncate(memberNumber, 20),
                truncate(request.clientAddress(), 64), truncate(request.userAgent(), 255), truncate(detail, 255)));
    }

    public void record(AuditType type, String mutualCode, String memberNumber, String detail) {
        em.persist(new AuditEvent(clock.instant(), type, mutualCode, truncate(memberNumber, 20), null, null,
                truncate(detail, 255)));
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
