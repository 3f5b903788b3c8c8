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
import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mail.control.OutgoingMail;
import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.secret.control.ServerSecret;

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

    @Inject
    ServerSecret secret;

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
        if (!mail.holdsCode()) {
            return Optional.of(Outbox.outgoing(mail));
        }
        if (!now.isBefore(mail.getCodeExpiresAt())) {
            giveUpCode(mail, "code expired before sending");
            return Optional.empty();
        }
        var code = secret.open(Outbox.CODE_KEY, mail.getSealedCode(), mail.codeContext());
        if (code.isEmpty()) {
            // sealed under a secret no longer configured, or altered
            giveUpCode(mail, "code key not configured");
            return Optional.empty();
        }
        return Optional.of(MailTemplates.withCode(Outbox.outgoing(mail), code.get()));
    }

    /**
     * Code mails whose code expired: those still waiting are not sent any more, and no row
     * keeps the code or the body of such a mail (sent ones were erased when sent).
     */
    public int eraseExpiredCodes() {
        var now = clock.instant();
        var unsent = em.createNamedQuery(OutboxMail.UNSENT_EXPIRED_CODES, OutboxMail.class)
                .setParameter("now", now)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .setMaxResults(100)
                .getResultList();
        int given = 0;
        for (var mail : unsent) {
            // conditional: of two nodes sweeping at once, one gives the mail up and audits it
            if (em.createNamedQuery(OutboxMail.EXPIRE_UNSENT_CODE)
                    .setParameter("expired", OutboxMail.Status.EXPIRED)
                    .setParameter("reason", "code expired before sending")
                    .setParameter("id", mail.getId())
                    .setParameter("pending", OutboxMail.Status.PENDING)
                    .executeUpdate() == 1) {
                audit.record(AuditType.MAIL_FAILED, mail.getMutualCode(), mail.getMemberNumber(),
                        mail.getKind() + ": code expired before sending");
                given++;
            }
        }
        return given + em.createNamedQuery(OutboxMail.ERASE_EXPIRED_CODES)
                .setParameter("now", now)
                .setParameter("sending", OutboxMail.Status.SENDING)
                .executeUpdate();
    }

    private void giveUpCode(OutboxMail mail, String reason) {
        mail.expired(reason);
        audit.record(AuditType.MAIL_FAILED, mail.getMutualCode(), mail.getMemberNumber(), mail.getKind() + ": " + reason);
    }

    /**
     * Marks the mail sent. If it had failed before, the relay is back after an outage: the
     * other mails waiting for a retry are due at once (oldest first, see {@link OutboxMail#DUE})
     * rather than at the end of their backoff; returns whether it was so.
     */
    public boolean sent(long id) {
        var mail = em.find(OutboxMail.class, id);
        boolean afterAnOutage = mail.getAttempts() > 0;
        var now = clock.instant();
        mail.sent(now);
        audit.record(AuditType.MAIL_SENT, mail.getMutualCode(), mail.getMemberNumber(), mail.getKind());
        return afterAnOutage && em.createNamedQuery(OutboxMail.RETRY_NOW)
                .setParameter("now", now)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .executeUpdate() > 0;
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
