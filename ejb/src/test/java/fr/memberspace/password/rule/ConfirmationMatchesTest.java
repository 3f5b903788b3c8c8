package fr.memberspace.password.rule;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfirmationMatchesTest {

    private final ConfirmationMatches rule = new ConfirmationMatches();

    @ParameterizedTest(name = "[{0}] confirmed by [{1}]: {2}")
    @CsvSource(delimiter = '|', value = {
            "Tournesol!Moulin7  | Tournesol!Moulin7  | true",
            "Tournesol!Moulin7  | tournesol!Moulin7  | false",
            "Tournesol!Moulin7  | Tournesol!Moulin   | false",
            "Tournesol!Moulin7  | ''                 | false",
            "Cr\u00eape-Bl\u00e9!7   | Cre\u0302pe-Ble\u0301!7  | true",   // NFC typed, NFD confirmed
    })
    void confirmationMustBeTheSamePassword(String password, String confirmation, boolean passes) {
        var violation = rule.check(new PasswordAttempt(password, confirmation, MemberData.NONE));

        assertThat(violation.isEmpty()).isEqualTo(passes);
        violation.ifPresent(v -> assertThat(v).isEqualTo(new Violation("password.confirmationMatches", List.of())));
    }
}
