package fr.memberspace.retention;

import java.time.Duration;
import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;
import fr.memberspace.account.entity.PasswordHistoryEntry;
import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.entity.OutboxMail;
import fr.memberspace.throttle.control.FailureCounters;
import fr.memberspace.throttle.control.Failures;
import fr.memberspace.throttle.control.StrangersBudget;

/** Test-only: makes records at the (moved) clock's time through the product's own classes, and counts them. */
@Stateless
public class RetentionProbe {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    FailureCounters failureCounters;

    /** A sign-in failure counter of a number and client, as the sign-in would leave it. */
    public void failureCounter(String mutual, String number, String client, int consecutive,
            java.time.Instant lockedUntil, java.time.Instant dayStart, int dayFailures) {
        var counter = failureCounters.lock(mutual, number, client);
        counter.update(new Failures(consecutive, 0, consecutive == 0 ? null : clock.instant(), lockedUntil));
        counter.update(new StrangersBudget.Day(dayStart, dayFailures));
    }

    /** The clients that have a failure counter for a number of the mutual, sorted. */
    public List<String> failureCounterClients(String mutual) {
        return em.createQuery("SELECT CONCAT(f.memberNumber, '/', f.client) FROM SignInFailures f"
                        + " WHERE f.mutualCode = :mutual ORDER BY f.memberNumber, f.client", String.class)
                .setParameter("mutual", mutual)
                .getResultList();
    }

    public void audit(String mutual, String number) {
        audit.record(AuditType.SIGN_IN_OK, mutual, number, null);
    }

    public long auditEvents(String mutual, String number) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.mutualCode = :mutual"
                        + " AND e.memberNumber = :number", Long.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getSingleResult();
    }

    /** A mail already sent (not the outbox's queue: the background sender must not take it). */
    public void sentMail(String mutual, String number) {
        var mail = mail(mutual, number);
        mail.sent(clock.instant());
        em.persist(mail);
    }

    /** A mail still waiting, far in the future for the sender (it must stay waiting). */
    public void waitingMail(String mutual, String number) {
        var mail = mail(mutual, number);
        mail.failed("test: waiting", clock.instant().plus(Duration.ofDays(3650)));
        em.persist(mail);
    }

    private OutboxMail mail(String mutual, String number) {
        return new OutboxMail(mutual, number, "TEST", "no-reply@" + mutual + ".example.org", "Test",
                number + "@example.org", "Test", "text", null, clock.instant());
    }

    public void forgetMails(String mutual) {
        em.createQuery("DELETE FROM OutboxMail m WHERE m.mutualCode = :mutual").setParameter("mutual", mutual)
                .executeUpdate();
    }

    public List<String> mailStatuses(String mutual, String number) {
        return em.createQuery("SELECT m.status FROM OutboxMail m WHERE m.mutualCode = :mutual"
                        + " AND m.memberNumber = :number ORDER BY m.status", OutboxMail.Status.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getResultStream()
                .map(Enum::name)
                .toList();
    }

    /** {@code count} old passwords, hash-1 the oldest, a day apart. */
    public void passwordHistory(String mutual, String number, int count) {
        var member = member(mutual, number);
        var start = clock.instant().minus(Duration.ofDays(count));
        for (int i = 1; i <= count; i++) {
            em.persist(new PasswordHistoryEntry(member, "hash-" + i, start.plus(Duration.ofDays(i))));
        }
    }

    public List<String> history(String mutual, String number) {
        return em.createNamedQuery(PasswordHistoryEntry.RECENT, String.class)
                .setParameter("member", member(mutual, number))
                .getResultList();
    }

    private Member member(String mutual, String number) {
        return em.createNamedQuery(Member.BY_NUMBER, Member.class)
                .setParameter("mutual", mutual)
                .setParameter("number", number)
                .getSingleResult();
    }
}
