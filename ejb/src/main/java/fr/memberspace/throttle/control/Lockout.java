package fr.memberspace.throttle.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Applies a {@link LockoutPolicy} to an account's {@link Failures}: whether a
 * password may be tried now, and the state after a failure or a success.
 *
 * <p>The boundary calls {@link #check} before checking a password and does not check it
 * unless the verdict is {@link SignInVerdict.MayTry}; then it stores {@link #afterFailure}
 * or {@link #afterSuccess}. Since {@link #check} refuses every try once the consecutive
 * failures reach {@link LockoutPolicy#maxConsecutiveFailures()} (at most
 * {@value LockoutPolicy#HARD_CAP}), no account can collect more failures than that
 * between two successes.
 */
public class Lockout {

    private static final SignInVerdict MAY_TRY = new SignInVerdict.MayTry();
    private static final SignInVerdict LOCKED_UNTIL_RESET = new SignInVerdict.LockedUntilReset();

    private final LockoutPolicy policy;

    public Lockout(LockoutPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Whether the account may try a password at {@code now}. */
    public SignInVerdict check(Failures failures, Instant now) {
        Objects.requireNonNull(now, "now");
        if (failures.consecutive() >= policy.maxConsecutiveFailures()) {
            return LOCKED_UNTIL_RESET;
        }
        if (failures.lockedUntil() != null && now.isBefore(failures.lockedUntil())) {
            return new SignInVerdict.Locked(failures.lockedUntil(), Duration.between(now, failures.lockedUntil()));
        }
        if (failures.consecutive() > 0) {
            Duration delay = policy.delayAfter(failures.consecutive() % policy.failuresBeforeLock());
            Instant until = failures.lastFailure().plus(delay);
            if (now.isBefore(until)) {
                return new SignInVerdict.Delayed(until, Duration.between(now, until));
            }
        }
        return MAY_TRY;
    }

    /**
     * The state after a wrong password at {@code now}: one more failure, and a lock when
     * the count reaches a multiple of {@link LockoutPolicy#failuresBeforeLock()} (timed) or
     * {@link LockoutPolicy#maxConsecutiveFailures()} (until reset).
     */
    public Failures afterFailure(Failures failures, Instant now) {
        Objects.requireNonNull(now, "now");
        int consecutive = failures.consecutive() + 1;
        // A failure racing with a lock set meanwhile must not shorten it.
        Instant stillLocked = failures.lock().filter(now::isBefore).orElse(null);
        if (consecutive >= policy.maxConsecutiveFailures()) {
            return new Failures(consecutive, failures.locks() + 1, now, stillLocked);
        }
        if (consecutive % policy.failuresBeforeLock() == 0) {
            int locks = failures.locks() + 1;
            Instant until = now.plus(policy.lockDuration(locks));
            if (stillLocked != null && stillLocked.isAfter(until)) {
                until = stillLocked;
            }
            return new Failures(consecutive, locks, now, until);
        }
        return new Failures(consecutive, failures.locks(), now, stillLocked);
    }

    /** The state after a right password, or a password reset: no failure. */
    public Failures afterSuccess() {
        return Failures.NONE;
    }
}
