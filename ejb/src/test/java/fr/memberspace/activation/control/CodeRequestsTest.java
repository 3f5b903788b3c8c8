package fr.memberspace.activation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.memberspace.activation.control.CodeRequests.Reason;
import fr.memberspace.activation.control.CodeRequests.Refusal;

class CodeRequestsTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    private final CodeRequests requests = new CodeRequests(CodePolicy.DEFAULT);

    @Test
    void a_first_code_is_sent() {
        assertThat(requests.refusal(List.of(), NOW)).isEmpty();
    }

    @ParameterizedTest(name = "last code {0} s ago -> wait {1} s")
    @CsvSource({"0,60", "1,59", "30,30", "59,1"})
    void within_the_cooldown_a_new_code_is_refused(long secondsAgo, long wait) {
        assertThat(requests.refusal(List.of(NOW.minusSeconds(secondsAgo)), NOW))
                .contains(new Refusal(Reason.COOLDOWN, Duration.ofSeconds(wait)));
    }

    @ParameterizedTest(name = "last code {0} s ago -> sent")
    @CsvSource({"60", "61", "3599", "3600"})
    void after_the_cooldown_a_new_code_is_sent(long secondsAgo) {
        assertThat(requests.refusal(List.of(NOW.minusSeconds(secondsAgo)), NOW)).isEmpty();
    }

    @Test
    void the_cooldown_counts_from_the_latest_code_whatever_the_order() {
        List<Instant> sent = List.of(NOW.minusSeconds(50), NOW.minusSeconds(500), NOW.minusSeconds(10));
        assertThat(requests.refusal(sent, NOW)).contains(new Refusal(Reason.COOLDOWN, Duration.ofSeconds(50)));
    }

    /** A mutual allowing 3 codes an hour: under the platform's 4 a day, so the hourly rule shows. */
    private final CodeRequests threeAnHour = new CodeRequests(
            new CodePolicy(6, Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 3));

    @Test
    void two_codes_in_the_last_hour_allow_a_third() {
        assertThat(threeAnHour.refusal(minutesAgo(50, 40), NOW)).isEmpty();
    }

    @Test
    void three_codes_in_the_last_hour_refuse_until_the_oldest_leaves_the_hour() {
        assertThat(threeAnHour.refusal(minutesAgo(50, 40, 30), NOW))
                .contains(new Refusal(Reason.HOURLY_LIMIT, Duration.ofMinutes(10)));
    }

    @Test
    void a_code_sent_exactly_an_hour_ago_no_longer_counts_in_the_hour() {
        assertThat(threeAnHour.refusal(minutesAgo(60, 40, 30), NOW)).isEmpty();
        assertThat(threeAnHour.refusal(List.of(NOW.minusSeconds(3599), NOW.minusSeconds(2400), NOW.minusSeconds(1800)), NOW))
                .contains(new Refusal(Reason.HOURLY_LIMIT, Duration.ofSeconds(1)));
    }

    @Test
    void with_more_codes_than_the_limit_the_wait_lasts_until_enough_have_left() {
        // 3 codes in the hour with a limit of 1: all 3 must leave; the last leaves in 50 min.
        var oneAnHour = new CodeRequests(new CodePolicy(6, Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 1));
        assertThat(oneAnHour.refusal(minutesAgo(55, 30, 10), NOW))
                .contains(new Refusal(Reason.HOURLY_LIMIT, Duration.ofMinutes(50)));
    }

    @Test
    void when_both_rules_refuse_the_longer_wait_is_given() {
        assertThat(threeAnHour.refusal(List.of(NOW.minusSeconds(3590), NOW.minusSeconds(200), NOW.minusSeconds(30)), NOW))
                .contains(new Refusal(Reason.COOLDOWN, Duration.ofSeconds(30)));
        assertThat(threeAnHour.refusal(minutesAgo(50, 40, 0), NOW))
                .contains(new Refusal(Reason.HOURLY_LIMIT, Duration.ofMinutes(10)));
    }

    @Test
    void three_codes_in_a_day_allow_a_fourth() {
        assertThat(requests.refusal(hoursAgo(23, 12, 6), NOW)).isEmpty();
    }

    @Test
    void four_codes_in_a_day_refuse_until_the_oldest_leaves_the_day() {
        assertThat(requests.refusal(hoursAgo(23, 12, 6, 2), NOW))
                .contains(new Refusal(Reason.DAILY_LIMIT, Duration.ofHours(1)));
        assertThat(requests.refusal(hoursAgo(24, 12, 6, 2), NOW)).isEmpty();
    }

    @Test
    void four_codes_within_minutes_wait_for_the_day_not_the_hour() {
        assertThat(requests.refusal(minutesAgo(4, 3, 2, 1), NOW))
                .contains(new Refusal(Reason.DAILY_LIMIT, Duration.ofDays(1).minusMinutes(4)));
    }

    @Test
    void the_limits_follow_the_mutual_policy() {
        CodePolicy strict = new CodePolicy(8, Duration.ofMinutes(5), 3, Duration.ofMinutes(2), 2);
        CodeRequests strictRequests = new CodeRequests(strict);
        assertThat(strictRequests.refusal(List.of(NOW.minusSeconds(119)), NOW))
                .contains(new Refusal(Reason.COOLDOWN, Duration.ofSeconds(1)));
        assertThat(strictRequests.refusal(minutesAgo(20, 10), NOW))
                .contains(new Refusal(Reason.HOURLY_LIMIT, Duration.ofMinutes(40)));
    }

    @Test
    void reasons_carry_the_message_key_of_the_view() {
        assertThat(Reason.COOLDOWN.messageKey()).isEqualTo("code.request.cooldown");
        assertThat(Reason.HOURLY_LIMIT.messageKey()).isEqualTo("code.request.hourly-limit");
        assertThat(Reason.DAILY_LIMIT.messageKey()).isEqualTo("code.request.daily-limit");
    }

    private static List<Instant> hoursAgo(long... hours) {
        return Arrays.stream(hours).mapToObj(h -> NOW.minus(Duration.ofHours(h))).toList();
    }

    private static List<Instant> minutesAgo(long... minutes) {
        return Arrays.stream(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }
}
