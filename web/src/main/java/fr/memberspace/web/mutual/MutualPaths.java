package fr.memberspace.web.mutual;

import java.io.IOException;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.challenge.boundary.Challenges;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.web.login.Callers;
import fr.memberspace.web.login.Login;

/**
 * Resolves {@code /{mutual}/{page}} to the mutual and forwards to the page's view.
 * An unknown mutual or page gets the 404 page; views are never reached by their own
 * file names, and the Faces resources pass through untouched.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class MutualPaths extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String RESOURCES = "/jakarta.faces.resource/";

    /** Challenge pictures: {@code /{mutual}/image/{random id}}. */
    static final String PICTURES = "image/";

    @EJB
    Mutuals mutuals;

    @EJB
    Challenges challenges;

    @EJB
    Accounts accounts;

    @Inject
    CurrentMutual current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        securityHeaders(response);
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(RESOURCES) || path.startsWith("/resources/")) {
            chain.doFilter(request, response);
            return;
        }
        var slash = path.indexOf('/', 1);
        if (slash < 0) {
            // "/mcrn" → "/mcrn/": the login page's relative links need the trailing slash.
            if (path.length() > 1 && mutuals.find(path.substring(1)).isPresent()) {
                response.sendRedirect(request.getContextPath() + path + "/");
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
            return;
        }
        var mutual = mutuals.find(path.substring(1, slash));
        var rest = path.substring(slash + 1);
        if (mutual.isPresent() && rest.startsWith(PICTURES)) {
            picture(rest.substring(PICTURES.length()), response);
            return;
        }
        var page = MutualPage.ofPath(rest);
        if (mutual.isEmpty() || page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        var language = request.getParameter(Languages.PARAMETER);
        if (language != null && "GET".equals(request.getMethod())) {
            Languages.choose(language, request, response);
            response.sendRedirect(request.getContextPath() + path);
            return;
        }
        // pages with a member's data or a wizard step: never from a cache, nor by the back button
        response.setHeader("Cache-Control", "no-store");
        if (page.get().isProtected() && !signedInMember(mutual.get().getCode(), request)) {
            // not signed in, signed in with another mutual, or the password changed since: to the login page
            response.sendRedirect(request.getContextPath() + "/" + mutual.get().getCode() + "/");
            return;
        }
        current.set(mutual.get());
        request.getRequestDispatcher(page.get().view()).forward(request, response);
    }

    /**
     * Whether the caller is a member of this mutual whose session began after the last
     * change of their password; a session older than that is ended here.
     */
    private boolean signedInMember(String mutualCode, HttpServletRequest request) {
        var number = Callers.numberIn(mutualCode, request.getUserPrincipal());
        if (number.isEmpty()) {
            return false;
        }
        var session = request.getSession(false);
        var signedInAt = session == null ? null : (Instant) session.getAttribute(Login.SIGNED_IN_AT);
        if (!accounts.sessionIsCurrent(mutualCode, number.get(), signedInAt)) {
            try {
                request.logout();
            } catch (ServletException e) {
                // the session goes anyway
            }
            if (session != null) {
                session.invalidate();
            }
            return false;
        }
        return true;
    }

    /** A picture of a live challenge, by its random id; nothing else is served from here. */
    private void picture(String id, HttpServletResponse response) throws IOException {
        var svg = challenges.picture(id);
        if (svg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.getOutputStream().write(svg.get());
    }

    private static void securityHeaders(HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
    }
}
