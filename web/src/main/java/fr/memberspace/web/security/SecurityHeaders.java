package fr.memberspace.web.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The security headers of every response: pages, pictures, resources and error pages (the
 * filter runs on error dispatches too, since the container resets the headers before one).
 * <p>
 * Faces pages get PrimeFaces' policy, the same as {@link #POLICY} with a fresh script nonce
 * ({@code primefaces.CSP} in web.xml); it replaces the default one here rather than being
 * added beside it, as two policies would both apply and the default one would block the
 * page's scripts.
 */
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CSP = "Content-Security-Policy";

    /**
     * Same-origin everything, no plugins, no framing, forms posted to this site only. It ends
     * with {@code script-src}: PrimeFaces appends the nonce of each page there, and web.xml
     * gives it this same text ({@code primefaces.CSP_POLICY}).
     */
    public static final String POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'; script-src 'self'";

    /** Browser features the pages never use: a page script cannot ask for them either. */
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=(), interest-cohort=()";

    /** Two years, sub-domains included: once a browser has seen it, the member space is TLS only. */
    static final String HSTS = "max-age=63072000; includeSubDomains";

    /** The headers of a response, over TLS or not. */
    static Map<String, String> headers(boolean secure) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS);
        headers.put(CSP, POLICY);
        if (secure) {
            // over plain HTTP a browser ignores it, and it would promise what this connection is not
            headers.put("Strict-Transport-Security", HSTS);
        }
        return headers;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        headers(request.isSecure()).forEach(response::setHeader);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** A page's own policy (with its nonce) replaces the default one instead of adding a second. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (CSP.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
