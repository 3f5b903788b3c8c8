package fr.memberspace.throttle.control;

import java.time.Instant;
import java.util.Optional;

/**
 * What is stored about an account's wrong passwords: consecutive failures since the last
 * success, locks since then, when the last failure happened and until when the account is
 * locked. Four columns of the account row; {@link #NONE} after a success.
 *
 * @param lastFailure null when there was no failure
 * @param lockedUntil null when no timed lock was set by the last failure
 */
public record SignInFailures(int consecutive, int locks, Instant lastFailure, Instant lockedUntil) {

    /** No failure since the last success. */
    public static final SignInFailures NONE = new SignInFailures(0, 0, null, null);

    public SignInFailures {
        if (consecutive < 0 || locks < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (consecutive > 0 && lastFailure == null) {
            throw new IllegalArgumentException("failures need the time of the last one");
        }
    }

    /** The end of the timed lock, if one was set. */
    public Optional<Instant> lock() {
        return Optional.ofNullable(lockedUntil);
    }
}
