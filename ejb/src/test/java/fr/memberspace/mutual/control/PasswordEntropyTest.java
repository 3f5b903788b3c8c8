package fr.memberspace.mutual.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import fr.memberspace.mutual.control.PasswordEntropy.Verdict;

/** The CNIL's way (délibération 2022-100): length × log2(alphabet of the required classes), to the nearest bit. */
class PasswordEntropyTest {

    @ParameterizedTest(name = "{0} characters, {1} classes: {2} bits, {3}")
    @CsvSource({
            // the CNIL's example 1 of case 1: 12 characters of the 4 classes (99) = 79.55, counted as 80
            "12, 4, 80, ENOUGH_ALONE",
            // its example 2: 14 characters of upper case, lower case and digits (62)
            "14, 3, 83, ENOUGH_ALONE",
            // the platform's default: 12 characters, 3 of 4 classes, digits and letters at least (62)
            "12, 3, 71, ENOUGH_WITH_RESTRICTION",
            // 9 characters of 3 classes: 53.6, enough only with lockout and challenge
            "9, 3, 54, ENOUGH_WITH_RESTRICTION",
            // 8 of 3 classes: 47.6, below even with restriction
            "8, 3, 48, BELOW",
            // no class required: digits alone may be used
            "15, 0, 50, ENOUGH_WITH_RESTRICTION",
            "14, 0, 47, BELOW",
            "24, 0, 80, ENOUGH_ALONE",
            // one class: digits
            "16, 1, 53, ENOUGH_WITH_RESTRICTION",
            // two classes: digits and lower case (36)
            "16, 2, 83, ENOUGH_ALONE",
            "15, 2, 78, ENOUGH_WITH_RESTRICTION"})
    void aPolicyIsJudgedTheCnilWay(int length, int classes, int bits, Verdict verdict) {
        assertEquals(bits, PasswordEntropy.roundedBits(length, classes));
        assertEquals(verdict, PasswordEntropy.verdict(length, classes));
    }

    @ParameterizedTest
    @CsvSource({"0, 10", "1, 10", "2, 36", "3, 62", "4, 99"})
    void theAlphabetIsTheCnilsClassSizes(int classes, int size) {
        assertEquals(size, PasswordEntropy.alphabet(classes));
    }
}
