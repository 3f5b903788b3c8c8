package fr.memberspace.password.rule;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ForbiddenCharactersTest {

    private final ForbiddenCharacters seed = new ForbiddenCharacters(ForbiddenCharacters.DEFAULT);

    @ParameterizedTest(name = "[{0}] is refused")
    @ValueSource(strings = {
            "Aujourd'hui2024",      // apostrophe
            "Cent%Pourcent2024",    // percent
            "C:\\Chemin\\2024",     // backslash
            "mot_de_passe_2024",    // underscore
            "'Debut2024abc",
            "Fin2024abcde_",
    })
    void eachForbiddenCharacterFailsWithTheKeyAndTheCharacters(String password) {
        assertThat(seed.check(PasswordAttempt.of(password)))
                .contains(new Violation("password.forbiddenCharacters", List.of("'%\\_")));
    }

    @ParameterizedTest(name = "[{0}] is allowed")
    @ValueSource(strings = {
            "Aujourd\u2019hui2024",  // typographic apostrophe is not the forbidden one
            "Cent-Pourcent!2024",
            "C:/Chemin/2024",
            "mot-de-passe 2024\ud83d\ude00",
            "\"guillemets\"#&*()",
    })
    void otherCharactersPass(String password) {
        assertThat(seed.check(PasswordAttempt.of(password))).isEmpty();
    }

    @Test
    void aMutualCanForbidOtherCharacters() {
        ForbiddenCharacters noSpace = new ForbiddenCharacters(" ");

        assertThat(noSpace.check(PasswordAttempt.of("mot de passe"))).isPresent();
        assertThat(noSpace.check(PasswordAttempt.of("mot_de_passe"))).isEmpty();
        assertThat(noSpace.requirement()).isEqualTo(Requirement.of("password.forbiddenCharacters", " "));
    }
}
