package fr.memberspace.web.mutual;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The language switch: {@code ?lang=en} or {@code ?lang=fr} on a page keeps the choice in a
 * cookie (see {@link Languages}) and comes back to the same address without it.
 */
public class LanguageSwitch extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var language = request.getParameter(Languages.PARAMETER);
        var uri = request.getRequestURI();
        if (language == null || !"GET".equals(request.getMethod()) || !isPageAddress(uri)
                || uri.startsWith(request.getContextPath() + MutualRoutes.RESOURCES)) {
            chain.doFilter(request, response);
            return;
        }
        Languages.choose(language, request, response);
        response.sendRedirect(uri);
    }

    /**
     * An address on this site: {@code //evil.example/} or {@code /\evil.example/} would send
     * the browser to another site once repeated in a Location.
     */
    static boolean isPageAddress(String uri) {
        return uri.startsWith("/") && !uri.startsWith("//") && !uri.startsWith("/\\");
    }
}
