package fr.memberspace.memberimport.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Invitations spaced at the mutual's rate, after those already waiting. */
class InvitationPaceTest {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    @ParameterizedTest(name = "{0} a minute: one every {1} ms")
    @CsvSource({"1, 60000", "60, 1000", "600, 100", "6000, 10", "7, 8571"})
    void theIntervalIsAMinuteDividedByTheRate(int perMinute, long millis) {
        assertEquals(millis, new InvitationPace(perMinute).interval().toMillis());
    }

    @Test
    void aThousandInvitationsAtSixHundredAMinuteSpanAlmostOneMinuteFortyAndNeverTwoAtOnce() {
        var pace = new InvitationPace(600);
        assertEquals(NOW, pace.slot(NOW, 0));
        assertEquals(NOW.plusMillis(100), pace.slot(NOW, 1));
        assertEquals(NOW.plus(Duration.ofMillis(99_900)), pace.slot(NOW, 999));
    }

    @Test
    void nothingWaitingStartsNow() {
        assertEquals(NOW, new InvitationPace(60).firstFree(NOW, null));
        assertEquals(NOW, new InvitationPace(60).firstFree(NOW, NOW.minusSeconds(5)));
    }

    @Test
    void invitationsStillWaitingPushTheNextOnesOneIntervalLater() {
        // another run of the same mutual, or this one before a restart, queued up to 10 minutes ahead
        assertEquals(NOW.plusSeconds(601), new InvitationPace(60).firstFree(NOW, NOW.plusSeconds(600)));
        // the last one waiting is due in less than an interval: the next waits the interval after it
        assertEquals(NOW.plusMillis(1500), new InvitationPace(60).firstFree(NOW, NOW.plusMillis(500)));
    }

    @Test
    void aRateUnderOneIsNoRate() {
        assertThrows(IllegalArgumentException.class, () -> new InvitationPace(0));
    }
}
