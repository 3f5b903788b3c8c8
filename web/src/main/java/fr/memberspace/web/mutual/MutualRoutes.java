package fr.memberspace.web.mutual;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.web.challenge.ChallengePictures;

/**
 * Resolves {@code /{mutual}/{page}} to the mutual and forwards to the page's view, or to
 * the challenge pictures for {@code /{mutual}/image/…}. An unknown mutual or page gets the
 * 404 page; views are never reached by their own file names, and the Faces resources pass
 * through untouched. Who may see a page of the member space is decided where the forward
 * lands (the space's own filter).
 */
public class MutualRoutes extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String RESOURCES = "/jakarta.faces.resource/";

    /** Challenge pictures: {@code /{mutual}/image/{address}}. */
    static final String PICTURES = "image/";
    /** The mutual's logo: {@code /{mutual}/logo.png}. */
    static final String LOGO = "logo.png";

    @EJB
    Mutuals mutuals;

    @Inject
    CurrentMutual current;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
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
            request.setAttribute(ChallengePictures.MUTUAL, mutual.get().getCode());
            request.setAttribute(ChallengePictures.ADDRESS, rest.substring(PICTURES.length()));
            request.getServletContext().getNamedDispatcher(ChallengePictures.NAME).forward(request, response);
            return;
        }
        if (mutual.isPresent() && rest.equals(LOGO)) {
            request.setAttribute(MutualLogos.MUTUAL, mutual.get().getCode());
            request.getServletContext().getNamedDispatcher(MutualLogos.NAME).forward(request, response);
            return;
        }
        var page = MutualPage.ofPath(rest);
        if (mutual.isEmpty() || page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // pages with a member's data or a wizard step: never from a cache, nor by the back button
        response.setHeader("Cache-Control", "no-store");
        current.set(mutual.get());
        request.getRequestDispatcher(page.get().view()).forward(request, response);
    }
}
