package fr.memberspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Http;
import fr.memberspace.it.Mailboxes;
import fr.memberspace.it.RawHttp;
import fr.memberspace.it.RawHttp.Response;
import fr.memberspace.reliability.HostileInputs.Input;

/**
 * Hostile values ({@link HostileInputs}) in every field of every member page: the sign-in
 * form, each step of the wizard reached with a real session as a member reaches it, the
 * member space's password change, the language switch, the challenge pictures' addresses
 * and the paths of a mutual, plus broken view states, wrong content types and methods.
 * For every response: no 5xx, no stack trace or Java class name, the value never echoed
 * unescaped, no EL evaluated, no header injected; and at the end nothing stored (members,
 * passwords, the outbox).
 * <p>
 * {@code -Dfuzz.inputs=N} bounds the number of (field, value) pairs sent (default
 * {@value #DEFAULT_INPUTS}, drawn with the seed {@code fuzz.seed}); {@code -Dfuzz.inputs=0}
 * sends them all.
 */
@ExtendWith(ArquillianExtension.class)
class FuzzIT {

    static final int DEFAULT_INPUTS = 2000;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(Mailboxes.SMTP_SERVER);

    /** The server trusts 127.0.0.2 as a proxy: every request comes from a client address of its own. */
    static final RawHttp PROXY = new RawHttp(Http.BASE, "127.0.0.2");

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    static final Pattern STEP = Pattern.compile("data-step=\"([a-z-]+)\"");
    /** The nonce PrimeFaces' script adds to every form of the page (primefaces.nonce), as a browser posts it. */
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");
    static final Pattern PICTURE = Pattern.compile("/image/([^\"]+)\"");

    /** What a page must never show: a stack trace, an exception, a class or a server's message code. */
    static final Pattern LEAK = Pattern.compile("Exception|Caused by|Stack ?trace|\\bat (?:fr|org|java|jakarta|javax|com|sun|io)\\."
            + "[\\w$.]+\\(|org\\.jboss|org\\.eclipse|org\\.hibernate|org\\.primefaces|com\\.sun\\.|\\bjava\\.(?:lang|util|io|sql|net)\\."
            + "|fr\\.memberspace\\.|WFLY[A-Z]*\\d|UT0\\d{5}|ELY\\d{5}|IJ\\d{6}|WELD-\\d|jakarta\\."
            + "(?!faces\\.(?:ViewState|resource|partial|source|ClientWindow|behavior|RenderKitId|Resource)\\b)");

    static final String WRONG_PASSWORD = "Wrong#Password1";
    static final String VALID_NEW = "Nouveau#Passe-2026";
    static final String OTHER_CONFIRMATION = "Autre#Confirmation-9";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    /** A place the fuzz sends values to: a field of a page, reached as a member reaches it. */
    record Target(String name, Function<Input, Response> send) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Case(Target target, Input input) {
    }

    /** A wizard or member-space page under way: its cookies, view state, challenge and step. */
    static final class Session {
        String cookies;
        String viewState;
        String nonce;
        String challenge;
        String step;
        int uses;

        /** Takes the new view state and challenge of a page that stayed on the same step; false if it left it. */
        boolean follow(Response response, String expectedStep) {
            uses++;
            if (response.status() != 200) {
                return true; // a redirect (expired view) or a refusal: the page on the server is unchanged
            }
            var step = find(STEP, response.body());
            if (expectedStep != null && step != null && !expectedStep.equals(step)) {
                return false;
            }
            var state = find(VIEW_STATE, response.body());
            if (state != null) {
                viewState = state;
            }
            var nonce = find(NONCE, response.body());
            if (nonce != null) {
                this.nonce = nonce;
            }
            var shown = find(CHALLENGE, response.body());
            if (shown != null) {
                challenge = shown;
            }
            return true;
        }
    }

    String mutual;
    String path;
    final List<String> resetMembers = new ArrayList<>();
    int nextResetMember;
    final Map<String, String> passwords = new LinkedHashMap<>();
    Session identified;
    Session codeStep;
    Session newPassword;
    Session space;
    Session spaceWrongCurrent;

