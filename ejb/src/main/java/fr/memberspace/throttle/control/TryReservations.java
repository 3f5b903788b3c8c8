package fr.memberspace.throttle.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Tries of a password reserved before the hash is checked, so that no lock is held while
 * hashing and yet concurrent guesses get no more tries than sequential ones.
 * <p>
 * A sign-in locks the counter for a moment, asks {@link #reserve}, and commits; it then
 * checks the password with no lock nor transaction, and settles the try ({@link #settle})
 * in a second short transaction. The tries being checked are the counter's {@code pending}:
 * {@link #reserve} lets a new try in only if the lockout and the others' daily budget would
 * still let it in <em>were every pending try to fail</em>. Otherwise, if the settled
 * failures alone let it in, the try is {@link Queued}: it waits for the pending ones to
 * settle and asks again (a right password settles as a success, so sixteen concurrent
 * sign-ins of the member all get in, a few at a time); if even the settled failures refuse
 * it, it is refused as a sequential try would be. So at every moment the settled failures
 * plus the pending tries stay within what sequential tries would be allowed.
 * <p>
 * A try whose node died between reserving and settling would stay pending for ever: once
 * the latest reservation is {@link #ABANDONED_AFTER} old, the pending tries count as
 * failures made at that moment (a late settlement then counts again: more failures, never
 * fewer).
 */
public final class TryReservations {

    /** After this long without a new reservation, the pending tries are taken as abandoned. */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final Lockout lockout;

    public TryReservations(LockoutPolicy policy) {
        this.lockout = new Lockout(policy);
    }

    /**
     * The values of one counter.
     *
     * @param pending      tries reserved and not settled yet
     * @param lastReserved when the latest of them was reserved; null when none is pending
     */
    public record Counter(Failures failures, StrangersBudget.Day day, int pending, Instant lastReserved) {

        /** A counter that nobody tried yet. */
        public static final Counter NONE = new Counter(Failures.NONE, StrangersBudget.Day.NONE, 0, null);

        public Counter {
            Objects.requireNonNull(failures, "failures");
            Objects.requireNonNull(day, "day");
            if (pending < 0) {
                throw new IllegalArgumentException("pending must not be negative");
            }
            if (pending > 0 && lastReserved == null) {
                throw new IllegalArgumentException("pending tries need the time of the latest");
            }
        }
    }

    /** What a new try gets. */
    public sealed interface Decision {
    }

    /** The lockout refuses it even if every pending try turns out right. */
    public record Refused(SignInVerdict verdict) implements Decision {
    }

    /** The others spent their wrong passwords of the day: wait this long. */
    public record OverBudget(Duration retryAfter) implements Decision {
    }

    /** It would be refused if the pending tries failed: ask again once they settle. */
    public record Queued() implements Decision {
    }

    /** It may check the password; store {@code after}, then settle it. */
    public record Reserved(Counter after) implements Decision {
    }

    /**
     * Whether a new try may check a password at {@code now}.
     *
     * @param others whether the counter is the others' one ({@link Clients#OTHERS}), held to
     *               {@link StrangersBudget}
     */
    public Decision reserve(Counter counter, boolean others, Instant now) {
        Objects.requireNonNull(now, "now");
        var settled = withoutAbandoned(counter, others, now);
        var verdict = lockout.check(settled.failures(), now);
        if (!(verdict instanceof SignInVerdict.MayTry)) {
            return new Refused(verdict);
        }
        Optional<Duration> overBudget = others ? StrangersBudget.waitBefore(settled.day(), now) : Optional.empty();
        if (overBudget.isPresent()) {
            return new OverBudget(overBudget.get());
        }
        var failures = settled.failures();
        var day = settled.day();
        for (int i = 0; i < settled.pending(); i++) {
            failures = lockout.afterFailure(failures, now);
            day = StrangersBudget.afterFailure(day, now);
        }
        if (!(lockout.check(failures, now) instanceof SignInVerdict.MayTry)
                || others && StrangersBudget.waitBefore(day, now).isPresent()) {
            return new Queued();
        }
        return new Reserved(new Counter(settled.failures(), settled.day(), settled.pending() + 1, now));
    }

    /** The counter after a reserved try settles at {@code now}: {@code right} password or not. */
    public Counter settle(Counter counter, boolean right, boolean others, Instant now) {
        Objects.requireNonNull(now, "now");
        int pending = Math.max(0, counter.pending() - 1);
        var lastReserved = pending == 0 ? null : counter.lastReserved();
        if (right) {
            // a success gives no wrong password of the day back
            return new Counter(lockout.afterSuccess(), counter.day(), pending, lastReserved);
        }
        return new Counter(lockout.afterFailure(counter.failures(), now),
                others ? StrangersBudget.afterFailure(counter.day(), now) : counter.day(), pending, lastReserved);
    }

    private Counter withoutAbandoned(Counter counter, boolean others, Instant now) {
        if (counter.pending() == 0 || now.isBefore(counter.lastReserved().plus(ABANDONED_AFTER))) {
            return counter;
        }
        // failed when they were abandoned, not now: asking again gives the same counter
        var abandoned = counter.lastReserved().plus(ABANDONED_AFTER);
        var failures = counter.failures();
        var day = counter.day();
        for (int i = 0; i < counter.pending(); i++) {
            failures = lockout.afterFailure(failures, abandoned);
            day = others ? StrangersBudget.afterFailure(day, abandoned) : day;
        }
        return new Counter(failures, day, 0, null);
    }
}
