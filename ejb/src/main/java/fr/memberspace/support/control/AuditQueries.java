package fr.memberspace.support.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.audit.entity.AuditType;

/**
 * Lines of the audit trail, newest first, by criteria (a query built of typed predicates,
 * never of text). {@code mutuals} null means every line, those of no mutual too (the
 * platform's administrator); otherwise only the lines of those mutuals.
 */
@ApplicationScoped
public class AuditQueries {

    @PersistenceContext
    EntityManager em;

    /** The criteria of a search. */
    public record Criteria(Collection<String> mutuals, String mutualCode, String memberNumber, AuditType type,
                           Instant from, Instant to) {
    }

    public List<AuditEvent> page(Criteria criteria, int first, int size) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(AuditEvent.class);
        var event = query.from(AuditEvent.class);
        query.select(event).where(predicates(cb, event, criteria))
                .orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        return em.createQuery(query).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long count(Criteria criteria) {
        var cb = em.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(predicates(cb, event, criteria));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEvent> event, Criteria criteria) {
        var where = new ArrayList<Predicate>();
        if (criteria.mutuals() != null) {
            where.add(criteria.mutuals().isEmpty() ? cb.disjunction() : event.get("mutualCode").in(criteria.mutuals()));
        }
        if (criteria.mutualCode() != null) {
            where.add(cb.equal(event.get("mutualCode"), criteria.mutualCode()));
        }
        if (criteria.memberNumber() != null) {
            where.add(cb.equal(event.get("memberNumber"), criteria.memberNumber()));
        }
        if (criteria.type() != null) {
            where.add(cb.equal(event.get("type"), criteria.type()));
        }
        if (criteria.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.<Instant>get("occurredAt"), criteria.from()));
        }
        if (criteria.to() != null) {
            where.add(cb.lessThan(event.<Instant>get("occurredAt"), criteria.to()));
        }
        return where.toArray(Predicate[]::new);
    }
}
