package fr.memberspace.memberimport.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.mail.control.MailTemplates;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.memberimport.control.InvitationPace;
import fr.memberspace.mutual.control.MutualSenders;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.request.PublicAddress;
import fr.memberspace.support.control.WizardLink;

/**
 * The first-connection invitations after an import, queued a slice at a time, each slice in a
 * transaction of its own (called by the job's step {@link InvitationStep}, never by a page).
 * The mail is the support desk's invitation (a link to the mutual's wizard, never a code),
 * sent to each member the run created who has an address and no password, at the mutual's
 * pace ({@link InvitationPace}): each outbox row is given its time ({@code next_attempt_at}).
 * <p>
 * Idempotent: a member who already has an import invitation in the outbox is skipped, so a
 * restarted step never queues one twice. The mutual's row is locked while a slice is
 * queued, so two runs of one mutual share its pace instead of doubling it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportInvitations {

    /** The outbox kind of these mails (the support desk's own are {@code INVITATION}). */
    public static final String KIND = "IMPORT_INVITATION";
    static final Locale MEMBERS_LOCALE = Locale.FRENCH;

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** What one slice queued: how many mails, and the last member id looked at (0 when none). */
    public record Slice(int queued, long lastMemberId) {
    }

    /**
     * Queues the invitations of the next {@code size} members of the run after member id
     * {@code afterMemberId}.
     */
    public Slice queueNext(String mutualCode, long runId, long afterMemberId, int size) {
        var mutual = em.createNamedQuery(Mutual.BY_CODE, Mutual.class)
                .setParameter("code", mutualCode)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no mutual " + mutualCode));
        @SuppressWarnings("unchecked")
        List<Object[]> members = em.createNativeQuery("SELECT m.id, m.member_number, m.email FROM member m"
                        + " WHERE m.import_run_id = ?1 AND m.id > ?2 AND m.email IS NOT NULL AND m.password_hash IS NULL"
                        + " AND m.status = 'NO_PASSWORD' AND NOT EXISTS (SELECT 1 FROM outbox_mail o"
                        + " WHERE o.mutual_code = ?3 AND o.member_number = m.member_number AND o.kind = ?4)"
                        + " ORDER BY m.id")
                .setParameter(1, runId)
                .setParameter(2, afterMemberId)
                .setParameter(3, mutualCode)
                .setParameter(4, KIND)
                .setMaxResults(size)
                .getResultList();
        if (members.isEmpty()) {
            return new Slice(0, 0);
        }
        var pace = new InvitationPace(mutual.getSettings().getInvitationsPerMinute());
        var first = pace.firstFree(clock.instant(), lastWaiting(mutualCode));
        var sender = MutualSenders.of(mutual);
        var link = WizardLink.of(PublicAddress.base(), mutualCode)
                .orElseThrow(() -> new IllegalStateException("not a public address: " + PublicAddress.base()));
        int index = 0;
        for (var member : members) {
            var number = (String) member[1];
            var mail = MailTemplates.invitation(sender, (String) member[2], number, link, true, MEMBERS_LOCALE);
            outbox.queueAt(mutualCode, number, KIND, mail, pace.slot(first, index++));
        }
        return new Slice(members.size(), ((Number) members.get(members.size() - 1)[0]).longValue());
    }

    /** The time of the mutual's last import invitation not tried yet, if any. */
    private Instant lastWaiting(String mutualCode) {
        return em.createQuery("SELECT MAX(o.nextAttemptAt) FROM OutboxMail o WHERE o.mutualCode = :mutual"
                        + " AND o.kind = :kind AND o.status = :pending AND o.attempts = 0", Instant.class)
                .setParameter("mutual", mutualCode)
                .setParameter("kind", KIND)
                .setParameter("pending", OutboxMail.Status.PENDING)
                .getSingleResult();
    }
}
