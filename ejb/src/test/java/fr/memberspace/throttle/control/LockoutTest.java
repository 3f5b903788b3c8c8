package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.memberspace.throttle.control.SignInVerdict.Delayed;
import fr.memberspace.throttle.control.SignInVerdict.Locked;
import fr.memberspace.throttle.control.SignInVerdict.LockedUntilReset;
import fr.memberspace.throttle.control.SignInVerdict.MayTry;

class LockoutTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final Lockout lockout = new Lockout(LockoutPolicy.DEFAULT);

    @Test
    void an_account_without_failures_may_try() {
        assertThat(lockout.check(Failures.NONE, T0)).isInstanceOf(MayTry.class);
    }

    @Test
    void two_failures_do_not_slow_down() {
        Failures state = failures(2, T0);
        assertThat(state).isEqualTo(new Failures(2, 0, T0, null));
        assertThat(lockout.check(state, T0)).isInstanceOf(MayTry.class);
    }

    @Test
    void the_third_failure_makes_the_next_try_wait_2_seconds() {
        Failures state = failures(3, T0);
        assertThat(lockout.check(state, T0.plusMillis(1999)))
                .isEqualTo(new Delayed(T0.plusSeconds(2), Duration.ofMillis(1)));
        assertThat(lockout.check(state, T0.plusSeconds(2))).isInstanceOf(MayTry.class);
    }

    @Test
    void the_fourth_failure_makes_the_next_try_wait_4_seconds() {
        Failures state = failures(4, T0);
        assertThat(lockout.check(state, T0.plusSeconds(3))).isEqualTo(new Delayed(T0.plusSeconds(4), Duration.ofSeconds(1)));
        assertThat(lockout.check(state, T0.plusSeconds(4))).isInstanceOf(MayTry.class);
    }

    @Test
    void the_fifth_failure_locks_for_one_minute() {
        Failures state = failures(5, T0);
        assertThat(state).isEqualTo(new Failures(5, 1, T0, T0.plusSeconds(60)));
        assertThat(lockout.check(state, T0.plusSeconds(59)))
                .isEqualTo(new Locked(T0.plusSeconds(60), Duration.ofSeconds(1)));
        assertThat(lockout.check(state, T0.plusSeconds(60))).isInstanceOf(MayTry.class);
    }

    @Test
    void after_a_lock_the_delays_start_again_from_the_third_failure() {
        Failures state = new Failures(7, 1, T0.minusSeconds(1), null); // locked at 5, then 6 and 7
        assertThat(lockout.check(state, T0)).isInstanceOf(MayTry.class);
        state = lockout.afterFailure(state, T0);
        assertThat(lockout.check(state, T0.plusSeconds(1))).isInstanceOf(Delayed.class);
    }

    @ParameterizedTest(name = "failure {0} locks for {1} min")
    @CsvSource({"5,1", "10,2", "15,4", "20,8", "25,15", "30,15", "95,15"})
    void each_lock_lasts_twice_the_one_before_up_to_15_minutes(int failure, long minutes) {
        Failures state = failures(failure, T0);
        assertThat(state.locks()).isEqualTo(failure / 5);
        assertThat(state.lockedUntil()).isEqualTo(T0.plus(Duration.ofMinutes(minutes)));
    }

    @Test
    void the_100th_consecutive_failure_locks_until_a_password_reset() {
        Failures state = new Failures(99, 19, T0.minusSeconds(600), null);
        assertThat(lockout.check(state, T0)).isInstanceOf(MayTry.class);
        state = lockout.afterFailure(state, T0);
        assertThat(state.consecutive()).isEqualTo(100);
        assertThat(lockout.check(state, T0.plus(Duration.ofDays(3650)))).isInstanceOf(LockedUntilReset.class);
        assertThat(lockout.check(lockout.afterSuccess(), T0)).isInstanceOf(MayTry.class);
    }

    @Test
    void a_success_forgets_the_failures() {
        assertThat(lockout.afterSuccess()).isEqualTo(Failures.NONE);
    }

    @Test
    void a_failure_racing_with_a_lock_does_not_shorten_it() {
        Failures locked = new Failures(5, 1, T0, T0.plusSeconds(60));
        Failures raced = lockout.afterFailure(locked, T0.plusSeconds(1));
        assertThat(raced.lockedUntil()).isEqualTo(T0.plusSeconds(60));
        assertThat(raced.consecutive()).isEqualTo(6);
    }

    @ParameterizedTest(name = "every {0} failures, cap {1}")
    @CsvSource({"5,100", "1,100", "7,100", "100,100", "3,30", "1,1"})
    void an_attacker_trying_at_every_allowed_moment_never_gets_more_than_the_cap(int failuresBeforeLock, int cap) {
        Lockout tuned = new Lockout(LockoutPolicyTest.policy(failuresBeforeLock, cap));
        Failures state = Failures.NONE;
        Instant now = T0;
        int tries = 0;
        List<SignInVerdict> refusals = new ArrayList<>();
        for (int step = 0; step < 10_000; step++) {
            SignInVerdict verdict = tuned.check(state, now);
            if (verdict instanceof MayTry) {
                state = tuned.afterFailure(state, now);
                tries++;
            } else if (verdict instanceof Delayed delayed) {
                now = delayed.until();
            } else if (verdict instanceof Locked locked) {
                now = locked.until();
            } else {
                refusals.add(verdict);
                now = now.plus(Duration.ofDays(1));
            }
        }
        assertThat(tries).isEqualTo(cap);
        assertThat(state.consecutive()).isEqualTo(cap);
        assertThat(refusals).isNotEmpty().allMatch(LockedUntilReset.class::isInstance);
    }

    @Test
    void with_the_defaults_reaching_the_cap_takes_more_than_four_hours_of_locks() {
        Failures state = Failures.NONE;
        Instant now = T0;
        while (!(lockout.check(state, now) instanceof LockedUntilReset)) {
            SignInVerdict verdict = lockout.check(state, now);
            if (verdict instanceof Locked locked) {
                now = locked.until();
            } else if (verdict instanceof Delayed delayed) {
                now = delayed.until();
            } else {
                state = lockout.afterFailure(state, now);
            }
        }
        // Locks after failures 5..95: 1+2+4+8 then 15 x 15 minutes = 240 minutes, plus delays.
        assertThat(Duration.between(T0, now)).isGreaterThan(Duration.ofMinutes(240));
    }

    /** The state after {@code count} failures in a row, the last one at {@code last}. */
    private Failures failures(int count, Instant last) {
        Failures state = Failures.NONE;
        for (int i = 0; i < count - 1; i++) {
            state = lockout.afterFailure(state, last.minusSeconds(1));
        }
        return lockout.afterFailure(state, last);
    }
}
