package fr.memberspace.mutual.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MemberNumberFormatTest {

    @ParameterizedTest
    @CsvSource({"193592, 193592", "' 100002 ', 100002", "12345678901234567890, 12345678901234567890"})
    void digitsAreNumbersOfEveryFormat(String typed, String stored) {
        assertEquals(Optional.of(stored), MemberNumberFormat.DIGITS.normalise(typed));
        assertEquals(Optional.of(stored), MemberNumberFormat.LETTERS_AND_DIGITS.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "AB123", "12 34", "123456789012345678901", "１２３", "12-3", "1\u00002"})
    void theDefaultTakesOneToTwentyAsciiDigitsOnly(String typed) {
        assertTrue(MemberNumberFormat.DIGITS.normalise(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @CsvSource({"ab12cd, AB12CD", "' Xy9 ', XY9", "ABCDEFGHIJ0123456789, ABCDEFGHIJ0123456789"})
    void lettersAreKeptInUpperCase(String typed, String stored) {
        assertEquals(Optional.of(stored), MemberNumberFormat.LETTERS_AND_DIGITS.normalise(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ı1", "ß12", "é12", "ABCDEFGHIJ01234567890", "AB_12", "<b>", "%", "a b"})
    void onlyAsciiLettersAndTwentyAtMost(String typed) {
        assertTrue(MemberNumberFormat.LETTERS_AND_DIGITS.normalise(typed).isEmpty(), typed);
    }

    @Test
    void aLongValueIsRefusedWithoutBeingCut() {
        assertTrue(MemberNumberFormat.DIGITS.normalise("1".repeat(100_000)).isEmpty());
        assertTrue(MemberNumberFormat.DIGITS.normalise(null).isEmpty());
    }

    @Test
    void anUnknownStoredNameReadsAsDigits() {
        assertEquals(MemberNumberFormat.DIGITS, MemberNumberFormat.of("[A-Z]*"));
        assertEquals(MemberNumberFormat.LETTERS_AND_DIGITS, MemberNumberFormat.of("LETTERS_AND_DIGITS"));
    }
}
