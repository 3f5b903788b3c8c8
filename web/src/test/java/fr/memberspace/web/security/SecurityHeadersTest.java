package fr.memberspace.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headers of every response, with and without TLS. */
class SecurityHeadersTest {

    @Test
    void overTlsTheBrowserIsToldToUseNothingElse() {
        assertThat(SecurityHeaders.headers(true)).containsEntry("Strict-Transport-Security",
                "max-age=63072000; includeSubDomains");
    }

    @Test
    void overPlainHttpNoTransportSecurityIsPromised() {
        assertThat(SecurityHeaders.headers(false)).doesNotContainKey("Strict-Transport-Security");
    }

    @Test
    void everyResponseForbidsFramingSniffingAndForeignContent() {
        var headers = SecurityHeaders.headers(false);

        assertThat(headers).containsEntry("X-Content-Type-Options", "nosniff").containsEntry("X-Frame-Options", "DENY")
                .containsEntry("Referrer-Policy", "same-origin");
        assertThat(headers.get("Permissions-Policy")).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(headers.get("Content-Security-Policy")).contains("default-src 'none'", "frame-ancestors 'none'",
                "object-src 'none'", "base-uri 'none'", "form-action 'self'");
    }

    @Test
    void thePolicyEndsWithScriptSrcWherePrimeFacesAppendsThePagesNonce() {
        assertThat(SecurityHeaders.POLICY).endsWith("script-src 'self'").doesNotContain("unsafe-eval");
    }
}
