package fr.memberspace.team.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    /** RFC 6238, appendix B (SHA-1): the last 6 of its 8 digits. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({"59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130"})
    void codesOfRfc6238(long seconds, String code) {
        assertThat(TotpCodes.code(RFC_SECRET, Instant.ofEpochSecond(seconds))).isEqualTo(code);
    }

    @Test
    void theCodeOfNowIsAcceptedOnceForItsStep() {
        var now = Instant.ofEpochSecond(1_111_111_111);
        var code = TotpCodes.code(RFC_SECRET, now);

        var step = TotpCodes.accept(RFC_SECRET, code, now, null);

        assertThat(step).hasValue(TotpCodes.step(now));
        assertThat(TotpCodes.accept(RFC_SECRET, code, now, step.getAsLong())).isEmpty();
        assertThat(TotpCodes.matchesAnyRecentStep(RFC_SECRET, code, now)).isTrue();
    }

    @Test
    void oneStepEitherSideIsAcceptedTwoIsNot() {
        var now = Instant.ofEpochSecond(1_111_111_110);
        assertThat(TotpCodes.accept(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.minusSeconds(30)), now, null)).isPresent();
        assertThat(TotpCodes.accept(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.plusSeconds(30)), now, null)).isPresent();
        assertThat(TotpCodes.accept(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.minusSeconds(60)), now, null)).isEmpty();
        assertThat(TotpCodes.accept(RFC_SECRET, TotpCodes.code(RFC_SECRET, now.plusSeconds(60)), now, null)).isEmpty();
    }

    @Test
    void aCodeOlderThanTheLastAcceptedIsRefused() {
        var now = Instant.ofEpochSecond(1_111_111_110);
        var previous = TotpCodes.code(RFC_SECRET, now.minusSeconds(30));
        assertThat(TotpCodes.accept(RFC_SECRET, previous, now, TotpCodes.step(now))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "12345", "1234567", "abcdef", "12 34 5x", "NULL"}, nullValues = "NULL")
    void malformedCodesAreRefused(String typed) {
        assertThat(TotpCodes.accept(RFC_SECRET, typed, Instant.ofEpochSecond(59), null)).isEmpty();
    }

    @Test
    void spacesTypedInACodeAreIgnored() {
        var now = Instant.ofEpochSecond(59);
        assertThat(TotpCodes.accept(RFC_SECRET, "287 082", now, null)).isPresent();
    }
}
