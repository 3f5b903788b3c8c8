package fr.memberspace.mail.control;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.secret.control.ServerSecret;

/**
 * Writes e-mails to the outbox, in the caller's transaction. A mail that carries an
 * activation code never holds it readable: see {@link #queueCode}.
 */
@ApplicationScoped
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @Inject
    ServerSecret secret;

    /** The use of the server secret's key that seals codes in the outbox. */
    public static final String CODE_KEY = "outbox-code";

    public void queue(String mutualCode, String memberNumber, String kind, OutgoingMail mail) {
        persist(row(mutualCode, memberNumber, kind, mail));
    }

    /**
     * Queues a mail not to be sent before {@code at} (the outbox's timer sends it once due,
     * on whichever node; a restart changes nothing). For mails spread over time on purpose:
     * an import's invitations. The row is written as if at that time ({@code created_at} too):
     * the outbox's health measures how long a mail has waited from it, so hours of invitations
     * scheduled ahead never look stuck. No immediate delivery is asked for one due later, so
     * queueing thousands costs no thread each.
     */
    public void queueAt(String mutualCode, String memberNumber, String kind, OutgoingMail mail, Instant at) {
        var row = new OutboxMail(mutualCode, memberNumber, kind, mail.from(), mail.senderName(), mail.to(),
                mail.subject(), mail.text(), mail.html(), at);
        if (at.isAfter(clock.instant())) {
            em.persist(row);
        } else {
            persist(row);
        }
    }

    /**
     * Queues a mail that carries an activation code. The README promises codes are kept only
     * as a keyed hash, and a database dump or backup must not hand out live codes: the row
     * keeps the body made with {@link MailTemplates#CODE_SLOT} in place of the code and the
     * code sealed under the server secret ({@value #CODE_KEY} key); the sender opens it at
     * send time, and the code and body are erased once sent or once the code has expired.
     *
     * @param mail the mail, given the text to write where the code goes
     */
    public void queueCode(String mutualCode, String memberNumber, String kind, String code, Instant codeExpiresAt,
                          Function<String, OutgoingMail> mail) {
        queue(codeMail(mutualCode, memberNumber, kind, code, mail), codeExpiresAt);
    }

    /** A code mail made and its code sealed, not queued yet: {@link #queue(SealedCodeMail, Instant)} writes it. */
    public record SealedCodeMail(String mutualCode, String memberNumber, String kind, OutgoingMail template,
                                 String sealedCode) {
    }

    /**
     * Makes a code mail as {@link #queueCode} does (the body with the code's slot, the code
     * sealed) without writing it: the reset wizard makes one for a number nobody has too, so
     * that a known and an unknown number take the same time.
     */
    public SealedCodeMail codeMail(String mutualCode, String memberNumber, String kind, String code,
                                   Function<String, OutgoingMail> mail) {
        var template = mail.apply(MailTemplates.CODE_SLOT);
        return new SealedCodeMail(mutualCode, memberNumber, kind, template,
                secret.seal(CODE_KEY, code, OutboxMail.codeContext(mutualCode, memberNumber, template.to())));
    }

    /** Writes a code mail made by {@link #codeMail}. */
    public void queue(SealedCodeMail mail, Instant codeExpiresAt) {
        persist(row(mail.mutualCode(), mail.memberNumber(), mail.kind(), mail.template())
                .holdingCode(mail.sealedCode(), codeExpiresAt));
    }

    /**
     * Writes a code mail made for a number nobody has and takes it back in the same
     * transaction: the database does for an unknown number the work a member's costs, and
     * keeps nothing (the wizard's answer takes the same time either way).
     */
    public void rehearse(SealedCodeMail mail, Instant codeExpiresAt) {
        var row = row(mail.mutualCode(), mail.memberNumber(), mail.kind(), mail.template())
                .holdingCode(mail.sealedCode(), codeExpiresAt);
        em.persist(row);
        em.flush();
        em.remove(row);
        em.flush();
    }

    /** The mail as the outbox sends it, from its row (a code mail's code still in its slot). */
    public static OutgoingMail outgoing(OutboxMail mail) {
        return new OutgoingMail(mail.getSender(), mail.getSenderName(), mail.getRecipient(), mail.getSubject(),
                mail.getTextBody(), mail.getHtmlBody());
    }

    private OutboxMail row(String mutualCode, String memberNumber, String kind, OutgoingMail mail) {
        return new OutboxMail(mutualCode, memberNumber, kind, mail.from(), mail.senderName(), mail.to(),
                mail.subject(), mail.text(), mail.html(), clock.instant());
    }

    private void persist(OutboxMail outboxMail) {
        em.persist(outboxMail);
        em.flush();
        queued.fire(new MailQueued(outboxMail.getId()));
    }
}
