package fr.memberspace.web.mutual;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The language switch comes back to the same page, never to another site. */
class LanguageSwitchTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"/mcrn/, true", "/mcrn/mot-de-passe, true", "/, true", "//evil.example/, false",
            "'/\\evil.example/', false", "evil.example, false"})
    void onlyAPathOfThisSiteIsRepeatedInTheRedirect(String uri, boolean kept) {
        assertThat(LanguageSwitch.isPageAddress(uri)).isEqualTo(kept);
    }
}
