package fr.memberspace.throttle.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The wrong passwords that all {@link Clients#OTHERS} together may try on one member number:
 * {@value #WRONG_PASSWORDS_PER_DAY} in a day (from the first of them), whatever their
 * addresses. A success does not give any back. With the lockout's cap of 100 consecutive
 * failures, an attacker with any number of addresses gets at most 3,650 guesses a year.
 */
public final class StrangersBudget {

    public static final int WRONG_PASSWORDS_PER_DAY = 10;
    public static final Duration DAY = Duration.ofDays(1);

    /** The others' wrong passwords in the current day; {@code start} null when none. */
    public record Day(Instant start, int failures) {

        public static final Day NONE = new Day(null, 0);
    }

    private StrangersBudget() {
    }

    /** How long the others must wait before trying a password again, if they must. */
    public static Optional<Duration> waitBefore(Day day, Instant now) {
        if (day.start() == null || day.failures() < WRONG_PASSWORDS_PER_DAY) {
            return Optional.empty();
        }
        var end = day.start().plus(DAY);
        return now.isBefore(end) ? Optional.of(Duration.between(now, end)) : Optional.empty();
    }

    /** The day after one more wrong password at {@code now}. */
    public static Day afterFailure(Day day, Instant now) {
        if (day.start() == null || !now.isBefore(day.start().plus(DAY))) {
            return new Day(now, 1);
        }
        return new Day(day.start(), day.failures() + 1);
    }
}