    @Test
    void everyFieldOfEveryPageWithstandsHostileValues() {
        mutual = Http.newMutual("Mutuelle du Fuzz");
        path = "/" + mutual + "/";
        enrol("300001", "Fuzz#Connexion-2026");            // signs in with wrong passwords
        enrol("300002", "Fuzz#Espace-2026");               // changes its password with hostile new ones
        enrol("300003", "Fuzz#Actuel-2026");               // hostile current passwords
        for (var number : List.of("300011", "300012", "300013", "300014", "300015")) {
            enrol(number, null);                            // the wizard's new-password step, by e-mailed code
            resetMembers.add(number);
        }
        var before = stored();

        var cases = cases();
        var limit = Integer.getInteger("fuzz.inputs", DEFAULT_INPUTS);
        if (limit > 0 && limit < cases.size()) {
            cases = cases.subList(0, limit);
        }
        var problems = new ArrayList<String>();
        var statuses = new java.util.TreeMap<String, Integer>();
        var started = System.nanoTime();
        for (var c : cases) {
            Response response;
            try {
                response = c.target().send().apply(c.input());
            } catch (RuntimeException e) {
                problems.add(c.target() + " / " + c.input() + ": " + e);
                continue;
            }
            problems.addAll(problems(c, response));
            statuses.merge(c.target() + " " + response.status(), 1, Integer::sum);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("FuzzIT: %d hostile inputs (of %d) in %.1f s, %d problems%n", cases.size(), cases().size(),
                seconds, problems.size());
        System.out.println("FuzzIT: answers per target and status " + statuses);

        assertThat(problems).as("responses to hostile values").isEmpty();
        assertThat(stored()).as("what the database holds for members and mails").isEqualTo(before);
        assertThat(Http.get(Deployments.SUPPORT_CONTEXT + "/operations/outbox-numbers?mutual=" + mutual).body().lines())
                .as("mails only to the members whose code the test asked for").isSubsetOf(resetMembers);
    }

    /** Every (target, value) pair, in an order drawn with {@code fuzz.seed}, so a bounded run covers every target. */
    List<Case> cases() {
        var all = new ArrayList<Case>();
        for (var target : targets()) {
            for (var input : HostileInputs.all()) {
                all.add(new Case(target, input));
            }
        }
        Collections.shuffle(all, new Random(Long.getLong("fuzz.seed", 20261128L)));
        return all;
    }

    List<Target> targets() {
        return List.of(
                // the sign-in page (stateless): every field, the challenge passed where the field is behind it
                new Target("login number", v -> signIn(Map.of("login:number", v.encoded()))),
                new Target("login password", v -> signIn(Map.of("login:number", enc(number(v)),
                        "login:password", v.encoded()))),
                new Target("login challenge", v -> signIn(Map.of("challenge", v.encoded()))),
                new Target("login answer", v -> signIn(Map.of("answer", v.encoded()))),
                new Target("login view state", v -> signIn(Map.of("jakarta.faces.ViewState", v.encoded()))),
                new Target("login form and button", v -> signIn(Map.of("login", v.encoded(), "login:sign-in", v.encoded(),
                        "sans-images", v.encoded()))),
                new Target("login nonce", v -> signIn(Map.of("primefaces.nonce", v.encoded()))),
                new Target("login device cookie", v -> signIn(Map.of(), "Cookie: memberspace-device=" + v.ascii())),
                new Target("login content type", this::signInWithContentType),
                new Target("login over GET", v -> PROXY.get(path + "?sans-images=" + v.encoded() + "&login%3Anumber="
                        + v.encoded() + "&lang=" + v.encoded(), from())),
                // the wizard, step by step with a real session
                new Target("identify number", v -> identify(v.encoded(), "stateless")),
                new Target("identify view state", v -> identify(enc(unknownNumber()), v.encoded())),
                new Target("identify ajax", this::identifyAjax),
                new Target("send button", v -> onStep(identified(), "send", form("reset", v.encoded(),
                        "reset:send-submit", v.encoded()), false)),
                new Target("send view state", v -> onStep(identified(), "send", form("reset", "reset",
                        "reset:send-submit", "reset%3Asend-submit", "jakarta.faces.ViewState", v.encoded()), true)),
                new Target("send stray fields", v -> onStep(identified(), "send", form("reset", "reset",
                        "reset:number", v.encoded(), "reset:activation-code", v.encoded(), "reset:password",
                        v.encoded()), false)),
                new Target("code field", v -> onStep(codeStep(), "code", form("reset", "reset",
                        "reset:activation-code", v.encoded(), "reset:code-submit", "reset%3Acode-submit"), false)),
                new Target("code view state", v -> onStep(codeStep(), "code", form("reset", "reset",
                        "reset:activation-code", "123456", "reset:code-submit", "reset%3Acode-submit",
                        "jakarta.faces.ViewState", v.encoded()), true)),
                new Target("code ajax", this::codeAjax),
                new Target("code nonce", v -> onStep(codeStep(), "code", form("reset", "reset",
                        "reset:activation-code", "123456", "reset:code-submit", "reset%3Acode-submit",
                        "primefaces.nonce", v.encoded()), false)),
                new Target("new password", v -> onNewPassword(form("reset:password", v.encoded(),
                        "reset:confirmation", enc(OTHER_CONFIRMATION)), true)),
                new Target("new password confirmation", v -> onNewPassword(form("reset:password", enc(VALID_NEW),
                        "reset:confirmation", v.encoded()), true)),
                new Target("new password challenge", v -> onNewPassword(form("reset:password", enc(VALID_NEW),
                        "reset:confirmation", enc(VALID_NEW), "challenge", v.encoded(), "answer", v.encoded()), false)),
                new Target("new password answer", v -> onNewPassword(form("reset:password", enc(VALID_NEW),
                        "reset:confirmation", enc(VALID_NEW), "answer", v.encoded()), false)),
                new Target("new password view state", v -> onNewPassword(form("reset:password", enc(VALID_NEW),
                        "reset:confirmation", enc(OTHER_CONFIRMATION), "jakarta.faces.ViewState", v.encoded(),
                        "username", v.encoded()), true)),
                // the member space
                new Target("space new password", v -> onSpace(false, form("change:current", enc(passwords.get("300002")),
                        "change:password", v.encoded(), "change:confirmation", enc(OTHER_CONFIRMATION)))),
                new Target("space confirmation", v -> onSpace(false, form("change:current", enc(passwords.get("300002")),
                        "change:password", enc(VALID_NEW), "change:confirmation", v.encoded()))),
                new Target("space current password", v -> onSpace(true, form("change:current", v.encoded(),
                        "change:password", enc(VALID_NEW), "change:confirmation", enc(VALID_NEW)))),
                new Target("space view state", v -> onSpace(false, form("change:current", enc(passwords.get("300002")),
                        "change:password", enc(VALID_NEW), "change:confirmation", enc(OTHER_CONFIRMATION),
                        "jakarta.faces.ViewState", v.encoded()))),
                new Target("space nonce", v -> onSpace(false, form("change:current", enc(passwords.get("300002")),
                        "change:password", enc(VALID_NEW), "change:confirmation", enc(OTHER_CONFIRMATION),
                        "primefaces.nonce", v.encoded()))),
                // language, pictures, paths, methods
                new Target("language switch", v -> PROXY.get(path + (Math.floorMod(v.name().hashCode(), 2) == 0 ? "" : "mot-de-passe")
                        + "?lang=" + v.encoded(), from())),
                new Target("language cookie and header", v -> PROXY.get(path, from(),
                        "Cookie: memberspace-lang=" + v.ascii(), "Accept-Language: " + v.ascii())),
                new Target("picture address", this::picture),
                new Target("path segments", this::pathSegment),
                new Target("methods", this::method));
    }

    // ---- the sign-in page

    /** The sign-in form of a fresh page, the challenge answered, with these fields (urlencoded) replaced. */
    Response signIn(Map<String, String> replaced, String... headers) {
        return PROXY.postForm(path, signInForm(replaced), with(headers));
    }

    String signInForm(Map<String, String> replaced) {
        var page = PROXY.get(path, from()).body();
        var challenge = find(CHALLENGE, page);
        var fields = new LinkedHashMap<String, String>();
        fields.put("login", "login");
        fields.put("login:number", enc(unknownNumber()));
        fields.put("login:password", enc(WRONG_PASSWORD));
        fields.put("challenge", enc(challenge));
        fields.put("answer", enc(answer(challenge)));
        fields.put("login:sign-in", "");
        fields.put("jakarta.faces.ViewState", enc(find(VIEW_STATE, page)));
        fields.putAll(replaced);
        return join(fields);
    }

    Response signInWithContentType(Input v) {
        var fields = signInForm(Map.of("login:number", v.encoded()));
        var kind = Math.floorMod(v.name().hashCode(), 4);
        var boundary = "----fz" + ThreadLocalRandom.current().nextInt(1_000_000);
        return switch (kind) {
            case 0 -> PROXY.send("POST", path, ("{\"login:number\":\"" + v.ascii() + "\",\"login\":\"login\"}")
                    .getBytes(StandardCharsets.ISO_8859_1), "Content-Type: application/json", from());
            case 1 -> PROXY.send("POST", path, ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\n"
                    + "login\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"login:number\"\r\n\r\n"
                    + v.ascii() + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1),
                    "Content-Type: multipart/form-data; boundary=" + boundary, from());
            case 2 -> PROXY.send("POST", path, fields.getBytes(StandardCharsets.ISO_8859_1),
                    "Content-Type: text/plain; charset=UTF-8", from());
            default -> PROXY.send("POST", path, fields.getBytes(StandardCharsets.ISO_8859_1),
                    "Content-Type: application/x-www-form-urlencoded; charset=" + v.ascii(), from());
        };
    }

