package fr.memberspace.throttle.control;

import java.time.Instant;
import java.util.Optional;

/**
 * The wrong passwords of one member number (as typed, known or not): consecutive failures
 * since the last success, locks since then, when the last failure happened and until when
 * the number is locked. The values of a {@link fr.memberspace.throttle.entity.SignInFailures}
 * row; {@link #NONE} after a success.
 *
 * @param lastFailure null when there was no failure
 * @param lockedUntil null when no timed lock was set by the last failure
 */
public record Failures(int consecutive, int locks, Instant lastFailure, Instant lockedUntil) {

    /** No failure since the last success. */
    public static final Failures NONE = new Failures(0, 0, null, null);

    public Failures {
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
