package fr.memberspace.web.security;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Forms are submitted by POST, from the product's own pages:
 * <ul>
 * <li>a POST that another site made the browser send ({@code Sec-Fetch-Site: cross-site}
 * or {@code same-site}, else an {@code Origin} that is not this host) is refused with the
 * 403 page: an auto-submitting form elsewhere cannot sign a browser in (login CSRF), nor
 * drive the wizard;</li>
 * <li>a GET never submits a form: Faces' own parameters ({@code jakarta.faces.ViewState},
 * …) are hidden from it, so a sign-in link cannot put a password in access logs and
 * browser history;</li>
 * <li>any other method gets 405.</li>
 * </ul>
 * Requests without either header (not a browser, or a very old one) pass: a forged
 * cross-site form needs a browser, and browsers send {@code Origin} on every cross-site POST.
 */
public class FormSubmissions extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final Set<String> METHODS = Set.of("GET", "HEAD", "POST");
    static final String ALLOW = "GET, HEAD, POST";
    /** Parameters that make a request a Faces postback (view state, ajax, source, …). */
    static final String FACES_PARAMETERS = "jakarta.faces.";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var method = request.getMethod();
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // the error page of a refused or failed POST is not that form's postback
            chain.doFilter(new WithoutFormFields(request), response);
        } else if (!METHODS.contains(method)) {
            response.setHeader("Allow", ALLOW);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
        } else if ("POST".equals(method)) {
            if (fromThisSite(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"))) {
                chain.doFilter(request, response);
            } else {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            }
        } else {
            chain.doFilter(new WithoutFormFields(request), response);
        }
    }

    /**
     * Whether a POST comes from a page of this site. {@code Sec-Fetch-Site}, set by the browser
     * itself, decides when present ({@code none} is the member's own action, a bookmark);
     * else {@code Origin} must name this host; a request with neither is not a browser's
     * cross-site form.
     */
    static boolean fromThisSite(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        if (origin == null) {
            return true;
        }
        if (host == null) {
            return false;
        }
        try {
            var uri = new URI(origin);
            var authority = uri.getRawAuthority();
            return uri.getScheme() != null && authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false; // "null" (a sandboxed or privacy-sensitive context) and anything unreadable
        }
    }

    /** A GET without Faces' parameters: never a postback, whatever its query says. */
    static final class WithoutFormFields extends HttpServletRequestWrapper {

        WithoutFormFields(HttpServletRequest request) {
            super(request);
        }

        static boolean kept(String name) {
            return !name.startsWith(FACES_PARAMETERS);
        }

        @Override
        public String getParameter(String name) {
            return kept(name) ? super.getParameter(name) : null;
        }

        @Override
        public String[] getParameterValues(String name) {
            return kept(name) ? super.getParameterValues(name) : null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return super.getParameterMap().entrySet().stream().filter(e -> kept(e.getKey()))
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
