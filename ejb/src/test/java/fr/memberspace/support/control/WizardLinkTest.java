package fr.memberspace.support.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WizardLinkTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://espace.example.org|https://espace.example.org/mcrn/mot-de-passe",
            "https://espace.example.org/|https://espace.example.org/mcrn/mot-de-passe",
            "http://localhost:8080|http://localhost:8080/mcrn/mot-de-passe",
            "HTTPS://Espace.Example.org/portail/|https://espace.example.org/portail/mcrn/mot-de-passe"})
    void theWizardOfTheMutualUnderThePublicAddress(String base, String link) {
        assertThat(WizardLink.of(base, "mcrn")).contains(link);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "ftp://example.org", "https://user@evil.example",
            "https://example.org/?next=evil", "https://example.org/#x", "//example.org", "not a url", ""})
    void anythingElseIsNoPublicAddress(String base) {
        assertThat(WizardLink.of(base, "mcrn")).isEmpty();
    }
}
