package fr.memberspace.throttle.control;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import fr.memberspace.throttle.entity.SignInFailures;

/**
 * The sign-in failure counter of a member number, read and written under a row lock held
 * until the caller's transaction ends: two sign-ins of one number never count over each
 * other.
 */
@ApplicationScoped
public class FailureCounters {

    @PersistenceContext
    EntityManager em;

    @Inject
    NewRows rows;

    /** The counter of a number typed, from this client ({@link Clients}), locked for the caller's transaction. */
    public Counter lock(String mutualCode, String number, String client) {
        try {
            rows.ensure(mutualCode, number, client);
        } catch (RuntimeException raced) {
            // another request created it a moment ago: fine
        }
        var key = new SignInFailures.Key(mutualCode, number, client);
        var row = em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            // a resting counter forgotten between its creation and this lock: make it again
            rows.ensure(mutualCode, number, client);
            row = em.find(SignInFailures.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return new Counter(row);
    }

    /**
     * Deletes the counters at rest (no failure, no lock, the others' day over): a missing
     * counter means the same, so this changes no decision; how many.
     */
    public int forgetResting(Instant now) {
        return em.createNamedQuery(SignInFailures.FORGET_RESTING)
                .setParameter("now", now)
                .setParameter("dayAgo", now.minus(StrangersBudget.DAY))
                .executeUpdate();
    }

    /** No failure any more for this number, from any client (a new password reopens a locked account). */
    public void clear(String mutualCode, String number) {
        em.createNamedQuery(SignInFailures.CLEAR)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .executeUpdate();
    }

    /**
     * A support agent's unlock: no failure and no spent daily budget any more for this
     * number, from any client. The agent has checked who asks; the others' budget starts
     * afresh, so each unlock gives strangers at most one more day's worth of tries.
     */
    public void unlock(String mutualCode, String number) {
        em.createNamedQuery(SignInFailures.UNLOCK)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .executeUpdate();
    }

    /** Every client's failures of this number, unlocked (to show them, not to change them). */
    public List<ClientFailures> of(String mutualCode, String number) {
        return em.createNamedQuery(SignInFailures.OF_NUMBER, SignInFailures.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .getResultStream()
                .map(row -> new ClientFailures(Clients.OTHERS.equals(row.getClient()),
                        new Failures(row.getConsecutive(), row.getLocks(), row.getLastFailure(), row.getLockedUntil()),
                        new StrangersBudget.Day(row.getDayStart(), row.getDayFailures())))
                .toList();
    }

    /** One locked counter. */
    public static final class Counter {

        private final SignInFailures row;

        Counter(SignInFailures row) {
            this.row = row;
        }

        public Failures failures() {
            return new Failures(row.getConsecutive(), row.getLocks(), row.getLastFailure(), row.getLockedUntil());
        }

        public void update(Failures failures) {
            row.update(failures.consecutive(), failures.locks(), failures.lastFailure(), failures.lockedUntil());
        }

        /** The others' wrong passwords of the current day ({@link StrangersBudget}). */
        public StrangersBudget.Day day() {
            return new StrangersBudget.Day(row.getDayStart(), row.getDayFailures());
        }

        public void update(StrangersBudget.Day day) {
            row.updateDay(day.start(), day.failures());
        }

        /** The failures, the others' day and the tries being checked ({@link TryReservations}). */
        public TryReservations.Counter reservations() {
            return new TryReservations.Counter(failures(), day(), row.getPending(), row.getLastReserved());
        }

        public void update(TryReservations.Counter counter) {
            update(counter.failures());
            update(counter.day());
            row.updatePending(counter.pending(), counter.lastReserved());
        }
    }

    /**
     * Creates a missing counter in a transaction of its own: when two first attempts race,
     * one insert fails harmlessly and both then lock the same row.
     */
    @ApplicationScoped
    public static class NewRows {

        @PersistenceContext
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void ensure(String mutualCode, String memberNumber, String client) {
            em.createNativeQuery("INSERT INTO client_sign_in_failures (mutual_code, member_number, client,"
                            + " consecutive, locks, day_failures, version) SELECT ?1, ?2, ?3, 0, 0, 0, 0"
                            + " WHERE NOT EXISTS (SELECT 1 FROM client_sign_in_failures"
                            + " WHERE mutual_code = ?1 AND member_number = ?2 AND client = ?3)")
                    .setParameter(1, mutualCode)
                    .setParameter(2, memberNumber)
                    .setParameter(3, client)
                    .executeUpdate();
        }
    }
}
