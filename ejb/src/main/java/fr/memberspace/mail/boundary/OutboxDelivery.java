package fr.memberspace.mail.boundary;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.OutgoingMail;
import fr.memberspace.mail.entity.OutboxMail;

/**
 * The outbox's bookkeeping, each step in a transaction of its own so that the SMTP
 * conversation in between holds no transaction or lock.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxDelivery {

    /** A mail claimed by a node that died is taken again after this. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(2);
    /** Attempts before a mail is given up: 10 by default (about 8 hours with the default backoff). */
    static final String MAX_ATTEMPTS_PROPERTY = "memberspace.mail.max-attempts";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public List<Long> due() {
        var now = clock.instant();
        return em.createNamedQuery(OutboxMail.DUE, Long.class)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("sending", OutboxMail.Status.SENDING)
                .setParameter("now", now)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .setMaxResults(50)
                .getResultList();
    }

    /** Takes the mail if it is still due and nobody else took it. */
    public Optional<OutgoingMail> claim(long id) {
        var now = clock.instant();
        int claimed = em.createNamedQuery(OutboxMail.CLAIM)
                .setParameter("sending", OutboxMail.Status.SENDING)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setParameter("now", now)
                .setParameter("stale", now.minus(STALE_CLAIM))
                .setParameter("id", id)
                .executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        var mail = em.find(OutboxMail.class, id);
        return Optional.of(new OutgoingMail(mail.getSender(), mail.getSenderName(), mail.getRecipient(),
                mail.getSubject(), mail.getTextBody(), mail.getHtmlBody()));
    }

    public void sent(long id) {
        var mail = em.find(OutboxMail.class, id);
        mail.sent(clock.instant());
        audit.record(AuditType.MAIL_SENT, mail.getMutualCode(), mail.getMemberNumber(), mail.getKind());
    }

    public void failed(long id, String error, Duration firstRetry) {
        var mail = em.find(OutboxMail.class, id);
        int attempt = mail.getAttempts() + 1;
        if (attempt >= Integer.getInteger(MAX_ATTEMPTS_PROPERTY, 10)) {
            mail.failed(error, null);
            audit.record(AuditType.MAIL_FAILED, mail.getMutualCode(), mail.getMemberNumber(),
                    mail.getKind() + " after " + attempt + " attempts");
        } else {
            var backoff = firstRetry.multipliedBy(1L << Math.min(attempt - 1, 10));
            var capped = backoff.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : backoff;
            mail.failed(error, clock.instant().plus(capped));
        }
    }
}
