package fr.memberspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;

/**
 * Forms are posted from the product's own pages, by POST only: a form posted from another
 * site is refused (login CSRF), a GET carrying a form's fields submits nothing, other
 * methods are not allowed, and a view state that does not fit the page is an expired view.
 */
@ExtendWith(ArquillianExtension.class)
class FormSubmissionsIT {

    static final String NUMBER = "100002";
    static final String PASSWORD = "Adherent#2026ok";
    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    static String mutual;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @BeforeEach
    void aMutualWithAnActiveMember() {
        if (mutual == null) {
            mutual = Http.newMutual("Mutuelle des Formulaires");
            Http.support("members", Map.of("mutual", mutual, "number", NUMBER, "firstName", "Chloé",
                    "lastName", "Bernard", "email", "formulaires-" + mutual + "@example.org"));
            Http.support("password", Map.of("mutual", mutual, "number", NUMBER, "password", PASSWORD));
        }
        Http.support("forget-address", Map.of("address", "127.0.0.1"));
        Http.support("forget-address", Map.of("address", "127.0.7.1"));
    }

    private String signInWith(String... headers) {
        var form = LoginForm.of(mutual);
        return form.post("127.0.7.1", NUMBER, PASSWORD, form.rightAnswer(), headers);
    }

    @Test
    void aSignInPostedFromThePageItselfIsAccepted() {
        var response = signInWith("Origin: " + Http.BASE.getScheme() + "://" + Http.BASE.getAuthority(),
                "Sec-Fetch-Site: same-origin");

        assertThat(response).startsWith("HTTP/1.1 302").contains("/" + mutual + "/espace/");
    }

    @Test
    void aSignInPostedByAnotherSiteIsRefused() {
        assertThat(signInWith("Sec-Fetch-Site: cross-site")).startsWith("HTTP/1.1 403").doesNotContain("/espace/");
        assertThat(signInWith("Origin: https://evil.example")).startsWith("HTTP/1.1 403").doesNotContain("/espace/");
        assertThat(signInWith("Origin: null")).startsWith("HTTP/1.1 403").doesNotContain("/espace/");
    }

    @Test
    void theRefusalSaysWhyInTheMembersLanguage() {
        var french = Http.post("/" + mutual + "/", Map.of("login", "login"), "Sec-Fetch-Site", "cross-site");
        var english = Http.post("/" + mutual + "/", Map.of("login", "login"), "Sec-Fetch-Site", "cross-site",
                "Accept-Language", "en");

        assertThat(french.statusCode()).isEqualTo(403);
        assertThat(french.body()).contains("Formulaire refusé").doesNotContain("Exception");
        assertThat(english.statusCode()).isEqualTo(403);
        assertThat(english.body()).contains("Form refused");
    }

    @Test
    void aSignInOverGetSignsNobodyIn() {
        var form = LoginForm.of(mutual);
        var query = form.fields(NUMBER, PASSWORD, form.rightAnswer());

        var response = Http.get(form.action() + (form.action().contains("?") ? "&" : "?") + query);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "OPTIONS"})
    void formsAcceptNoOtherMethodThanPost(String method) {
        var form = LoginForm.of(mutual);

        var response = Http.send(method, form.action(), form.fields(NUMBER, PASSWORD, form.rightAnswer()));

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(
                allow -> assertThat(allow).contains("GET").contains("POST").doesNotContain("PUT"));
    }

    @Test
    void aWizardStepOverGetDoesNothing() {
        var path = "/" + mutual + "/mot-de-passe";
        var page = Http.get(path);
        var fields = identify(viewState(page.body()));

        var response = Http.get(path + "?" + Http.encode(fields), "Cookie", Http.cookies(page));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("data-step=\"identify\"").doesNotContain("id=\"masked-email\"");
    }

    @Test
    void aStatelessViewStatePostedToTheWizardUnderWayIsAnExpiredView() {
        var path = "/" + mutual + "/mot-de-passe";
        var cookies = wizardUnderWay(path);

        var posted = Http.post(path, Map.of("reset", "reset", "reset:send-submit", "reset:send-submit",
                "jakarta.faces.ViewState", "stateless"), "Cookie", cookies);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(path + "?expired"));
    }

    @Test
    void theAjaxVariantGetsARedirectAndNoClassName() {
        var path = "/" + mutual + "/mot-de-passe";
        var cookies = wizardUnderWay(path);
        var form = new LinkedHashMap<String, String>();
        form.put("jakarta.faces.partial.ajax", "true");
        form.put("jakarta.faces.source", "reset:send-submit");
        form.put("jakarta.faces.partial.execute", "@all");
        form.put("jakarta.faces.partial.render", "reset");
        form.put("reset:send-submit", "reset:send-submit");
        form.put("reset", "reset");
        form.put("jakarta.faces.ViewState", "stateless");

        var posted = Http.post(path, form, "Cookie", cookies, "Faces-Request", "partial/ajax");

        assertThat(posted.statusCode()).isEqualTo(200);
        assertThat(posted.body()).contains("<redirect url=\"").contains("expired")
                .doesNotContain("Exception").doesNotContain("<error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"espace/", "espace/mot-de-passe"})
    void aStatelessViewStatePostedToTheMemberSpaceIsAnExpiredView(String page) {
        var signedIn = signInWith();
        var session = signedIn.lines().filter(line -> line.regionMatches(true, 0, "Set-Cookie: JSESSIONID=", 0, 23))
                .map(line -> line.substring("Set-Cookie: ".length()).split(";", 2)[0]).findFirst().orElseThrow();
        var path = "/" + mutual + "/" + page;

        var posted = Http.post(path, Map.of("home", "home", "jakarta.faces.ViewState", "stateless"), "Cookie", session);

        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(path + "?expired"));
    }

    /** Types the number on the first step; returns the session's cookies. */
    private static String wizardUnderWay(String path) {
        var page = Http.get(path);
        var identified = Http.post(path, identify(viewState(page.body())), "Cookie", Http.cookies(page));
        var cookies = String.join("; ", Http.cookies(page), Http.cookies(identified)).replaceAll("^; |; $", "");
        assertThat(cookies).contains("JSESSIONID");
        return cookies;
    }

    private static Map<String, String> identify(String viewState) {
        var form = new LinkedHashMap<String, String>();
        form.put("reset", "reset");
        form.put("reset:number", NUMBER);
        form.put("reset:identify-submit", "reset:identify-submit");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    private static String viewState(String page) {
        var matcher = VIEW_STATE.matcher(page);
        assertThat(matcher.find()).as("a view state in the page").isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }
}
