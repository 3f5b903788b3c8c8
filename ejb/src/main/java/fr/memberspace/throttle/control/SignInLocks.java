package fr.memberspace.throttle.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the sign-in of a member number stands, as a support agent must read it. Locks are
 * per number <em>and client</em>: a new browser (the others together) may be locked while
 * the member's own device is not, or the reverse. The state of the others is what a member
 * calling from a new browser meets; known devices are summed up.
 */
public final class SignInLocks {

    /** From most to least open. */
    public enum State {
        /** A password may be tried now. */
        OPEN,
        /** A few seconds to wait after recent failures. */
        DELAYED,
        /** Locked until {@link ClientLock#until()}. */
        LOCKED,
        /** The others spent their wrong passwords of the day, until {@link ClientLock#until()}. */
        DAILY_LIMIT,
        /** Too many failures: only a reset (or an agent's unlock) opens it. */
        LOCKED_UNTIL_RESET
    }

    /** One client's state; {@code until} null when open or locked until a reset. */
    public record ClientLock(State state, Instant until, int consecutiveFailures) implements java.io.Serializable {

        static final ClientLock OPEN = new ClientLock(State.OPEN, null, 0);

        /** Whether an unlock changes anything for this client. */
        public boolean locked() {
            return state == State.LOCKED || state == State.DAILY_LIMIT || state == State.LOCKED_UNTIL_RESET;
        }
    }

    /**
     * The state of the number.
     *
     * @param others          what a new browser meets
     * @param devicesLocked   how many of the member's known devices are locked
     * @param devicesUntil    the latest end of those devices' timed locks, if any
     */
    public record NumberLock(ClientLock others, int devicesLocked, Instant devicesUntil) implements java.io.Serializable {

        /** Whether anyone is locked out: an unlock would change something. */
        public boolean locked() {
            return others.locked() || devicesLocked > 0;
        }
    }

    private SignInLocks() {
    }

    /** The state at {@code now} of a number whose counters are {@code counters}, under {@code policy}. */
    public static NumberLock of(List<ClientFailures> counters, LockoutPolicy policy, Instant now) {
        Objects.requireNonNull(now, "now");
        var lockout = new Lockout(policy);
        var others = counters.stream().filter(ClientFailures::others).findFirst()
                .map(counter -> of(counter, lockout, now)).orElse(ClientLock.OPEN);
        var devices = counters.stream().filter(counter -> !counter.others())
                .map(counter -> of(counter, lockout, now)).filter(ClientLock::locked).toList();
        var until = devices.stream().map(ClientLock::until).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new NumberLock(others, devices.size(), until);
    }

    private static ClientLock of(ClientFailures counter, Lockout lockout, Instant now) {
        var consecutive = counter.failures().consecutive();
        var verdict = lockout.check(counter.failures(), now);
        if (verdict instanceof SignInVerdict.LockedUntilReset) {
            return new ClientLock(State.LOCKED_UNTIL_RESET, null, consecutive);
        }
        Optional<java.time.Duration> daily = counter.others()
                ? StrangersBudget.waitBefore(counter.day(), now) : Optional.empty();
        if (daily.isPresent()) {
            var dayEnd = now.plus(daily.get());
            var lockEnd = verdict instanceof SignInVerdict.Locked locked ? locked.until() : null;
            return new ClientLock(State.DAILY_LIMIT, lockEnd != null && lockEnd.isAfter(dayEnd) ? lockEnd : dayEnd,
                    consecutive);
        }
        if (verdict instanceof SignInVerdict.Locked locked) {
            return new ClientLock(State.LOCKED, locked.until(), consecutive);
        }
        if (verdict instanceof SignInVerdict.Delayed delayed) {
            return new ClientLock(State.DELAYED, delayed.until(), consecutive);
        }
        return new ClientLock(State.OPEN, null, consecutive);
    }
}