    // ---- the wizard

    Response identify(String number, String viewState) {
        return post(path + "mot-de-passe", form("reset", "reset", "reset:number", number,
                "reset:identify-submit", "reset%3Aidentify-submit", "jakarta.faces.ViewState", viewState), from());
    }

    Response identifyAjax(Input v) {
        var which = Math.floorMod(v.name().hashCode(), 3);
        return post(path + "mot-de-passe", form("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", which == 0 ? v.encoded() : "reset%3Aidentify-submit",
                "jakarta.faces.partial.execute", which == 1 ? v.encoded() : "%40all",
                "jakarta.faces.partial.render", which == 2 ? v.encoded() : "reset",
                "reset", "reset", "reset:number", enc(unknownNumber()), "reset:identify-submit", "reset%3Aidentify-submit",
                "jakarta.faces.ViewState", "stateless"), from(), "Faces-Request: partial/ajax");
    }

    /** A wizard at the step "send" for a number nobody has (the same steps as a member's). */
    Session identified() {
        if (identified == null) {
            identified = startWizard(unknownNumber());
        }
        return identified;
    }

    Session startWizard(String number) {
        var posted = identify(number, "stateless");
        assertThat(posted.status()).as("identify " + number).isEqualTo(302);
        var session = new Session();
        session.cookies = posted.cookies();
        var page = PROXY.get(path + "mot-de-passe", from(), "Cookie: " + session.cookies);
        session.step = find(STEP, page.body());
        session.viewState = find(VIEW_STATE, page.body());
        session.nonce = find(NONCE, page.body());
        assertThat(session.step).isEqualTo("send");
        return session;
    }

