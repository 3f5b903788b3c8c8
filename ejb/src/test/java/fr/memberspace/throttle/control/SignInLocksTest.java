package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.memberspace.throttle.control.SignInLocks.State;

class SignInLocksTest {

    static final Instant NOW = Instant.parse("2026-11-28T23:00:00Z");
    static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT;

    static ClientFailures others(Failures failures, StrangersBudget.Day day) {
        return new ClientFailures(true, failures, day);
    }

    static ClientFailures device(Failures failures) {
        return new ClientFailures(false, failures, StrangersBudget.Day.NONE);
    }

    @Test
    void aNumberNobodyFailedOnIsOpen() {
        var lock = SignInLocks.of(List.of(), POLICY, NOW);

        assertThat(lock.others().state()).isEqualTo(State.OPEN);
        assertThat(lock.locked()).isFalse();
    }

    @Test
    void fiveFailuresFromNewBrowsersLockThemUntilTheLockEnds() {
        var until = NOW.plusSeconds(40);
        var lock = SignInLocks.of(List.of(others(new Failures(5, 1, NOW.minusSeconds(20), until),
                new StrangersBudget.Day(NOW.minusSeconds(60), 5))), POLICY, NOW);

        assertThat(lock.others()).isEqualTo(new SignInLocks.ClientLock(State.LOCKED, until, 5));
        assertThat(lock.locked()).isTrue();
    }

    @Test
    void aLockThatEndedIsOpenAgain() {
        var lock = SignInLocks.of(List.of(others(new Failures(5, 1, NOW.minusSeconds(120), NOW.minusSeconds(60)),
                StrangersBudget.Day.NONE)), POLICY, NOW);

        assertThat(lock.others().state()).isEqualTo(State.OPEN);
    }

    @Test
    void theOthersDailyBudgetSpentWaitsForTheEndOfTheDay() {
        var dayStart = NOW.minus(Duration.ofHours(3));
        var lock = SignInLocks.of(List.of(others(new Failures(0, 0, null, null),
                new StrangersBudget.Day(dayStart, StrangersBudget.WRONG_PASSWORDS_PER_DAY))), POLICY, NOW);

        assertThat(lock.others()).isEqualTo(new SignInLocks.ClientLock(State.DAILY_LIMIT, dayStart.plus(StrangersBudget.DAY), 0));
    }

    @Test
    void oneHundredFailuresLockUntilAReset() {
        var lock = SignInLocks.of(List.of(device(new Failures(100, 20, NOW.minusSeconds(5), null))), POLICY, NOW);

        assertThat(lock.others().state()).isEqualTo(State.OPEN);
        assertThat(lock.devicesLocked()).isEqualTo(1);
        assertThat(lock.locked()).isTrue();
    }

    @Test
    void lockedDevicesAreCountedWithTheirLatestEnd() {
        var lock = SignInLocks.of(List.of(device(new Failures(5, 1, NOW, NOW.plusSeconds(60))),
                device(new Failures(10, 2, NOW, NOW.plusSeconds(120))), device(new Failures(1, 0, NOW, null))),
                POLICY, NOW);

        assertThat(lock.devicesLocked()).isEqualTo(2);
        assertThat(lock.devicesUntil()).isEqualTo(NOW.plusSeconds(120));
    }

    @Test
    void aFewFailuresOnlyDelay() {
        var lock = SignInLocks.of(List.of(others(new Failures(3, 0, NOW.minusSeconds(1), null),
                new StrangersBudget.Day(NOW, 3))), POLICY, NOW);

        assertThat(lock.others().state()).isEqualTo(State.DELAYED);
        assertThat(lock.locked()).isFalse();
    }
}
