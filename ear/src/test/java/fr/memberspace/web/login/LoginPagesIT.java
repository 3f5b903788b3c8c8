package fr.memberspace.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.challenge.control.Picture;
import fr.memberspace.challenge.control.Pictures;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;

/**
 * The login page kept as a template between renderings ({@code LoginPages}): every view must
 * still be a page of its own — its own script nonce, matching its header, its own challenge
 * with its word and pictures, in the language asked for — and answerable.
 */
@ExtendWith(ArquillianExtension.class)
class LoginPagesIT {

    static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([^']+)'");
    static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"([^\"]+)\"|csp\\.init\\('([^']+)'\\)");
    static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    static final Pattern WORD = Pattern.compile("class=\"challenge-word\">([^<]+)</strong>");
    static final Pattern ROOT_LANGUAGE = Pattern.compile("<html[^>]* lang=\"([a-z]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    final String mutual = Http.newMutual("Mutuelle Gabarit");

    @Test
    void everyViewHasItsOwnNonceAndChallenge() {
        var nonces = new HashSet<String>();
        var challenges = new HashSet<String>();
        var words = new HashSet<String>();
        var french = Pictures.standard().all().stream().map(Picture::french).toList();
        for (int i = 0; i < 12; i++) {
            var view = Http.get("/" + mutual + "/");
            assertThat(view.statusCode()).isEqualTo(200);
            var header = view.headers().firstValue("Content-Security-Policy").orElseThrow();
            var nonce = one(HEADER_NONCE, header);
            var inPage = PAGE_NONCE.matcher(view.body()).results()
                    .map(m -> m.group(1) != null ? m.group(1) : m.group(2)).toList();
            assertThat(inPage).hasSizeGreaterThan(5).allMatch(nonce::equals);
            nonces.add(nonce);
            challenges.add(one(CHALLENGE, view.body()));
            var word = one(WORD, view.body());
            assertThat(french).contains(word);
            words.add(word);
            assertThat(one(ROOT_LANGUAGE, view.body())).isEqualTo("fr");
        }
        assertThat(nonces).hasSize(12);
        assertThat(challenges).hasSize(12);
        // the word comes with each challenge, not with the page kept
        assertThat(words).hasSizeGreaterThan(1);
    }

    @Test
    void aKeptPageIsAnsweredAndSignsIn() {
        Http.support("members", Map.of("mutual", mutual, "number", "810001", "firstName", "Lucie",
                "lastName", "Marchal", "email", "810001@" + mutual + ".example.org"));
        Http.support("password", Map.of("mutual", mutual, "number", "810001", "password", "Adherent#2026ok"));
        for (int i = 0; i < 3; i++) {
            Http.get("/" + mutual + "/"); // past the renderings that make the template
        }
        var form = LoginForm.of(mutual);

        var response = form.post("127.0.0.9", "810001", "Adherent#2026ok", form.rightAnswer());

        assertThat(response).startsWith("HTTP/1.1 302").contains("/espace/");
        Http.support("forget-address", Map.of("address", "127.0.0.9"));
    }

    @Test
    void eachViewIsInTheLanguageAsked() {
        var english = Pictures.standard().all().stream().map(Picture::english).toList();
        var languages = new ArrayList<String>();
        for (int i = 0; i < 4; i++) {
            var byCookie = Http.get("/" + mutual + "/", "Cookie", "memberspace-lang=en");
            var byBrowser = Http.get("/" + mutual + "/", "Accept-Language", "de-DE,en;q=0.8");
            var french = Http.get("/" + mutual + "/", "Accept-Language", "en;q=0.5,fr-FR");
            for (var view : List.of(byCookie, byBrowser)) {
                assertThat(one(ROOT_LANGUAGE, view.body())).isEqualTo("en");
                assertThat(english).contains(one(WORD, view.body()));
                assertThat(view.body()).contains("Sign in");
            }
            languages.add(one(ROOT_LANGUAGE, french.body()));
            assertThat(french.body()).doesNotContain(">Sign in<");
        }
        assertThat(languages).containsOnly("fr");
    }

    private static String one(Pattern pattern, String text) {
        var matcher = pattern.matcher(text);
        assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
        return matcher.group(1);
    }
}
