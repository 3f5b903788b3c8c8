package fr.memberspace.activation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivationCodesTest {

    @Test
    void default_length_is_six_digits() {
        assertThat(new ActivationCodes().next()).matches("[0-9]{6}");
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 6, 7, 8, 9, 10})
    void codes_have_exactly_the_configured_number_of_ascii_digits(int length) {
        ActivationCodes codes = new ActivationCodes(length);
        for (int i = 0; i < 200; i++) {
            assertThat(codes.next()).hasSize(length).matches("[0-9]+");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 4, 11, 20})
    void other_lengths_are_refused(int length) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ActivationCodes(length));
    }

    @Test
    void leading_zeros_are_kept() {
        SecureRandom allZeroBits = new SecureRandom() {
            @Override
            public synchronized void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, (byte) 0);
            }
        };
        assertThat(new ActivationCodes(6, allZeroBits).next()).isEqualTo("000000");
    }

    @Test
    void draws_that_would_bias_the_digits_are_rejected() {
        // 31-bit draws at or above 2^31 - (2^31 mod 10) would favour low digits; the first
        // draw here is the maximum (rejected), the second one gives 7.
        SecureRandom source = new SecureRandom() {
            private int calls;

            @Override
            public synchronized void nextBytes(byte[] bytes) {
                Arrays.fill(bytes, calls++ % 2 == 0 ? (byte) 0xFF : (byte) 0);
                if (calls % 2 == 0) {
                    bytes[bytes.length - 1] = 7 << 1; // next(31) drops the lowest bit
                }
            }
        };
        assertThat(new ActivationCodes(5, source).next()).isEqualTo("77777");
    }

    @Test
    void every_digit_is_equally_likely_at_every_position() {
        ActivationCodes codes = new ActivationCodes(6);
        int samples = 60_000;
        int[][] counts = new int[6][10];
        for (int i = 0; i < samples; i++) {
            String code = codes.next();
            for (int position = 0; position < 6; position++) {
                counts[position][code.charAt(position) - '0']++;
            }
        }
        double expected = samples / 10.0;
        for (int[] position : counts) {
            double chiSquare = Arrays.stream(position).mapToDouble(c -> (c - expected) * (c - expected) / expected).sum();
            // 9 degrees of freedom: P(chi2 > 40) < 1e-5 for a uniform source.
            assertThat(chiSquare).isLessThan(40.0);
        }
    }
}
