package fr.memberspace.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which POSTs come from the product's own pages (login CSRF), from the browser's own headers. */
class FormSubmissionsTest {

    @ParameterizedTest(name = "Sec-Fetch-Site {0}, Origin {1}, Host {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            // the browser says where the form comes from: it decides
            "same-origin, https://espace.mcrn.fr,  espace.mcrn.fr,      true",
            "none,        -,                       espace.mcrn.fr,      true",
            "cross-site,  https://espace.mcrn.fr,  espace.mcrn.fr,      false",
            "same-site,   https://autre.mcrn.fr,   espace.mcrn.fr,      false",
            "cross-site,  -,                       espace.mcrn.fr,      false",
            // else the Origin must be this host
            "-,           https://espace.mcrn.fr,  espace.mcrn.fr,      true",
            "-,           http://localhost:8080,   localhost:8080,      true",
            "-,           HTTPS://ESPACE.MCRN.FR,  espace.mcrn.fr,      true",
            "-,           https://evil.example,    espace.mcrn.fr,      false",
            "-,           http://localhost:8081,   localhost:8080,      false",
            "-,           https://espace.mcrn.fr.evil.example, espace.mcrn.fr, false",
            "-,           null,                    espace.mcrn.fr,      false",
            "-,           not a url,               espace.mcrn.fr,      false",
            "-,           https://espace.mcrn.fr,  -,                   false",
            // neither header: not a browser's cross-site form
            "-,           -,                       espace.mcrn.fr,      true"})
    void aPostComesFromThisSiteOnlyWhenTheBrowserSaysSo(String fetchSite, String origin, String host, boolean accepted) {
        assertThat(FormSubmissions.fromThisSite(fetchSite, origin, host)).isEqualTo(accepted);
    }
}
