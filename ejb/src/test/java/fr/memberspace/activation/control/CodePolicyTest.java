package fr.memberspace.activation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodePolicyTest {

    @Test
    void defaults_follow_the_product_decisions() {
        assertThat(CodePolicy.DEFAULT).isEqualTo(
                new CodePolicy(6, Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 5));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 10})
    void lengths_from_5_to_10_are_accepted(int length) {
        assertThat(CodePolicy.DEFAULT.withLength(length).length()).isEqualTo(length);
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 11})
    void other_lengths_are_refused(int length) {
        assertThatIllegalArgumentException().isThrownBy(() -> CodePolicy.DEFAULT.withLength(length));
    }

    @Test
    void validity_must_be_positive() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CodePolicy(6, Duration.ZERO, 5, Duration.ofSeconds(60), 5));
    }

    @Test
    void at_least_one_try_and_one_code_per_hour() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CodePolicy(6, Duration.ofMinutes(10), 0, Duration.ofSeconds(60), 5));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CodePolicy(6, Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 0));
    }

    @Test
    void cooldown_may_be_zero_but_not_negative() {
        assertThat(new CodePolicy(6, Duration.ofMinutes(10), 5, Duration.ZERO, 5).resendCooldown()).isZero();
        assertThatIllegalArgumentException().isThrownBy(
                () -> new CodePolicy(6, Duration.ofMinutes(10), 5, Duration.ofSeconds(-1), 5));
    }
}
