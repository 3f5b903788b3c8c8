package fr.memberspace.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.challenge.control.Pictures;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;

/**
 * The login page's challenge over HTTP, as a robot would try it: page views and their
 * pictures write nothing, an answer counts once, and a challenge that expired, was shown
 * on another mutual's page or was changed is refused.
 */
@ExtendWith(ArquillianExtension.class)
class LoginChallengeIT {

    static final String PASSWORD = "Adherent#2026ok";
    static final Pattern PICTURE = Pattern.compile("<img src=\"[^\"]*/image/([^\"]+)\"");
    static final Pattern CHOICE = Pattern.compile("name=\"answer\" value=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    final String mutual = Http.newMutual("Mutuelle Défi");

    @AfterEach
    void putBackClockAndLimits() {
        Http.support("clock", Map.of("seconds", "0"));
        for (int i = 1; i <= 12; i++) {
            Http.support("forget-address", Map.of("address", "127.0.0." + i));
        }
    }

    @Test
    void pageViewsAndTheirPicturesWriteNothing() {
        views(1); // the first view of a server reads its secret once
        var before = rowCounts();

        var addresses = views(20);
        for (int i = 0; i < 5; i++) {
            assertThat(Http.get("/" + mutual + "/?sans-images").statusCode()).isEqualTo(200);
        }

        assertThat(addresses).hasSize(20 * 6).doesNotHaveDuplicates();
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anAnswerCountsOnceEvenWhenSentTwiceAtTheSameTime() throws Exception {
        member("700001");
        var form = LoginForm.of(mutual);
        var right = form.rightAnswer();
        int answered = answeredChallenges();

        var ready = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        List<Future<String>> posts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            var address = "127.0.0." + i;
            Callable<String> post = () -> {
                ready.await();
                return form.post(address, "700001", PASSWORD, right);
            };
            posts.add(pool.submit(post));
        }
        ready.countDown();
        var signedIn = 0;
        for (var post : posts) {
            if (signedIn(post.get())) {
                signedIn++;
            }
        }
        pool.shutdown();

        assertThat(signedIn).isEqualTo(1);
        assertThat(answeredChallenges()).isEqualTo(answered + 1);
        assertThat(signedIn(form.post("127.0.0.7", "700001", PASSWORD, right))).isFalse();
    }

    @Test
    void aWrongAnswerUsesTheChallengeUpToo() {
        member("700002");
        var form = LoginForm.of(mutual);

        assertThat(signedIn(form.post("127.0.0.1", "700002", PASSWORD, "not-a-picture"))).isFalse();
        assertThat(signedIn(form.post("127.0.0.2", "700002", PASSWORD, form.rightAnswer()))).isFalse();
        var fresh = LoginForm.of(mutual);
        assertThat(signedIn(fresh.post("127.0.0.3", "700002", PASSWORD, fresh.rightAnswer()))).isTrue();
    }

    @Test
    void anExpiredChallengeAndItsPicturesAreRefused() {
        member("700003");
        var form = LoginForm.of(mutual);
        var picture = pictureAddresses(Http.get("/" + mutual + "/").body()).get(0);
        assertThat(Http.get("/" + mutual + "/image/" + picture).statusCode()).isEqualTo(200);

        Http.support("clock", Map.of("seconds", "601"));

        assertThat(Http.get("/" + mutual + "/image/" + picture).statusCode()).isEqualTo(404);
        assertThat(signedIn(form.post("127.0.0.1", "700003", PASSWORD, form.rightAnswer()))).isFalse();
        var fresh = LoginForm.of(mutual); // the clock moved for everyone: a new page works
        assertThat(signedIn(fresh.post("127.0.0.2", "700003", PASSWORD, fresh.rightAnswer()))).isTrue();
    }

    @Test
    void aChallengeShownOnAnotherMutualsPageIsRefused() {
        member("700004");
        var other = Http.newMutual("Autre Mutuelle");
        var theirs = LoginForm.of(other);

        var mine = LoginForm.of(mutual).withChallenge(theirs.challenge());

        assertThat(signedIn(mine.post("127.0.0.1", "700004", PASSWORD, theirs.rightAnswer()))).isFalse();
    }

    @Test
    void aChangedChallengeIsRefused() {
        member("700005");
        var form = LoginForm.of(mutual);
        var right = form.rightAnswer();
        var token = form.challenge();
        var changed = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);

        assertThat(signedIn(form.withChallenge(changed).post("127.0.0.1", "700005", PASSWORD, right))).isFalse();
        assertThat(signedIn(form.post("127.0.0.2", "700005", PASSWORD, right))).isTrue();
    }

