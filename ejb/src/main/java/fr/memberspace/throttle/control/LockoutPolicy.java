package fr.memberspace.throttle.control;

import java.time.Duration;
import java.util.Objects;

/**
 * How a mutual slows down wrong passwords on one account.
 *
 * <ul>
 * <li><b>Delays</b>: from the {@code failuresBeforeDelay}-th consecutive failure since the
 * last lock, the next try must wait {@code firstDelay}, then twice as long after each
 * further failure, up to {@code maxDelay}. Defaults: 3rd failure 2 s, 4th 4 s.</li>
 * <li><b>Locks</b>: every {@code failuresBeforeLock} consecutive failures lock the account;
 * the first lock lasts {@code firstLock}, each further lock twice as long as the one
 * before, up to {@code maxLock}. Defaults: every 5 failures; 1, 2, 4, 8, then 15 minutes.</li>
 * <li><b>Hard cap</b>: at {@code maxConsecutiveFailures} (never more than
 * {@value #HARD_CAP}, as NIST SP 800-63B requires) the account stays locked until the
 * member resets the password with an activation code.</li>
 * </ul>
 */
public record LockoutPolicy(int failuresBeforeLock, Duration firstLock, Duration maxLock,
        int failuresBeforeDelay, Duration firstDelay, Duration maxDelay, int maxConsecutiveFailures) {

    /** No policy allows more consecutive failures on an account than this. */
    public static final int HARD_CAP = 100;

    /** 5 failures per lock, locks of 1 to 15 minutes, delays of 2 to 30 s from the 3rd failure, cap of 100. */
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(15),
            3, Duration.ofSeconds(2), Duration.ofSeconds(30), HARD_CAP);

    public LockoutPolicy {
        if (maxConsecutiveFailures < 1 || maxConsecutiveFailures > HARD_CAP) {
            throw new IllegalArgumentException("maxConsecutiveFailures must be 1 to " + HARD_CAP);
        }
        if (failuresBeforeLock < 1 || failuresBeforeLock > maxConsecutiveFailures) {
            throw new IllegalArgumentException("failuresBeforeLock must be 1 to maxConsecutiveFailures");
        }
        if (failuresBeforeDelay < 1) {
            throw new IllegalArgumentException("failuresBeforeDelay must be at least 1");
        }
        requirePositive(firstLock, "firstLock");
        requireAtLeast(maxLock, firstLock, "maxLock");
        Objects.requireNonNull(firstDelay, "firstDelay");
        if (firstDelay.isNegative()) {
            throw new IllegalArgumentException("firstDelay must not be negative");
        }
        requireAtLeast(maxDelay, firstDelay, "maxDelay");
    }

    /** How long the {@code lockNumber}-th lock (1 for the first) lasts. */
    public Duration lockDuration(int lockNumber) {
        if (lockNumber < 1) {
            throw new IllegalArgumentException("lockNumber starts at 1");
        }
        return doubled(firstLock, lockNumber - 1, maxLock);
    }

    /** The wait after {@code failuresSinceLock} consecutive failures since the last lock. */
    public Duration delayAfter(int failuresSinceLock) {
        if (failuresSinceLock < failuresBeforeDelay) {
            return Duration.ZERO;
        }
        return doubled(firstDelay, failuresSinceLock - failuresBeforeDelay, maxDelay);
    }

    private static Duration doubled(Duration first, int times, Duration max) {
        Duration duration = first;
        for (int i = 0; i < times && duration.compareTo(max) < 0; i++) {
            duration = duration.multipliedBy(2);
        }
        return duration.compareTo(max) > 0 ? max : duration;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireAtLeast(Duration duration, Duration minimum, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.compareTo(minimum) < 0) {
            throw new IllegalArgumentException(name + " must not be shorter than " + minimum);
        }
    }
}
