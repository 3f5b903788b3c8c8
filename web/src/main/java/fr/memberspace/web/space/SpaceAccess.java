package fr.memberspace.web.space;

import java.io.IOException;
import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.web.login.Callers;
import fr.memberspace.web.login.Login;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.mutual.MutualPage;

/**
 * Who may see the member space: the views under {@code /space/} are reached only by the
 * routing filter's forward (security constraints do not apply to forwards), and only by a
 * member of the mutual whose session began after the last change of their password; anyone
 * else goes to the sign-in page, and a session older than that change is ended here. Asked
 * by their own file names, the views are not found.
 */
public class SpaceAccess extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    Accounts accounts;

    @Inject
    CurrentMutual mutual;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!mutual.isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else if (signedInMember(mutual.getCode(), request)) {
            chain.doFilter(request, response);
        } else {
            // not signed in, signed in with another mutual, or the password changed since
            response.sendRedirect(request.getContextPath() + mutual.path(MutualPage.LOGIN));
        }
    }

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
}
