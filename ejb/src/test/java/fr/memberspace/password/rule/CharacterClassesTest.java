package fr.memberspace.password.rule;

import fr.memberspace.password.rule.CharacterClasses.CharacterClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static fr.memberspace.password.rule.CharacterClasses.CharacterClass.DIGIT;
import static fr.memberspace.password.rule.CharacterClasses.CharacterClass.LOWER_CASE;
import static fr.memberspace.password.rule.CharacterClasses.CharacterClass.SPECIAL;
import static fr.memberspace.password.rule.CharacterClasses.CharacterClass.UPPER_CASE;
import static org.assertj.core.api.Assertions.assertThat;

class CharacterClassesTest {

    private final CharacterClasses threeOfFour = new CharacterClasses(3);

    @Test
    void twoClassesFailWithTheKeyAndThreeOfFour() {
        assertThat(threeOfFour.check(PasswordAttempt.of("motdepasse2024")))
                .contains(new Violation("password.characterClasses", List.of(3, 4)));
    }

    @Test
    void threeClassesPass() {
        assertThat(threeOfFour.check(PasswordAttempt.of("Motdepasse2024"))).isEmpty();
    }

    @ParameterizedTest(name = "[{0}] has {1} classes")
    @CsvSource(delimiter = '|', value = {
            "abcdefgh           | 1",
            "ABCDEFGH           | 1",
            "12345678           | 1",
            "!!!!????           | 1",
            "abcdEFGH           | 2",
            "abcd1234           | 2",
            "abcd!234           | 3",
            "Abcd1234           | 3",
            "Abcd!234           | 4",
            // accented letters have a case
            "\u00c9T\u00c9 \u00e0 l'\u00e9cole  | 3",
            "\u00e9l\u00e9phant\u00e7a  | 1",
            "\u00c9L\u00c9PHANT\u00c7A  | 1",
            "\u00c9l\u00e9phant1    | 3",
            // NFD form of the same: the combining accent is gone after NFC, so no extra special
            "E\u0301le\u0301phant1  | 3",
            "stra\u00dfe\u00c6\u0152     | 2",
            // emoji and other symbols are special characters
            "motdepasse\ud83d\ude00    | 2",
            "Motdepasse\ud83d\ude00    | 3",
            "motdepasse\u20ac1     | 3",
            "motdepasse\u00a71     | 3",
            // caseless letters (CJK, Arabic) count as lower case: a letter, not a special character
            "\u6f22\u5b57\u6f22\u5b57    | 1",
            "\u6f22\u5b57A1        | 3",
            "\u0645\u0631\u062d\u0628\u0627!   | 2",
            // digits of other scripts are digits
            "abc\u0661\u0662\u0663       | 2",
            // title case letters count as upper case
            "\u01c5abc           | 2",
    })
    void countsClassesTheFrenchWay(String password, int classes) {
        assertThat(CharacterClasses.classesIn(PasswordAttempt.of(password).password())).hasSize(classes);
        assertThat(threeOfFour.check(PasswordAttempt.of(password)).isEmpty()).isEqualTo(classes >= 3);
    }

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource({
            "A, UPPER_CASE", "\u00c9, UPPER_CASE", "\u00c7, UPPER_CASE", "\u0152, UPPER_CASE",
            "a, LOWER_CASE", "\u00e9, LOWER_CASE", "\u00ff, LOWER_CASE", "\u00df, LOWER_CASE", "\u6f22, LOWER_CASE",
            "0, DIGIT", "9, DIGIT", "\u0663, DIGIT",
            "!, SPECIAL", "' ', SPECIAL", "\u20ac, SPECIAL", "-, SPECIAL", "\u00b2, SPECIAL",
    })
    void classifiesEachCharacter(String character, CharacterClass expected) {
        assertThat(CharacterClasses.classOf(character.codePointAt(0))).isEqualTo(expected);
    }

    @Test
    void classifiesEmojiAsSpecial() {
        assertThat(CharacterClasses.classOf("\ud83d\ude00".codePointAt(0))).isEqualTo(SPECIAL);
        assertThat(CharacterClasses.classesIn("\ud83d\udd12")).containsExactly(SPECIAL);
    }

    @Test
    void fourOfFourNeedsEveryClass() {
        CharacterClasses all = new CharacterClasses(4);

        assertThat(all.check(PasswordAttempt.of("Abcdefgh1234"))).isPresent();
        assertThat(all.check(PasswordAttempt.of("Abcdefgh123!"))).isEmpty();
        assertThat(CharacterClasses.classesIn("Abcdefgh123!")).containsExactlyInAnyOrder(UPPER_CASE, LOWER_CASE, DIGIT, SPECIAL);
    }
}
