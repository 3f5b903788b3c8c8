package fr.memberspace.activation.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a new activation code may be sent to a member now ("Recevoir mon code
 * par MAIL"), from the times the member's recent codes were sent. Two rules apply: a
 * cooldown after the last code, and a maximum number of codes in any sliding hour.
 *
 * <p>A code sent at {@code t} counts in the hour until {@code t + 1 h} (excluded).
 */
public class CodeRequests {

    /** The length of the sliding window of {@link CodePolicy#maxCodesPerHour()}. */
    public static final Duration HOUR = Duration.ofHours(1);

    private final CodePolicy policy;

    public CodeRequests(CodePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /** Why a new code is refused, with the message key the view translates. */
    public enum Reason {
        /** The last code was sent less than {@link CodePolicy#resendCooldown()} ago. */
        COOLDOWN("code.request.cooldown"),
        /** {@link CodePolicy#maxCodesPerHour()} codes were sent in the last hour. */
        HOURLY_LIMIT("code.request.hourly-limit");

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
        List<Instant> lastHour = sentAt.stream()
                .filter(t -> t.plus(HOUR).isAfter(now))
                .sorted()
                .toList();
        Optional<Refusal> cooldown = cooldown(lastHour, now);
        Optional<Refusal> hourly = hourlyLimit(lastHour, now);
        if (hourly.isPresent() && (cooldown.isEmpty() || hourly.get().retryAfter().compareTo(cooldown.get().retryAfter()) >= 0)) {
            return hourly;
        }
        return cooldown;
    }

    private Optional<Refusal> cooldown(List<Instant> lastHour, Instant now) {
        if (lastHour.isEmpty()) {
            return Optional.empty();
        }
        Instant allowedFrom = lastHour.get(lastHour.size() - 1).plus(policy.resendCooldown());
        return waitUntil(allowedFrom, now, Reason.COOLDOWN);
    }

    /** Refused until enough of the oldest codes leave the hour to be under the limit. */
    private Optional<Refusal> hourlyLimit(List<Instant> lastHour, Instant now) {
        int excess = lastHour.size() - policy.maxCodesPerHour();
        if (excess < 0) {
            return Optional.empty();
        }
        return waitUntil(lastHour.get(excess).plus(HOUR), now, Reason.HOURLY_LIMIT);
    }

    private static Optional<Refusal> waitUntil(Instant allowedFrom, Instant now, Reason reason) {
        return now.isBefore(allowedFrom)
                ? Optional.of(new Refusal(reason, Duration.between(now, allowedFrom)))
                : Optional.empty();
    }
}
