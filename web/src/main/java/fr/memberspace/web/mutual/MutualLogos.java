package fr.memberspace.web.mutual;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.mutual.boundary.Mutuals;

/**
 * A mutual's logo ({@code /{mutual}/logo.png}): the PNG its administrator gave, checked when
 * it was saved; not found for a mutual without one. No address of its own: the routing
 * filter forwards here by name (declared in web.xml without a mapping).
 */
public class MutualLogos extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String NAME = "MutualLogos";
    /** Request attribute: the code of the mutual whose logo is asked. */
    public static final String MUTUAL = "memberspace.logo.mutual";

    @EJB
    Mutuals mutuals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var png = mutuals.logo((String) request.getAttribute(MUTUAL));
        if (png.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/png");
        // a change shows within a few minutes; the logo holds nothing private
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setContentLength(png.get().length);
        response.getOutputStream().write(png.get());
    }
}
