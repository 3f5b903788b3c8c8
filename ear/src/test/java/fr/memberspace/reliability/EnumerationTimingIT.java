package fr.memberspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.Mailboxes;
import fr.memberspace.it.RawHttp;
import fr.memberspace.it.RawHttp.Response;

/**
 * A stranger cannot tell a member's number from a number nobody has by the time the server
 * takes, nor by the page: for a sign-in with a wrong password, the wizard's first step and
 * the code request, the median times of known and unknown numbers, measured interleaved
 * (each pair in random order, the first {@value #WARM_UP} pairs discarded), are within 10 %
 * of each other, and the pages differ only by the masked address (and the number itself).
 * <p>
 * {@code -Dtiming.samples=N}: pairs measured per operation (default {@value #DEFAULT_SAMPLES}).
 * Each number is used once, from a client address of its own, so no limit or growing delay
 * is what is measured.
 */
@ExtendWith(ArquillianExtension.class)
class EnumerationTimingIT {

    static final int DEFAULT_SAMPLES = 60;
    static final int WARM_UP = 10;
    static final double TOLERANCE = 0.10;
    /** Runs at most per operation before the medians must be close. */
    static final int RUNS = 3;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(Mailboxes.SMTP_SERVER);

    static final RawHttp PROXY = new RawHttp(Http.BASE, "127.0.0.2");
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    static final Pattern MASKED = Pattern.compile("id=\"masked-email\">([^<]+)<");
    static final String WRONG_PASSWORD = "Mauvais#Passe-2026";

    static final AtomicInteger NEXT_NUMBER = new AtomicInteger(500_000);

    String mutual;
    String path;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @BeforeEach
    void aMutual() {
        mutual = Http.newMutual("Mutuelle du Chronomètre");
        path = "/" + mutual + "/";
    }

    @Test
    void aWrongPasswordTakesAsLongForANumberNobodyHas() {
        var pages = new LinkedHashMap<Boolean, String>();
        var timing = measure("sign-in with a wrong password", true, (known, number) -> {
            var form = signInForm(number, WRONG_PASSWORD);
            var response = PROXY.postForm(path, form, from());
            assertThat(response.status()).isEqualTo(200);
            pages.put(known, normalised(response.body(), number, null));
            return response.nanos();
        });

        timing.assertClose();
        assertThat(pages.get(true)).isEqualTo(pages.get(false));
    }

    @Test
    void theWizardsFirstStepTakesAsLongForANumberNobodyHas() {
        var pages = new LinkedHashMap<Boolean, String>();
        var timing = measure("identify", false, (known, number) -> {
            var response = identify(number);
            assertThat(response.status()).isEqualTo(302);
            var page = PROXY.get(path + "mot-de-passe", from(), "Cookie: " + response.cookies()).body();
            pages.put(known, normalised(page, number, masked(page)));
            return response.nanos();
        });

        timing.assertClose();
        assertThat(pages.get(true)).contains("data-step=\"send\"").isEqualTo(pages.get(false));
    }

    @Test
    void aCodeRequestTakesAsLongForANumberNobodyHas() {
        var pages = new LinkedHashMap<Boolean, String>();
        var timing = measure("code request", false, (known, number) -> {
            var identified = identify(number);
            var cookies = identified.cookies();
            var page = PROXY.get(path + "mot-de-passe", from(), "Cookie: " + cookies).body();
            var maskedAddress = masked(page);
            var response = PROXY.postForm(path + "mot-de-passe", "reset=reset&reset%3Asend-submit=reset%3Asend-submit"
                    + "&jakarta.faces.ViewState=" + enc(find(VIEW_STATE, page)) + "&primefaces.nonce="
                    + enc(find(NONCE, page)), from(), "Cookie: " + cookies);
            assertThat(response.body()).contains("data-step=\"code\"");
            pages.put(known, normalised(response.body(), number, maskedAddress));
            return response.nanos();
        });

        timing.assertClose();
        assertThat(pages.get(true)).isEqualTo(pages.get(false));
    }

    /** Medians of the known and the unknown numbers' times. */
    record Timing(String what, List<Long> known, List<Long> unknown) {

        long median(List<Long> nanos) {
            var sorted = nanos.stream().sorted().toList();
            return (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
        }

        boolean close() {
            var k = median(known);
            var u = median(unknown);
            return Math.abs(k - u) <= (long) (TOLERANCE * Math.min(k, u));
        }

        void print(String note) {
            var k = median(known);
            var u = median(unknown);
            System.out.printf("EnumerationTimingIT: %s, %d pairs: median known %.1f ms, unknown %.1f ms (%+.1f %%)%s%n",
                    what, known.size(), k / 1e6, u / 1e6, 100.0 * (u - k) / k, note.isEmpty() ? "" : " (" + note + ")");
        }

        void assertClose() {
            var k = median(known);
            var u = median(unknown);
            print("");
            assertThat(Math.abs(k - u)).as(what + ": medians known %.1f ms, unknown %.1f ms", k / 1e6, u / 1e6)
                    .isLessThanOrEqualTo((long) (TOLERANCE * Math.min(k, u)));
        }
    }