    @Test
    void pictureAddressesAreUnguessableAndSayNothingOfThePictures() {
        var page = Http.get("/" + mutual + "/").body();
        var token = LoginForm.of(mutual).challenge();
        var addresses = pictureAddresses(page);
        var choices = CHOICE.matcher(page).results().map(m -> m.group(1)).toList();

        assertThat(addresses).hasSize(6);
        for (int i = 0; i < addresses.size(); i++) {
            assertThat(addresses.get(i)).endsWith("." + choices.get(i));
            assertThat(Http.get("/" + mutual + "/image/" + addresses.get(i)).body()).startsWith("<svg");
        }
        // no name of a picture (shorter ones, like "cle", also turn up by chance in random text)
        var names = Pictures.standard().all().stream()
                .flatMap(picture -> java.util.stream.Stream.of(picture.key(), picture.english()))
                .filter(name -> name.length() >= 5).toList();
        assertThat(names).hasSizeGreaterThan(10);
        for (var name : names) {
            assertThat(addresses).noneMatch(address -> address.contains(name));
            assertThat(choices).noneMatch(choice -> choice.contains(name));
        }
        var first = addresses.get(0);
        var id = first.substring(first.lastIndexOf('.') + 1);
        var tampered = first.substring(0, 3) + (first.charAt(3) == 'A' ? 'B' : 'A') + first.substring(4);
        assertThat(Http.get("/" + mutual + "/image/" + tampered).statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + mutual + "/image/" + token + "." + id).statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + mutual + "/image/" + id).statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + mutual + "/image/ballon").statusCode()).isEqualTo(404);
    }

    /** Views the login page {@code times} times and fetches its pictures; their addresses. */
    List<String> views(int times) {
        var addresses = new ArrayList<String>();
        for (int i = 0; i < times; i++) {
            var page = Http.get("/" + mutual + "/");
            assertThat(page.statusCode()).isEqualTo(200);
            for (var address : pictureAddresses(page.body())) {
                var picture = Http.get("/" + mutual + "/image/" + address);
                assertThat(picture.statusCode()).isEqualTo(200);
                assertThat(picture.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("image/svg+xml"));
                addresses.add(address);
            }
        }
        return addresses;
    }

    static List<String> pictureAddresses(String page) {
        return PICTURE.matcher(page).results().map(m -> m.group(1)).toList();
    }

    static boolean signedIn(String response) {
        return response.startsWith("HTTP/1.1 302") && response.contains("/espace/");
    }

    /** The rows of every table; of this test's mutual only where a table has a mutual's code. */
    String rowCounts() {
        return Http.get(Deployments.SUPPORT_CONTEXT + "/row-counts?mutual=" + mutual).body();
    }

    int answeredChallenges() {
        return rowCounts().lines().filter(line -> line.startsWith("answered_challenges="))
                .mapToInt(line -> Integer.parseInt(line.substring(line.indexOf('=') + 1)))
                .findFirst().orElseThrow();
    }

    void member(String number) {
        Http.support("members", Map.of("mutual", mutual, "number", number, "firstName", "Paul",
                "lastName", "Durand", "email", number + "@" + mutual + ".example.org"));
        Http.support("password", Map.of("mutual", mutual, "number", number, "password", PASSWORD));
    }
}