    /** A wizard at the step "code" (a code sent for a number nobody has); a new one every 4 codes typed. */
    Session codeStep() {
        if (codeStep == null || codeStep.uses >= 4) {
            codeStep = toCodeStep(startWizard(unknownNumber()));
        }
        return codeStep;
    }

    Session toCodeStep(Session session) {
        var sent = post(path + "mot-de-passe", form("reset", "reset", "reset:send-submit",
                "reset%3Asend-submit", "jakarta.faces.ViewState", enc(session.viewState), "primefaces.nonce", enc(session.nonce)),
                from(), "Cookie: " + session.cookies);
        assertThat(find(STEP, sent.body())).as("the code step").isEqualTo("code");
        session.viewState = find(VIEW_STATE, sent.body());
        session.nonce = find(NONCE, sent.body());
        session.step = "code";
        return session;
    }

    Response codeAjax(Input v) {
        var session = codeStep();
        var which = Math.floorMod(v.name().hashCode(), 3);
        var response = post(path + "mot-de-passe", form("jakarta.faces.partial.ajax", "true",
                "jakarta.faces.source", which == 0 ? v.encoded() : "reset%3Acode-submit",
                "jakarta.faces.partial.execute", which == 1 ? v.encoded() : "%40all",
                "jakarta.faces.partial.render", which == 2 ? v.encoded() : "reset",
                "reset", "reset", "reset:activation-code", "123456", "reset:code-submit", "reset%3Acode-submit",
                "jakarta.faces.ViewState", enc(session.viewState), "primefaces.nonce", enc(session.nonce)), from(),
                "Cookie: " + session.cookies, "Faces-Request: partial/ajax");
        session.uses++;
        return response;
    }

