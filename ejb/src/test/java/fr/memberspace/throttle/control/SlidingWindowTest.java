package fr.memberspace.throttle.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlidingWindowTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final SlidingWindow signIn = new SlidingWindow(AddressLimits.DEFAULT.signIn());

    @Test
    void defaults_per_address() {
        assertThat(AddressLimits.DEFAULT).isEqualTo(new AddressLimits(
                new AddressLimit(20, Duration.ofMinutes(10)),
                new AddressLimit(10, Duration.ofHours(1)),
                new AddressLimit(30, Duration.ofMinutes(10)),
                new AddressLimit(30, Duration.ofMinutes(10))));
    }

    @Test
    void events_are_counted_per_minute() {
        assertThat(SlidingWindow.minuteOf(Instant.parse("2026-03-02T10:07:59.999Z")))
                .isEqualTo(Instant.parse("2026-03-02T10:07:00Z"));
    }

    @Test
    void nineteen_sign_ins_in_the_window_allow_a_twentieth() {
        assertThat(signIn.waitBeforeNext(List.of(new EventCount(T0, 19)), T0.plusSeconds(30))).isEmpty();
    }

    @ParameterizedTest(name = "20 events in the minute of 10:00, at 10:00 + {0} s -> wait {1} s")
    @CsvSource({"0,660", "30,630", "300,360", "659,1"})
    void twenty_sign_ins_refuse_until_their_minute_leaves_the_window(long secondsLater, long wait) {
        assertThat(signIn.waitBeforeNext(List.of(new EventCount(T0, 20)), T0.plusSeconds(secondsLater)))
                .contains(Duration.ofSeconds(wait));
    }

    @Test
    void once_the_minute_has_left_the_window_sign_in_is_allowed_again() {
        List<EventCount> counts = List.of(new EventCount(T0, 20));
        assertThat(signIn.waitBeforeNext(counts, T0.plus(Duration.ofMinutes(11)).minusMillis(1)))
                .contains(Duration.ofMillis(1));
        assertThat(signIn.waitBeforeNext(counts, T0.plus(Duration.ofMinutes(11)))).isEmpty();
    }

    @Test
    void the_wait_lasts_until_the_oldest_minutes_bring_the_count_under_the_limit() {
        // 3 events a minute from 10:00 to 10:08: 27 counted, 8 must leave; 10:00 and 10:01 hold 6,
        // 10:02 brings it to 9: it leaves the window at 10:13.
        List<EventCount> counts = IntStream.range(0, 9)
                .mapToObj(m -> new EventCount(T0.plus(Duration.ofMinutes(m)), 3)).toList();
        Instant now = T0.plus(Duration.ofMinutes(8)).plusSeconds(30);
        assertThat(signIn.waitBeforeNext(counts, now)).contains(Duration.ofMinutes(4).plusSeconds(30));
    }

    @Test
    void old_minutes_are_ignored_and_the_order_does_not_matter() {
        List<EventCount> counts = List.of(
                new EventCount(T0.plus(Duration.ofMinutes(20)), 10),
                new EventCount(T0, 50), // left the window at 10:11
                new EventCount(T0.plus(Duration.ofMinutes(15)), 9));
        assertThat(signIn.waitBeforeNext(counts, T0.plus(Duration.ofMinutes(20)))).isEmpty();
        assertThat(signIn.waitBeforeNext(withEvent(counts, T0.plus(Duration.ofMinutes(20))),
                T0.plus(Duration.ofMinutes(20)))).contains(Duration.ofMinutes(6));
    }

    @Test
    void code_requests_are_limited_to_10_per_hour() {
        SlidingWindow codeRequests = new SlidingWindow(AddressLimits.DEFAULT.codeRequests());
        assertThat(codeRequests.waitBeforeNext(List.of(new EventCount(T0, 9)), T0)).isEmpty();
        assertThat(codeRequests.waitBeforeNext(List.of(new EventCount(T0, 10)), T0.plus(Duration.ofMinutes(30))))
                .contains(Duration.ofMinutes(31));
    }

    @Test
    void rows_that_no_longer_count_may_be_purged() {
        Instant now = T0.plus(Duration.ofMinutes(11));
        Instant forgottenBefore = signIn.forgottenBefore(now);
        assertThat(T0).isBefore(forgottenBefore);
        assertThat(T0.plus(SlidingWindow.BUCKET)).isAfter(forgottenBefore);
        assertThat(signIn.waitBeforeNext(List.of(new EventCount(T0, 100)), now)).isEmpty();
        assertThat(signIn.waitBeforeNext(List.of(new EventCount(T0.plus(SlidingWindow.BUCKET), 100)), now)).isPresent();
    }

    @ParameterizedTest(name = "{0} per {1} min, an attempt every {2} s")
    @CsvSource({"20,10,1", "20,10,7", "10,60,13", "30,10,3", "1,1,1"})
    void a_client_trying_all_the_time_never_exceeds_the_limit_in_any_window(int max, long minutes, long every) {
        AddressLimit limit = new AddressLimit(max, Duration.ofMinutes(minutes));
        SlidingWindow window = new SlidingWindow(limit);
        List<EventCount> counts = new ArrayList<>();
        List<Instant> allowed = new ArrayList<>();
        for (Instant now = T0; now.isBefore(T0.plus(Duration.ofHours(3))); now = now.plusSeconds(every)) {
            if (window.waitBeforeNext(counts, now).isEmpty()) {
                counts = withEvent(counts, now);
                allowed.add(now);
            }
        }
        for (Instant event : allowed) {
            long inWindow = allowed.stream()
                    .filter(t -> !t.isAfter(event) && t.isAfter(event.minus(limit.window()))).count();
            assertThat(inWindow).isLessThanOrEqualTo(max);
        }
        // And the limit does not starve the client: over 3 hours it gets most of its quota.
        long windows = Duration.ofHours(3).dividedBy(limit.window().plus(SlidingWindow.BUCKET));
        assertThat((long) allowed.size()).isGreaterThanOrEqualTo(Math.min(windows * max, 3 * 3600 / every) / 2);
    }

    @Test
    void a_limit_needs_one_event_and_one_minute() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressLimit(0, Duration.ofMinutes(10)));
        assertThatIllegalArgumentException().isThrownBy(() -> new AddressLimit(20, Duration.ofSeconds(59)));
    }

    /** The counts after one more event at {@code now}, as the database's rows per minute would be. */
    private static List<EventCount> withEvent(List<EventCount> counts, Instant now) {
        Instant minute = SlidingWindow.minuteOf(now);
        List<EventCount> updated = new ArrayList<>(counts.stream().filter(c -> !c.minute().equals(minute)).toList());
        int before = counts.stream().filter(c -> c.minute().equals(minute)).mapToInt(EventCount::count).sum();
        updated.add(new EventCount(minute, before + 1));
        return updated;
    }
}
