package fr.memberspace.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class StaffLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-28T23:00:00Z");

    @Test
    void noLockBeforeTheFifthFailure() {
        for (int failures = 1; failures < 5; failures++) {
            assertThat(StaffLockout.lockAfter(failures, NOW)).isNull();
        }
    }

    @Test
    void everyFifthFailureLocksOneMinuteDoublingUpToFifteen() {
        assertThat(StaffLockout.lockAfter(5, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(StaffLockout.lockAfter(10, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(StaffLockout.lockAfter(15, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(StaffLockout.lockAfter(25, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(StaffLockout.lockAfter(500, NOW)).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void lockedUntilTheLockEnds() {
        var until = NOW.plusSeconds(60);
        assertThat(StaffLockout.isLocked(until, NOW)).isTrue();
        assertThat(StaffLockout.isLocked(until, until)).isFalse();
        assertThat(StaffLockout.isLocked(null, NOW)).isFalse();
    }
}
