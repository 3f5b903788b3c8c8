package fr.memberspace.password;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordTextTest {

    @Test
    void nfdAndNfcOfTheSamePasswordNormaliseToOneString() {
        String nfd = "Cle\u0301ment-Ho\u0302pital";
        String nfc = "Cl\u00e9ment-H\u00f4pital";

        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(PasswordText.normalise(nfd)).isEqualTo(nfc);
        assertThat(PasswordText.normalise(nfc)).isEqualTo(nfc);
    }

    @Test
    void nullIsTheEmptyPassword() {
        assertThat(PasswordText.normalise(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} has {1} characters")
    @CsvSource({
            "abc, 3",
            "\u00e9t\u00e9, 3",
            "\ud83d\ude00, 1",                // one emoji, two chars
            "\ud83d\ude00\ud83d\udd12ab, 4",
            "\u6f22\u5b57, 2",
    })
    void lengthCountsCodePoints(String password, int length) {
        assertThat(PasswordText.length(password)).isEqualTo(length);
    }
}
