package fr.memberspace.support.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LikePatternTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Dubois|%dubois%",
            "100%|%100!%%",
            "a_b|%a!_b%",
            "x!y|%x!!y%",
            "'; DROP TABLE member; --|%'; drop table member; --%"})
    void wildcardsTypedMatchThemselves(String typed, String pattern) {
        assertThat(LikePattern.containing(typed)).isEqualTo(pattern);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1000|1000%", "10_|10!_%"})
    void aPrefixEndsWithTheOnlyWildcard(String typed, String pattern) {
        assertThat(LikePattern.startingWith(typed)).isEqualTo(pattern);
    }
}
