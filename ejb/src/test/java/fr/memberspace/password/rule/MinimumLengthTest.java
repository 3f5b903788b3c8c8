package fr.memberspace.password.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MinimumLengthTest {

    private final MinimumLength twelve = new MinimumLength(12);

    @Test
    void elevenCharactersFailWithTheKeyAndTheMinimum() {
        assertThat(twelve.check(PasswordAttempt.of("abcdefghijk")))
                .contains(new Violation("password.minimumLength", List.of(12)));
    }

    @Test
    void twelveCharactersPass() {
        assertThat(twelve.check(PasswordAttempt.of("abcdefghijkl"))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] is {1} code points: passes={2}")
    @CsvSource(delimiter = '|', value = {
            "''                             | 0  | false",
            "aaaaaaaaaaa                    | 11 | false",
            "aaaaaaaaaaaa                   | 12 | true",
            "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9 | 11 | false",
            // NFD: 11 letters written with 22 chars, still 11 characters once NFC
            "e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301 | 11 | false",
            // 11 emoji = 22 chars, still 11 characters
            "\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00 | 11 | false",
            "\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00\ud83d\ude00 | 12 | true",
            "\u6f22\u5b57\u6f22\u5b57\u6f22\u5b57\u6f22\u5b57\u6f22\u5b57\u6f22\u5b57 | 12 | true",
    })
    void countsCodePointsAfterNfc(String password, int codePoints, boolean passes) {
        PasswordAttempt attempt = PasswordAttempt.of(password);

        assertThat(attempt.length()).isEqualTo(codePoints);
        assertThat(twelve.check(attempt).isEmpty()).isEqualTo(passes);
    }

    @Test
    void describesItselfWithItsMinimum() {
        assertThat(new MinimumLength(8).requirement()).isEqualTo(Requirement.of("password.minimumLength", 8));
    }

    @Test
    void refusesAMinimumBelowOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new MinimumLength(0));
    }
}
