package fr.memberspace.support;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.entity.AuditEvent;
import fr.memberspace.mail.entity.OutboxMail;

/** Test-only reads of what the support desk's actions left. */
@Stateless
public class SupportProbe {

    @PersistenceContext
    EntityManager em;

    /** "recipient | subject | text" of the outbox mails of a kind for a number, oldest first. */
    public List<String> mails(String mutual, String number, String kind) {
        return em.createQuery("SELECT m FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " AND m.memberNumber = :number AND m.kind = :kind ORDER BY m.id", OutboxMail.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .setParameter("kind", kind)
                .getResultStream()
                .map(mail -> mail.getRecipient() + " | " + mail.getSubject() + " | " + mail.getTextBody())
                .toList();
    }

    /** "TYPE agent detail" of the audit lines of a number, oldest first. */
    public List<String> audit(String mutual, String number) {
        return em.createNamedQuery(AuditEvent.OF_NUMBER, AuditEvent.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(event -> event.getType() + " " + event.getAgent() + " " + event.getDetail())
                .toList();
    }
}
