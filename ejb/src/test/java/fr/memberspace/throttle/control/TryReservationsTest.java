package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TryReservationsTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final TryReservations reservations = new TryReservations(LockoutPolicy.DEFAULT);
    private final Lockout lockout = new Lockout(LockoutPolicy.DEFAULT);

    @Test
    void sixteenConcurrentGuessesGetTheThreeTriesOfSequentialOnes() {
        var counter = TryReservations.Counter.NONE;
        int reserved = 0;
        for (int i = 0; i < 16; i++) {
            var decision = reservations.reserve(counter, true, T0);
            if (decision instanceof TryReservations.Reserved r) {
                counter = r.after();
                reserved++;
            } else {
                assertThat(decision).isInstanceOf(TryReservations.Queued.class);
            }
        }
        assertThat(reserved).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            counter = reservations.settle(counter, false, true, T0.plusMillis(40));
        }
        // once they failed, the queued ones are refused as a fourth sequential try would be
        assertThat(reservations.reserve(counter, true, T0.plusMillis(41)))
                .isInstanceOf(TryReservations.Refused.class);
        assertThat(counter.failures().consecutive()).isEqualTo(3);
        assertThat(counter.day().failures()).isEqualTo(3);
        assertThat(counter.pending()).isZero();
    }

    @Test
    void rightPasswordsSettleTheirTriesAndLetTheQueuedOnesIn() {
        var counter = TryReservations.Counter.NONE;
        int signedIn = 0;
        var inFlight = 0;
        for (int round = 0; signedIn < 16; round++) {
            var now = T0.plusMillis(round * 50L);
            while (inFlight + signedIn < 16 && reservations.reserve(counter, true, now) instanceof TryReservations.Reserved r) {
                counter = r.after();
                inFlight++;
            }
            assertThat(inFlight).as("round %d", round).isPositive();
            for (; inFlight > 0; inFlight--) {
                counter = reservations.settle(counter, true, true, now.plusMillis(40));
                signedIn++;
            }
        }
        assertThat(counter).isEqualTo(TryReservations.Counter.NONE);
    }

    @Test
    void theOthersDailyBudgetCountsPendingTries() {
        var counter = new TryReservations.Counter(Failures.NONE, new StrangersBudget.Day(T0, 8), 0, null);

        var first = (TryReservations.Reserved) reservations.reserve(counter, true, T0.plusSeconds(60));
        var second = (TryReservations.Reserved) reservations.reserve(first.after(), true, T0.plusSeconds(60));

        assertThat(reservations.reserve(second.after(), true, T0.plusSeconds(60))).isInstanceOf(TryReservations.Queued.class);
        var settled = reservations.settle(reservations.settle(second.after(), false, true, T0.plusSeconds(61)),
                false, true, T0.plusSeconds(61));
        assertThat(reservations.reserve(settled, true, T0.plusSeconds(62)))
                .isEqualTo(new TryReservations.OverBudget(Duration.ofDays(1).minusSeconds(62)));
    }

    @Test
    void aKnownDeviceHasNoDailyBudget() {
        var counter = new TryReservations.Counter(Failures.NONE, new StrangersBudget.Day(T0, 10), 0, null);

        assertThat(reservations.reserve(counter, false, T0.plusSeconds(60))).isInstanceOf(TryReservations.Reserved.class);
        assertThat(reservations.settle(counter, false, false, T0.plusSeconds(61)).day()).isEqualTo(counter.day());
    }

    @Test
    void aRightPasswordGivesNoWrongPasswordOfTheDayBack() {
        var counter = new TryReservations.Counter(new Failures(2, 0, T0, null), new StrangersBudget.Day(T0, 2), 1, T0);

        var after = reservations.settle(counter, true, true, T0.plusSeconds(1));

        assertThat(after).isEqualTo(new TryReservations.Counter(Failures.NONE, new StrangersBudget.Day(T0, 2), 0, null));
    }

    @Test
    void aLockedNumberIsRefusedWhatHoweverManyTriesArePending() {
        var locked = new Failures(5, 1, T0, T0.plusSeconds(60));

        assertThat(reservations.reserve(new TryReservations.Counter(locked, StrangersBudget.Day.NONE, 0, null), true,
                T0.plusSeconds(1))).isInstanceOf(TryReservations.Refused.class);
    }

    @Test
    void abandonedTriesCountAsFailuresAfterTwoMinutes() {
        var counter = new TryReservations.Counter(Failures.NONE, StrangersBudget.Day.NONE, 3, T0);

        assertThat(reservations.reserve(counter, true, T0.plus(TryReservations.ABANDONED_AFTER).minusMillis(1)))
                .isInstanceOf(TryReservations.Queued.class);
        var later = T0.plus(TryReservations.ABANDONED_AFTER);
        assertThat(reservations.reserve(counter, true, later)).isInstanceOf(TryReservations.Refused.class);
        var afterDelay = later.plusSeconds(2);
        var reserved = (TryReservations.Reserved) reservations.reserve(counter, true, afterDelay);
        assertThat(reserved.after().failures().consecutive()).isEqualTo(3);
        assertThat(reserved.after().day().failures()).isEqualTo(3);
        assertThat(reserved.after().pending()).isEqualTo(1);
    }

    /**
     * Property: whatever the interleaving of reservations and settlements of wrong guesses,
     * the guesses checked by any time never exceed what sequential guesses at the same times
     * would have had checked (their failures plus pending never above the sequential cap).
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void concurrentWrongGuessesNeverOutrunSequentialOnes(long seed) {
        var random = new Random(seed);
        var counter = TryReservations.Counter.NONE;
        var now = T0;
        int checked = 0;
        var inFlight = new ArrayDeque<Instant>();
        for (int step = 0; step < 5_000; step++) {
            now = now.plusMillis(random.nextInt(2_000));
            if (random.nextBoolean() && !inFlight.isEmpty()) {
                inFlight.poll();
                counter = reservations.settle(counter, false, true, now);
            } else if (reservations.reserve(counter, true, now) instanceof TryReservations.Reserved r) {
                counter = r.after();
                inFlight.add(now);
                checked++;
            }
            // pending tries counted as failures now: still within the lockout and the day's budget
            var failures = counter.failures();
            var day = counter.day();
            for (int i = 0; i < counter.pending(); i++) {
                failures = lockout.afterFailure(failures, now);
                day = StrangersBudget.afterFailure(day, now);
            }
            assertThat(failures.consecutive()).isLessThanOrEqualTo(LockoutPolicy.HARD_CAP);
            assertThat(counter.day().failures() + counter.pending())
                    .isLessThanOrEqualTo(StrangersBudget.WRONG_PASSWORDS_PER_DAY);
        }
        assertThat(now).isBefore(T0.plus(StrangersBudget.DAY));
        assertThat(checked).as("guesses checked within a day").isEqualTo(StrangersBudget.WRONG_PASSWORDS_PER_DAY);
    }
}
