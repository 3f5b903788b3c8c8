package fr.memberspace.throttle.control;

import java.time.Duration;
import java.time.Instant;

/** Whether an account may try a password now, as decided by {@link Lockout#check}. */
public sealed interface SignInVerdict {

    /** The password may be checked now. */
    record MayTry() implements SignInVerdict {
    }

    /** A short delay after a few failures: try again at {@code until}, in {@code retryAfter}. */
    record Delayed(Instant until, Duration retryAfter) implements SignInVerdict {
    }

    /** The account is locked until {@code until}, in {@code retryAfter}. */
    record Locked(Instant until, Duration retryAfter) implements SignInVerdict {
    }

    /** Too many failures: only a password reset with an activation code unlocks it. */
    record LockedUntilReset() implements SignInVerdict {
    }
}
