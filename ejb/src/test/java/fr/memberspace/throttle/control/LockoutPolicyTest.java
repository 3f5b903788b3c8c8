package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LockoutPolicyTest {

    private static final LockoutPolicy DEFAULT = LockoutPolicy.DEFAULT;

    @ParameterizedTest(name = "lock {0} lasts {1} min")
    @CsvSource({"1,1", "2,2", "3,4", "4,8", "5,15", "6,15", "19,15", "1000,15"})
    void each_lock_doubles_the_one_before_up_to_the_maximum(int lockNumber, long minutes) {
        assertThat(DEFAULT.lockDuration(lockNumber)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "{0} failures since the last lock -> wait {1} s")
    @CsvSource({"0,0", "1,0", "2,0", "3,2", "4,4", "5,8", "6,16", "7,30", "8,30", "99,30"})
    void delays_start_at_the_third_failure_and_double_up_to_the_maximum(int failures, long seconds) {
        assertThat(DEFAULT.delayAfter(failures)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @Test
    void the_lock_number_starts_at_one() {
        assertThatIllegalArgumentException().isThrownBy(() -> DEFAULT.lockDuration(0));
    }

    @Test
    void no_policy_allows_more_than_100_consecutive_failures() {
        assertThat(policy(5, 100).maxConsecutiveFailures()).isEqualTo(100);
        assertThatIllegalArgumentException().isThrownBy(() -> policy(5, 101));
        assertThatIllegalArgumentException().isThrownBy(() -> policy(5, 0));
    }

    @Test
    void a_lock_comes_no_later_than_the_cap() {
        assertThat(policy(30, 30).failuresBeforeLock()).isEqualTo(30);
        assertThatIllegalArgumentException().isThrownBy(() -> policy(31, 30));
        assertThatIllegalArgumentException().isThrownBy(() -> policy(0, 30));
    }

    @Test
    void maxima_are_not_shorter_than_the_first_durations() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(2),
                Duration.ofMinutes(1), 3, Duration.ofSeconds(2), Duration.ofSeconds(30), 100));
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(1),
                Duration.ofMinutes(15), 3, Duration.ofSeconds(2), Duration.ofSeconds(1), 100));
        assertThatIllegalArgumentException().isThrownBy(() -> new LockoutPolicy(5, Duration.ZERO,
                Duration.ofMinutes(15), 3, Duration.ofSeconds(2), Duration.ofSeconds(30), 100));
    }

    static LockoutPolicy policy(int failuresBeforeLock, int maxConsecutiveFailures) {
        return new LockoutPolicy(failuresBeforeLock, Duration.ofMinutes(1), Duration.ofMinutes(15),
                3, Duration.ofSeconds(2), Duration.ofSeconds(30), maxConsecutiveFailures);
    }
}
