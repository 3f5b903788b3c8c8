package fr.memberspace.mail;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.mail.entity.OutboxMail;

/**
 * Test-only: outbox rows written at chosen times (a day ahead, so the server's own sender
 * leaves them alone) and the outbox's named queries run at a chosen "now".
 */
@Stateless
public class ScheduledMailsProbe {

    @PersistenceContext
    EntityManager em;

    /** A mail to this recipient written for {@code at}, tried {@code attempts} times already; its id. */
    public long write(String recipient, Instant at, int attempts, Instant nextAttempt) {
        var mail = new OutboxMail("it-outbox", "1", "TEST", "no-reply@example.org", "Test", recipient, "Sujet",
                "texte", null, at);
        em.persist(mail);
        for (int i = 0; i < attempts; i++) {
            mail.failed("relay down", nextAttempt);
        }
        em.flush();
        return mail.getId();
    }

    public List<Long> dueAt(Instant now) {
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("sending", OutboxMail.Status.SENDING)
                .setParameter("now", now)
                .setParameter("stale", now.minusSeconds(120))
                .getResultList();
    }

    public int retryNow(Instant now) {
        return em.createNamedQuery(OutboxMail.RETRY_NOW)
                .setParameter("now", now)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .executeUpdate();
    }

    public Instant nextAttempt(long id) {
        return em.createQuery("SELECT m.nextAttemptAt FROM OutboxMail m WHERE m.id = :id", Instant.class)
                .setParameter("id", id).getSingleResult();
    }

    public void forget(List<Long> ids) {
        em.createQuery("DELETE FROM OutboxMail m WHERE m.id IN :ids").setParameter("ids", ids).executeUpdate();
    }
}