    interface Trial {
        long run(boolean known, String number);
    }

    /**
     * Runs pairs (a known and an unknown number, in random order), the first {@value #WARM_UP}
     * discarded; again with new numbers, up to {@value #RUNS} runs in all, while the medians
     * of all the pairs measured so far are not close (a burst of load from elsewhere on a shared machine hits one run; a
     * difference of the product hits every run).
     */
    Timing measure(String what, boolean withPassword, Trial trial) {
        var timing = measureOnce(what, withPassword, trial);
        for (int run = 2; run <= RUNS && !timing.close(); run++) {
            timing.print("run " + (run - 1) + " of " + RUNS + ", measured again");
            // the pairs of every run so far together: noise averages out, a difference stays
            var more = measureOnce(what, withPassword, trial);
            var known = new ArrayList<>(timing.known());
            known.addAll(more.known());
            var unknown = new ArrayList<>(timing.unknown());
            unknown.addAll(more.unknown());
            timing = new Timing(what, known, unknown);
        }
        return timing;
    }

    Timing measureOnce(String what, boolean withPassword, Trial trial) {
        var pairs = Integer.getInteger("timing.samples", DEFAULT_SAMPLES);
        var known = new ArrayList<Long>();
        var unknown = new ArrayList<Long>();
        // the members exist before the measure starts, as real members do
        var members = new ArrayList<String>();
        for (int i = 0; i < WARM_UP + pairs; i++) {
            members.add(String.valueOf(NEXT_NUMBER.incrementAndGet()));
            enrol(members.get(i), withPassword);
        }
        for (int i = 0; i < WARM_UP + pairs; i++) {
            var member = members.get(i);
            var stranger = String.valueOf(Integer.parseInt(member) + 400_000);
            var order = new ArrayList<>(List.of(true, false));
            Collections.shuffle(order, ThreadLocalRandom.current());
            for (var isKnown : order) {
                var nanos = trial.run(isKnown, isKnown ? member : stranger);
                if (i >= WARM_UP) {
                    (isKnown ? known : unknown).add(nanos);
                }
            }
        }
        return new Timing(what, known, unknown);
    }

    void enrol(String number, boolean withPassword) {
        Http.support("members", Map.of("mutual", mutual, "number", number, "firstName", "Chrono",
                "lastName", "Mètre", "email", "chrono-" + number + "-" + mutual + "@example.org"));
        if (withPassword) {
            Http.support("password", Map.of("mutual", mutual, "number", number, "password", "Bon#Passe-2026"));
        }
    }

    Response identify(String number) {
        return PROXY.postForm(path + "mot-de-passe", "reset=reset&reset%3Anumber=" + number
                + "&reset%3Aidentify-submit=reset%3Aidentify-submit&jakarta.faces.ViewState=stateless", from());
    }

    String signInForm(String number, String password) {
        var page = PROXY.get(path, from()).body();
        var challenge = find(CHALLENGE, page);
        var answer = Http.get(Deployments.SUPPORT_CONTEXT + "/challenge-answer?id=" + enc(challenge)).body();
        var fields = new LinkedHashMap<String, String>();
        fields.put("login", "login");
        fields.put("login:number", number);
        fields.put("login:password", password);
        fields.put("challenge", challenge);
        fields.put("answer", answer);
        fields.put("login:sign-in", "");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        return Http.encode(fields);
    }

    /**
     * The page without what differs from one showing to the next whoever asks (view state,
     * nonce, the challenge and its pictures, the cooldown's seconds), the number typed and the
     * masked address.
     */
    static String normalised(String page, String number, String maskedAddress) {
        var text = page;
        if (maskedAddress != null) {
            text = text.replace(maskedAddress, "MASKED");
        }
        Function<String, String> all = t -> t
                .replace(number, "NUMBER")
                .replaceAll("(jakarta.faces.ViewState[^>]*value=\")[^\"]+", "$1STATE")
                .replaceAll("csp\\.init\\('[^']+'\\)", "csp.init(NONCE)")
                .replaceAll("nonce[=-][\"']?[A-Za-z0-9+/=_-]+", "nonce")
                .replaceAll("(name=\"challenge\" value=\")[^\"]+", "$1CHALLENGE")
                .replaceAll("/image/[^\"]+", "/image/PICTURE")
                .replaceAll("(name=\"answer\" value=\")[^\"]+", "$1PICTURE")
                .replaceAll("(class=\"challenge-word\">)[^<]+", "$1WORD")
                .replaceAll("(data-seconds=\")\\d+", "$1S")
                .replaceAll("(role=\"timer\"[^>]*>)[^<]+", "$1TIMER");
        return all.apply(text);
    }

    static String masked(String page) {
        return find(MASKED, page);
    }

    static String from() {
        var random = ThreadLocalRandom.current();
        return "X-Forwarded-For: 198.19." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String find(Pattern pattern, String page) {
        var matcher = pattern.matcher(page);
        assertThat(matcher.find()).as(pattern + " in the page").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