    /** Posts the form of a step with these fields; the session is dropped when the step is left. */
    Response onStep(Session session, String step, Map<String, String> fields, boolean viewStateGiven) {
        var all = new LinkedHashMap<>(fields);
        if (!viewStateGiven) {
            all.put("jakarta.faces.ViewState", enc(session.viewState));
        }
        all.putIfAbsent("primefaces.nonce", enc(session.nonce));
        var response = PROXY.postForm(path + "mot-de-passe", join(all), from(), "Cookie: " + session.cookies);
        if (!session.follow(response, step)) {
            if (session == identified) {
                identified = null;
            } else if (session == codeStep) {
                codeStep = null;
            }
        }
        return response;
    }

    /** The new-password step of a member, reached with the code e-mailed to them. */
    Session newPassword() {
        if (newPassword == null) {
            var number = resetMembers.get(nextResetMember++ % resetMembers.size());
            var address = email(number);
            var received = mailsTo(address).size();
            var session = toCodeStep(startWizard(number));
            var mails = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> mailsTo(address), list -> list.size() > received);
            var code = Fixtures.codeIn(text(mails.get(mails.size() - 1)));
            var verified = post(path + "mot-de-passe", form("reset", "reset", "reset:activation-code", code,
                    "reset:code-submit", "reset%3Acode-submit", "jakarta.faces.ViewState", enc(session.viewState),
                    "primefaces.nonce", enc(session.nonce)), from(), "Cookie: " + session.cookies);
            assertThat(find(STEP, verified.body())).as("the new-password step of " + number).isEqualTo("new-password");
            session.viewState = find(VIEW_STATE, verified.body());
            session.challenge = find(CHALLENGE, verified.body());
            session.nonce = find(NONCE, verified.body());
            session.step = "new-password";
            newPassword = session;
        }
        return newPassword;
    }

    Response onNewPassword(Map<String, String> fields, boolean rightAnswer) {
        var session = newPassword();
        var all = new LinkedHashMap<String, String>();
        all.put("reset", "reset");
        all.put("challenge", enc(session.challenge));
        all.put("answer", rightAnswer ? enc(answer(session.challenge)) : "nope");
        all.put("reset:password-submit", "reset%3Apassword-submit");
        all.put("jakarta.faces.ViewState", enc(session.viewState));
        all.put("primefaces.nonce", enc(session.nonce));
        all.putAll(fields);
        var response = PROXY.postForm(path + "mot-de-passe", join(all), from(), "Cookie: " + session.cookies);
        if (!session.follow(response, "new-password")) {
            newPassword = null;
        }
        return response;
    }

    // ---- the member space

    Response onSpace(boolean wrongCurrent, Map<String, String> fields) {
        var session = wrongCurrent ? spaceWrongCurrent : space;
        if (session == null) {
            session = signedIn(wrongCurrent ? "300003" : "300002");
            if (wrongCurrent) {
                spaceWrongCurrent = session;
            } else {
                space = session;
            }
        }
        var all = new LinkedHashMap<String, String>();
        all.put("change", "change");
        all.put("change:change-submit", "change%3Achange-submit");
        all.put("jakarta.faces.ViewState", enc(session.viewState));
        all.put("primefaces.nonce", enc(session.nonce));
        all.putAll(fields);
        var response = PROXY.postForm(path + "espace/mot-de-passe", join(all), from(), "Cookie: " + session.cookies);
        if (response.status() == 302 && response.header("Location").orElse("").endsWith("/" + mutual + "/")) {
            // signed out (never expected: the password did not change): sign in again next time
            space = null;
            spaceWrongCurrent = null;
        } else {
            session.follow(response, null);
        }
        return response;
    }

    Session signedIn(String number) {
        var signedIn = PROXY.postForm(path, signInForm(Map.of("login:number", number,
                "login:password", enc(passwords.get(number)))), from());
        assertThat(signedIn.status()).as("sign-in of " + number + ": " + signedIn.body()).isEqualTo(302);
        var session = new Session();
        session.cookies = signedIn.cookies();
        var page = PROXY.get(path + "espace/mot-de-passe", from(), "Cookie: " + session.cookies);
        assertThat(page.status()).isEqualTo(200);
        session.viewState = find(VIEW_STATE, page.body());
        session.nonce = find(NONCE, page.body());
        return session;
    }

    // ---- pictures, paths, methods

    Response picture(Input v) {
        if (Math.floorMod(v.name().hashCode(), 2) == 0) {
            return PROXY.get(path + "image/" + v.ascii(), from());
        }
        var page = PROXY.get(path, from()).body();
        var address = find(PICTURE, page);
        var dot = address.lastIndexOf('.');
        return PROXY.get(path + "image/" + address.substring(0, dot + 1) + v.ascii(), from());
    }

    Response pathSegment(Input v) {
        return switch (Math.floorMod(v.name().hashCode(), 4)) {
            case 0 -> PROXY.get("/" + v.ascii() + "/", from());
            case 1 -> PROXY.get("/" + v.ascii() + "/mot-de-passe", from());
            case 2 -> PROXY.get(path + v.ascii(), from());
            default -> PROXY.postForm(path + v.ascii(), "login=login&login%3Anumber=" + v.encoded(), from());
        };
    }

    Response method(Input v) {
        var methods = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "FUZZ");
        var pages = List.of(path, path + "mot-de-passe", path + "espace/mot-de-passe", path + "image/x");
        var h = Math.floorMod(v.name().hashCode(), methods.size() * pages.size());
        return PROXY.send(methods.get(h % methods.size()), pages.get(h / methods.size()),
                ("login%3Anumber=" + v.encoded()).getBytes(StandardCharsets.ISO_8859_1),
                "Content-Type: application/x-www-form-urlencoded", from());
    }

    // ---- what every response is checked for

    static List<String> problems(Case c, Response response) {
        var problems = new ArrayList<String>();
        var where = c.target() + " / " + c.input() + ": ";
        var body = response.body();
        if (response.status() == 0 && !c.input().isLarge()) {
            problems.add(where + "no answer");
        }
        if (response.status() >= 500) {
            problems.add(where + "status " + response.status() + " " + excerpt(body, 0));
        }
        var leak = LEAK.matcher(body);
        if (leak.find()) {
            problems.add(where + "leaks \"" + leak.group() + "\": " + excerpt(body, leak.start()));
        }
        var text = c.input().text();
        if (text != null && text.length() >= 4 && (text.contains("<") || text.contains("\"")) && body.contains(text)) {
            problems.add(where + "echoed unescaped: " + excerpt(body, body.indexOf(text)));
        }
        for (var marker : HostileInputs.EVALUATED_MARKERS) {
            if (body.contains(marker)) {
                problems.add(where + "EL evaluated: " + excerpt(body, body.indexOf(marker)));
            }
        }
        for (var header : response.headers()) {
            if (header.toLowerCase(java.util.Locale.ROOT).startsWith("x-fuzz") || header.matches("(?i)set-cookie:\\s*fz=.*")) {
                problems.add(where + "header injected: " + header);
            }
        }
        return problems;
    }

    static String excerpt(String body, int at) {
        var from = Math.max(0, at - 150);
        return body.substring(from, Math.min(body.length(), at + 250)).replaceAll("\\s+", " ");
    }

    // ---- set-up and small helpers

    void enrol(String number, String password) {
        Http.support("members", Map.of("mutual", mutual, "number", number, "firstName", "Fuzz",
                "lastName", "Test", "email", email(number)));
        if (password != null) {
            Http.support("password", Map.of("mutual", mutual, "number", number, "password", password));
            passwords.put(number, password);
        }
    }

    String email(String number) {
        return "fuzz-" + number + "-" + mutual + "@example.org";
    }

    /** What must not change: the members' rows and the counts of members, histories and mutuals. */
    String stored() {
        var state = new StringBuilder();
        for (var number : List.of("300001", "300002", "300003", "300011", "300012", "300013", "300014", "300015")) {
            state.append(Http.get(Deployments.SUPPORT_CONTEXT + "/operations/member-state?mutual=" + mutual
                    + "&number=" + number).body()).append('\n');
        }
        Http.get(Deployments.SUPPORT_CONTEXT + "/row-counts").body().lines()
                .filter(line -> line.startsWith("member=") || line.startsWith("password_history=")
                        || line.startsWith("mutual="))
                .forEach(line -> state.append(line).append('\n'));
        return state.toString();
    }

    List<MimeMessage> mailsTo(String address) {
        return java.util.Arrays.stream(SMTP.getReceivedMessages())
                .filter(message -> Mailboxes.recipientIs(message, address)).toList();
    }

    static String text(MimeMessage message) {
        try {
            var content = message.getContent();
            return content instanceof Multipart parts ? (String) parts.getBodyPart(0).getContent() : content.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String answer(String challenge) {
        return Http.get(Deployments.SUPPORT_CONTEXT + "/challenge-answer?id=" + enc(challenge)).body();
    }

    /** A number for the wrong password: unknown mostly, the member now and then. */
    static String number(Input v) {
        return Math.floorMod(v.name().hashCode(), 3) == 0 ? "300001" : unknownNumber();
    }

    static String unknownNumber() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(400_000_000L, 999_999_999L));
    }

    /** A client address of its own for each request (limits per address are not what is fuzzed). */
    static String from() {
        var random = ThreadLocalRandom.current();
        return "X-Forwarded-For: 198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    static String[] with(String... headers) {
        var all = new ArrayList<>(List.of(headers));
        all.add(from());
        return all.toArray(String[]::new);
    }

    static Response post(String target, Map<String, String> form, String... headers) {
        return PROXY.postForm(target, join(form), headers);
    }

    static Map<String, String> form(String... namesAndEncodedValues) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < namesAndEncodedValues.length; i += 2) {
            form.put(namesAndEncodedValues[i], namesAndEncodedValues[i + 1]);
        }
        return form;
    }

    /** Fields whose values are already urlencoded; names are encoded here. */
    static String join(Map<String, String> fields) {
        var joined = new StringBuilder();
        fields.forEach((name, value) -> {
            if (!joined.isEmpty()) {
                joined.append('&');
            }
            joined.append(enc(name)).append('=').append(value);
        });
        return joined.toString();
    }

    static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String find(Pattern pattern, String page) {
        var matcher = pattern.matcher(page);
        return matcher.find() ? matcher.group(1).replace("&amp;", "&") : null;
    }
}
