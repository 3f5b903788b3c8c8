package fr.memberspace.memberimport;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;
import fr.memberspace.audit.entity.AuditEvent;

/** Test-only reads of what a member import left: members of a mutual, audit lines of a mutual. */
@Stateless
public class ImportProbe {

    @PersistenceContext
    EntityManager em;

    public List<Member> members(String mutual) {
        return em.createQuery("SELECT m FROM Member m WHERE m.mutual.code = :mutual ORDER BY m.number", Member.class)
                .setParameter("mutual", mutual).getResultList();
    }

    /** The agents of the mutual's audit lines of this type, oldest first. */
    public List<String> agentsOf(String mutual, fr.memberspace.audit.entity.AuditType type) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.mutualCode = :mutual AND e.type = :type ORDER BY e.id",
                        AuditEvent.class)
                .setParameter("mutual", mutual).setParameter("type", type).getResultStream()
                .map(AuditEvent::getAgent).toList();
    }

    /** "TYPE number detail" of the mutual's audit lines, oldest first. */
    public List<String> auditLines(String mutual) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.mutualCode = :mutual ORDER BY e.id", AuditEvent.class)
                .setParameter("mutual", mutual).getResultStream()
                .map(e -> e.getType() + " " + e.getMemberNumber() + " " + e.getDetail()).toList();
    }
}
