package fr.memberspace.activation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a new activation code may be sent to a client now ("Recevoir mon code
 * par MAIL"), from the times its recent codes for the number were sent. Three rules apply:
 * a cooldown after the last code, a maximum number of codes in any sliding hour (the
 * mutual's), and at most {@value #PER_DAY} codes in any sliding day (the platform's: with 5
 * tries a code, 20 guesses a day, under 1 % a year on a 6-digit code).
 *
 * <p>A code sent at {@code t} counts in the hour until {@code t + 1 h} (excluded), in the
 * day until {@code t + 24 h}.
 */
public class CodeRequests {

    /** The length of the sliding window of {@link CodePolicy#maxCodesPerHour()}. */
    public static final Duration HOUR = Duration.ofHours(1);
    /** The length of the sliding window of {@link #PER_DAY}. */
    public static final Duration DAY = Duration.ofDays(1);
    /** Codes a client may receive for one number in any sliding day. */
    public static final int PER_DAY = 4;

    private final CodePolicy policy;

    public CodeRequests(CodePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Why a new code is refused, with the message key the view translates. */
    public enum Reason {
        /** The last code was sent less than {@link CodePolicy#resendCooldown()} ago. */
        COOLDOWN("code.request.cooldown"),
        /** {@link CodePolicy#maxCodesPerHour()} codes were sent in the last hour. */
        HOURLY_LIMIT("code.request.hourly-limit"),
        /** {@link #PER_DAY} codes were sent in the last 24 hours. */
        DAILY_LIMIT("code.request.daily-limit");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** A refused request: why, and how long to wait before asking again (positive). */
    public record Refusal(Reason reason, Duration retryAfter) {

        public Refusal {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /**
     * Nothing if a code may be sent at {@code now}; otherwise the refusal with the longer
     * wait, so that the member is not told to wait twice.
     *
     * @param sentAt when the member's previous codes were sent (any order; older than an
     *               hour are ignored)
     */
    public Optional<Refusal> refusal(Collection<Instant> sentAt, Instant now) {
        Objects.requireNonNull(now, "now");
        List<Instant> lastDay = sentAt.stream()
                .filter(t -> t.plus(DAY).isAfter(now))
                .sorted()
                .toList();
        List<Instant> lastHour = lastDay.stream().filter(t -> t.plus(HOUR).isAfter(now)).toList();
        return longest(cooldown(lastHour, now),
                longest(limit(lastHour, policy.maxCodesPerHour(), HOUR, now, Reason.HOURLY_LIMIT),
                        limit(lastDay, PER_DAY, DAY, now, Reason.DAILY_LIMIT)));
    }

    /** The refusal with the longer wait, so that the member is not told to wait twice. */
    private static Optional<Refusal> longest(Optional<Refusal> a, Optional<Refusal> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return b.get().retryAfter().compareTo(a.get().retryAfter()) >= 0 ? b : a;
    }

    private Optional<Refusal> cooldown(List<Instant> lastHour, Instant now) {
        if (lastHour.isEmpty()) {
            return Optional.empty();
        }
        Instant allowedFrom = lastHour.get(lastHour.size() - 1).plus(policy.resendCooldown());
        return waitUntil(allowedFrom, now, Reason.COOLDOWN);
    }

    /** Refused until enough of the oldest codes leave the window to be under the limit. */
    private static Optional<Refusal> limit(List<Instant> inWindow, int max, Duration window, Instant now,
                                           Reason reason) {
        int excess = inWindow.size() - max;
        if (excess < 0) {
            return Optional.empty();
        }
        return waitUntil(inWindow.get(excess).plus(window), now, reason);
    }

    private static Optional<Refusal> waitUntil(Instant allowedFrom, Instant now, Reason reason) {
        return now.isBefore(allowedFrom)
                ? Optional.of(new Refusal(reason, Duration.between(now, allowedFrom)))
                : Optional.empty();
    }
}
