package fr.memberspace.team.control;

import java.time.Duration;
import java.time.Instant;

/**
 * How a staff account is slowed down by wrong passwords and wrong TOTP codes (they count
 * together): every {@value #FAILURES_BEFORE_LOCK} consecutive failures lock it, 1 minute the
 * first time, doubling up to 15 minutes. A locked account is refused with the answer of a
 * wrong password, without its password being checked: the sign-in page tells a stranger
 * nothing about which e-mails are staff.
 */
public final class StaffLockout {

    public static final int FAILURES_BEFORE_LOCK = 5;
    public static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    public static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    private StaffLockout() {
    }

    /** Whether the account is locked at {@code now}. */
    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** The lock after the {@code failures}-th consecutive failure at {@code now}, or null for none. */
    public static Instant lockAfter(int failures, Instant now) {
        if (failures <= 0 || failures % FAILURES_BEFORE_LOCK != 0) {
            return null;
        }
        int lockNumber = failures / FAILURES_BEFORE_LOCK;
        var duration = FIRST_LOCK.multipliedBy(1L << Math.min(lockNumber - 1, 10));
        return now.plus(duration.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : duration);
    }
}
