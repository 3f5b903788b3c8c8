package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class StrangersBudgetTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void nineWrongPasswordsInADayLeaveATenth() {
        var day = failures(9, Duration.ofMinutes(30));

        assertThat(StrangersBudget.waitBefore(day, T0.plus(Duration.ofHours(5)))).isEmpty();
    }

    @Test
    void tenWrongPasswordsInADayStopTheOthersUntilTheDayEnds() {
        var day = failures(10, Duration.ofMinutes(30));

        assertThat(StrangersBudget.waitBefore(day, T0.plus(Duration.ofHours(5)))).contains(Duration.ofHours(19));
        assertThat(StrangersBudget.waitBefore(day, T0.plus(Duration.ofDays(1)).minusSeconds(1))).contains(Duration.ofSeconds(1));
        assertThat(StrangersBudget.waitBefore(day, T0.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void theFirstFailureAfterTheDayStartsANewOne() {
        var day = failures(10, Duration.ofMinutes(30));

        var next = StrangersBudget.afterFailure(day, T0.plus(Duration.ofDays(1)));

        assertThat(next).isEqualTo(new StrangersBudget.Day(T0.plus(Duration.ofDays(1)), 1));
    }

    @Test
    void attemptsEveryMinuteForAYearNeverGetMoreThanTenADay() {
        var day = StrangersBudget.Day.NONE;
        int tried = 0;
        for (var now = T0; now.isBefore(T0.plus(Duration.ofDays(365))); now = now.plusSeconds(60)) {
            if (StrangersBudget.waitBefore(day, now).isEmpty()) {
                day = StrangersBudget.afterFailure(day, now);
                tried++;
            }
        }
        assertThat(tried).isEqualTo(365 * StrangersBudget.WRONG_PASSWORDS_PER_DAY);
    }

    private static StrangersBudget.Day failures(int count, Duration every) {
        var day = StrangersBudget.Day.NONE;
        for (int i = 0; i < count; i++) {
            day = StrangersBudget.afterFailure(day, T0.plus(every.multipliedBy(i)));
        }
        return day;
    }
}
