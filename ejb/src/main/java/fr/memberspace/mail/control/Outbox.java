package fr.memberspace.mail.control;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.mail.entity.OutboxMail;

/** Writes e-mails to the outbox, in the caller's transaction. */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    public void queue(String mutualCode, String memberNumber, String kind, OutgoingMail mail) {
        var outboxMail = new OutboxMail(mutualCode, memberNumber, kind, mail.from(), mail.senderName(), mail.to(),
                mail.subject(), mail.text(), mail.html(), clock.instant());
        em.persist(outboxMail);
        em.flush();
        queued.fire(new MailQueued(outboxMail.getId()));
    }
}
