package fr.memberspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;

/**
 * The security headers on every response (pages, error pages, the container's own 404s),
 * the session cookie's flags, and redirects that never repeat the Host header.
 */
@ExtendWith(ArquillianExtension.class)
class ResponseHeadersIT {

    static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    static String mutual;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    static String mutual() {
        if (mutual == null) {
            mutual = Http.newMutual("Mutuelle des En-têtes");
        }
        return mutual;
    }

    @ParameterizedTest
    @ValueSource(strings = {"/MUTUAL/", "/MUTUAL/mot-de-passe", "/MUTUAL/securite", "/MUTUAL/nothing-here",
            "/MUTUAL/image/nothing", "/inconnue/", "/", "/WEB-INF/web.xml", "/WEB-INF/x", "/META-INF/",
            "/space/home.xhtml", "/space/does-not-exist.xhtml", "/errors/error.xhtml", "/MUTUAL"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        var response = Http.get(path.replace("MUTUAL", mutual()));

        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("camera=()").contains("geolocation=()"));
        assertThat(response.headers().allValues("Content-Security-Policy")).singleElement().satisfies(
                policy -> assertThat(policy).contains("frame-ancestors 'none'").contains("object-src 'none'")
                        .contains("base-uri"));
        // plain HTTP here: no HSTS (a browser ignores it over HTTP, and a test server may not have TLS)
        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/space/home.xhtml", "/space/change-password.xhtml", "/space/does-not-exist.xhtml",
            "/login.xhtml", "/reset-password.xhtml"})
    void viewsAreNeverReachedByTheirFileNames(String path) {
        var response = Http.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Page introuvable");
    }

    @Test
    void pageScriptsRunOnlyWithTheNonceOfTheirPolicy() {
        var page = Http.get("/" + mutual() + "/");

        var policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        var nonce = NONCE.matcher(policy);
        assertThat(nonce.find()).as("a nonce in " + policy).isTrue();
        assertThat(policy).contains("default-src 'none'").doesNotContain("'unsafe-eval'");
        assertThat(policy.substring(policy.indexOf("script-src"))).doesNotContain("'unsafe-inline'");
        assertThat(page.body()).contains("nonce=\"" + nonce.group(1) + "\"");
        // inline event handlers would be blocked by the policy: PrimeFaces moves them to scripts
        assertThat(page.body()).doesNotContainPattern("\\son(click|change|keyup|submit)=");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() {
        var response = Http.get("/" + mutual() + "/mot-de-passe");
        var cookies = response.headers().allValues("Set-Cookie");
        if (cookies.stream().noneMatch(c -> c.startsWith("JSESSIONID"))) {
            // the first step is stateless: the session comes with the member number
            var form = new LinkedHashMap<String, String>();
            form.put("reset", "reset");
            form.put("reset:number", "100001");
            form.put("reset:identify-submit", "reset:identify-submit");
            form.put("jakarta.faces.ViewState", "stateless");
            cookies = Http.post("/" + mutual() + "/mot-de-passe", form).headers().allValues("Set-Cookie");
        }

        assertThat(cookies).filteredOn(c -> c.startsWith("JSESSIONID")).singleElement().satisfies(
                cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                        .doesNotContainIgnoringCase("Secure"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/MUTUAL", "/MUTUAL/?lang=en", "/MUTUAL/espace/"})
    void redirectsNeverRepeatTheHostHeader(String path) {
        var response = raw("GET " + path.replace("MUTUAL", mutual()) + " HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 302").doesNotContain("evil.example")
                .containsPattern("(?im)^Location: /" + mutual() + "/");
    }

    @Test
    void theLanguageCookieIsSameSite() {
        HttpResponse<String> response = Http.get("/" + mutual() + "/?lang=en");

        assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).containsIgnoringCase("SameSite=Lax"));
    }

    /** The status line and headers of a request written by hand (the JDK client will not send a Host of our choice). */
    private static String raw(String request) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(Http.BASE.getHost(), Http.BASE.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
