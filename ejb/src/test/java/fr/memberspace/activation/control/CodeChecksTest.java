package fr.memberspace.activation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.memberspace.activation.control.CodeChecks.Reason;

class CodeChecksTest {

    private static final Instant SENT = Instant.parse("2026-03-02T10:00:00Z");

    private final CodeChecks checks = new CodeChecks(CodePolicy.DEFAULT);

    @Test
    void a_fresh_code_may_be_checked() {
        assertThat(checks.refusal(SENT, 0, SENT)).isEmpty();
    }

    @Test
    void a_code_is_valid_for_10_minutes() {
        assertThat(checks.refusal(SENT, 0, SENT.plus(Duration.ofMinutes(10)).minusMillis(1))).isEmpty();
        assertThat(checks.refusal(SENT, 0, SENT.plus(Duration.ofMinutes(10)))).contains(Reason.EXPIRED);
        assertThat(checks.expiresAt(SENT)).isEqualTo(SENT.plus(Duration.ofMinutes(10)));
    }

    @ParameterizedTest(name = "{0} wrong tries -> refused: {1}, tries left {2}")
    @CsvSource({"0,false,5", "4,false,1", "5,true,0", "6,true,0"})
    void five_wrong_tries_use_up_the_code(int wrongTries, boolean refused, int left) {
        assertThat(checks.refusal(SENT, wrongTries, SENT.plusSeconds(1)).isPresent()).isEqualTo(refused);
        assertThat(checks.triesLeft(wrongTries)).isEqualTo(left);
    }

    @Test
    void used_up_tries_are_reported_before_expiry() {
        assertThat(checks.refusal(SENT, 5, SENT.plus(Duration.ofHours(1)))).contains(Reason.TOO_MANY_WRONG_TRIES);
    }

    @Test
    void reasons_carry_the_message_key_of_the_view() {
        assertThat(Reason.EXPIRED.messageKey()).isEqualTo("code.check.expired");
        assertThat(Reason.TOO_MANY_WRONG_TRIES.messageKey()).isEqualTo("code.check.too-many-wrong-tries");
    }
}
