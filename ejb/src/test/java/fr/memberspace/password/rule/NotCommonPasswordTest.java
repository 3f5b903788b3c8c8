package fr.memberspace.password.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NotCommonPasswordTest {

    private final NotCommonPassword rule = new NotCommonPassword();

    @ParameterizedTest(name = "[{0}] is common")
    @ValueSource(strings = {
            "password", "123456", "azerty", "qwerty123456", "1qaz2wsx3edc", "123qweasdzxc",
            // case does not help
            "PASSWORD", "Password", "QwErTy123456", "AZERTY",
    })
    void commonPasswordsFailWithTheKey(String password) {
        assertThat(rule.check(PasswordAttempt.of(password)))
                .contains(new Violation("password.notCommon", List.of()));
    }

    @ParameterizedTest(name = "[{0}] is not common")
    @ValueSource(strings = {
            "Bl\u00e9-Noir-Cr\u00eape-42", "Tournesol!Moulin7", "x7#Kq9!vR2mZ",
    })
    void uncommonPasswordsPass(String password) {
        assertThat(rule.check(PasswordAttempt.of(password))).isEmpty();
    }

    @Test
    void usesTheWholeZxcvbnList() {
        // entries deep in zxcvbn's passwords list (rank 8036, and the 30,000th and last one)
        assertThat(NotCommonPassword.isCommon("hunter2")).isTrue();
        assertThat(NotCommonPassword.isCommon("geekboy")).isTrue();
        assertThat(NotCommonPassword.isCommon("Hunter2")).isTrue();
        assertThat(NotCommonPassword.isCommon("hunter2-not-in-list")).isFalse();
    }
}
