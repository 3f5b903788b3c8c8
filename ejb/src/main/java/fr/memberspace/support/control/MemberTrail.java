package fr.memberspace.support.control;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.audit.entity.AuditType;

/** The audit trail of one member number, newest first, and the codes it records. */
@ApplicationScoped
public class MemberTrail {

    @PersistenceContext
    EntityManager em;

    /** Codes e-mailed to the member (in the trail's retention period) and when the last one was. */
    public record CodesSent(long count, Instant last) {
    }

    public List<AuditEvent> page(String mutualCode, String number, int first, int size) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.mutualCode = :mutual AND e.memberNumber = :number"
                        + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEvent.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    public long count(String mutualCode, String number) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.mutualCode = :mutual"
                        + " AND e.memberNumber = :number", Long.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .getSingleResult();
    }

    public CodesSent codesSent(String mutualCode, String number) {
        long count = em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.mutualCode = :mutual"
                        + " AND e.memberNumber = :number AND e.type = :type", Long.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .setParameter("type", AuditType.CODE_ISSUED)
                .getSingleResult();
        var last = em.createQuery("SELECT e FROM AuditEvent e WHERE e.mutualCode = :mutual"
                        + " AND e.memberNumber = :number AND e.type = :type ORDER BY e.occurredAt DESC", AuditEvent.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .setParameter("type", AuditType.CODE_ISSUED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(AuditEvent::getOccurredAt)
                .orElse(null);
        return new CodesSent(count, last);
    }
}
