package fr.memberspace.web.challenge;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.challenge.boundary.Challenges;

/**
 * A picture of a live challenge ({@code /{mutual}/image/{address}}), as SVG; anything else
 * is not found. It has no address of its own: the routing filter forwards to it by name,
 * with the mutual and the picture's address as request attributes (declared in web.xml
 * without a mapping).
 */
public class ChallengePictures extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String NAME = "ChallengePictures";
    /** Request attribute: the code of the mutual whose path the picture was asked on. */
    public static final String MUTUAL = "memberspace.picture.mutual";
    /** Request attribute: the picture's address, the part of the path after {@code image/}. */
    public static final String ADDRESS = "memberspace.picture.address";

    @EJB
    Challenges challenges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var address = (String) request.getAttribute(ADDRESS);
        var svg = address == null ? Optional.<byte[]>empty() : challenges.picture(address);
        if (svg.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("image/svg+xml");
        response.setHeader("Cache-Control", "no-store");
        // an SVG opened on its own is a document: no script, only its own inline styles
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
        response.getOutputStream().write(svg.get());
    }
}
