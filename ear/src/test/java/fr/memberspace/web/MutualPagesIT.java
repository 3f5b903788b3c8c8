package fr.memberspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;

/** Each mutual's pages under /{mutual}/, over HTTP, and what an unknown address gets. */
@ExtendWith(ArquillianExtension.class)
class MutualPagesIT {

    static String mutual;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    /** Registered on first use: the deployment (and so the support module) exists only by then. */
    static String mutual() {
        if (mutual == null) {
            mutual = Http.newMutual("Mutuelle Régionale d'Essai");
        }
        return mutual;
    }

    @Test
    void theLoginPageOfAMutualIsInFrenchByDefaultWithItsNameAndPrimeFaces() {
        var page = Http.get("/" + mutual() + "/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Espace Adhérent - Connexion | Mutuelle Régionale d'Essai</title>")
                .contains("lang=\"fr\"")
                .contains("<span class=\"brand-name\">Mutuelle Régionale d'Essai</span>")
                .contains("ln=primefaces")
                .contains("class=\"ui-inputfield")
                .contains("Anti-Robot : Cliquer sur l'image correspondant au mot :");
    }

    @Test
    void theLoginPageSpeaksEnglishToABrowserThatAsksForIt() {
        var page = Http.get("/" + mutual() + "/", "Accept-Language", "en-GB,en;q=0.8");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<title>Member Space - Sign in |").contains("lang=\"en\"");
    }

    @Test
    void theLoginPageCreatesNoSession() {
        var page = Http.get("/" + mutual() + "/");

        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
    }

    @Test
    void theWizardCreatesNoSessionBeforeANumberIsTyped() {
        for (int i = 0; i < 3; i++) {
            var page = Http.get("/" + mutual() + "/mot-de-passe");

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1000010000100001000010", "100001000010000100001000010000"})
    void aNumberLongerThanTwentyDigitsIsRefusedInTheWizardNotCut(String number) {
        var path = "/" + mutual() + "/mot-de-passe";
        var page = Http.get(path);
        var viewState = page.body().replaceAll("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\".*", "$1");

        var posted = Http.post(path, Map.of("reset", "reset", "reset:number", number,
                "reset:identify-submit", "reset:identify-submit", "jakarta.faces.ViewState", viewState),
                "Cookie", Http.cookies(page));

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("Le numéro d'adhérent ne contient que des chiffres (20 au plus).")
                .contains("data-step=\"identify\"");
    }

    @Test
    void aNumberLongerThanTwentyDigitsDoesNotSignInTheMemberItStartsWith() {
        var number = "12345678901234567890";
        Http.support("members", Map.of("mutual", mutual(), "number", number, "firstName", "Long",
                "lastName", "Numéro", "email", "long-" + mutual() + "@example.org"));
        Http.support("password", Map.of("mutual", mutual(), "number", number, "password", "Adherent#2026ok"));
        Http.support("forget-address", Map.of("address", "127.0.8.1"));
        var form = LoginForm.of(mutual());

        var response = form.post("127.0.8.1", number + "99", "Adherent#2026ok", form.rightAnswer());

        assertThat(response).startsWith("HTTP/1.1 200").doesNotContain("/espace/");
    }

    @Test
    void theMutualPathWithoutItsSlashRedirectsToIt() {
        var page = Http.get("/" + mutual());

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/" + mutual() + "/"));
    }

    @Test
    void aFormPostedAfterItsViewExpiredLeadsToAFreshPageThatSaysWhy() {
        var path = "/" + mutual() + "/mot-de-passe";
        var posted = Http.post(path, Map.of("reset", "reset", "jakarta.faces.ViewState", "-1:stale",
                "reset:identify-submit", "reset:identify-submit", "reset:number", "100001"));

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(path + "?expired"));
        assertThat(Http.get(path + "?expired").body())
                .contains("La page était restée ouverte trop longtemps");
    }

    @Test
    void theWizardPageIsNeverCached() {
        var page = Http.get("/" + mutual() + "/mot-de-passe");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.body()).contains("Merci d'indiquer votre numéro d'adhérent");
    }

    @Test
    void theLanguageSwitchIsRememberedInACookie() {
        var switched = Http.get("/" + mutual() + "/?lang=en");

        assertThat(switched.statusCode()).isEqualTo(302);
        var cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("memberspace-lang=en").containsIgnoringCase("HttpOnly");
        var page = Http.get("/" + mutual() + "/", "Cookie", "memberspace-lang=en", "Accept-Language", "fr");
        assertThat(page.body()).contains("<title>Member Space - Sign in |");
    }

    @ParameterizedTest
    @ValueSource(strings = {"espace/", "espace/mot-de-passe"})
    void theMemberSpaceSendsAStrangerToTheLoginPage(String page) {
        var response = Http.get("/" + mutual() + "/" + page);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/" + mutual() + "/"));
    }

    @Test
    void securityHeadersAreSent() {
        var page = Http.get("/" + mutual() + "/");

        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/inconnue/", "/inconnue", "/", "/login.xhtml", "/errors/not-found.xhtml",
            "/mcrn-does-not-exist/mot-de-passe", "/UPPER/", "/a/b/c/d", "/%3Cscript%3Ealert(1)%3C%2Fscript%3E/"})
    void anUnknownAddressGetsTheNotFoundPageInFrench(String path) {
        var page = Http.get(path);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable").doesNotContain("Exception")
                .doesNotContain("<script>alert");
    }

    @Test
    void anUnknownPageOfAKnownMutualIsNotFound() {
        var page = Http.get("/" + mutual() + "/nothing-here");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page introuvable");
    }

    @Test
    void aVeryLongAddressIsRefusedWithoutAStackTrace() {
        var page = Http.get("/" + "a".repeat(5000) + "/");

        assertThat(page.statusCode()).isBetween(400, 499);
        assertThat(page.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
