package fr.memberspace.team;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.mail.entity.OutboxMail;

/** Test-only: what the staff's use cases wrote (audit lines of an agent, invitation mails). */
@Stateless
public class StaffProbe {

    @PersistenceContext
    EntityManager em;

    /** "TYPE detail" of every audit line of this agent, oldest first. */
    public List<String> auditOf(String agent) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.agent = :agent ORDER BY e.occurredAt, e.id",
                        AuditEvent.class)
                .setParameter("agent", agent)
                .getResultStream()
                .map(event -> event.getType() + " " + event.getDetail())
                .toList();
    }

    /** The text of the last mail to this address. */
    public String lastMailTo(String recipient) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.recipient = :to ORDER BY m.id DESC", OutboxMail.class)
                .setParameter("to", recipient)
                .setMaxResults(1)
                .getResultStream()
                .map(OutboxMail::getTextBody)
                .findFirst().orElse(null);
    }

    /** What the staff_member row keeps in its TOTP column, as plain SQL reads it. */
    public String storedTotp(String email) {
        return (String) em.createNativeQuery("SELECT totp_secret FROM staff_member WHERE email = ?1")
                .setParameter(1, email).getSingleResult();
    }
}
