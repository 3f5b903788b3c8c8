package fr.memberspace.password.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MaximumLengthTest {

    private final MaximumLength rule = new MaximumLength(MaximumLength.DEFAULT);

    @Test
    void oneHundredTwentyNineCharactersFailWithTheKeyAndTheMaximum() {
        assertThat(rule.check(PasswordAttempt.of("a".repeat(129))))
                .contains(new Violation("password.maximumLength", List.of(128)));
    }

    @ParameterizedTest(name = "{0} characters pass")
    @ValueSource(ints = {1, 12, 64, 100, 127, 128})
    void upToOneHundredTwentyEightCharactersPass(int length) {
        assertThat(rule.check(PasswordAttempt.of("a".repeat(length)))).isEmpty();
    }

    @Test
    void sixtyFourCharacterPassphrasePasses() {
        String passphrase = "Le petit chat gris dort sur le canap\u00e9 de la v\u00e9randa, 77 jours !!";
        assertThat(PasswordAttempt.of(passphrase).length()).isEqualTo(64);

        assertThat(rule.check(PasswordAttempt.of(passphrase))).isEmpty();
    }

    @Test
    void countsEmojiAsOneCharacter() {
        String emoji = "\ud83d\udd12".repeat(128); // 256 chars, 128 code points

        assertThat(rule.check(PasswordAttempt.of(emoji))).isEmpty();
        assertThat(rule.check(PasswordAttempt.of(emoji + "a"))).isPresent();
    }
}
