package fr.memberspace.web.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Redirects with the path only ({@code Location: /mcrn/espace/}): the container would make
 * it absolute from the request's Host header, which the client writes, so a forged Host
 * ({@code evil.example}) would come back in the Location. Browsers resolve a relative
 * Location against the address they asked for (RFC 9110), so nothing else changes.
 */
public class RelativeRedirects extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new Relative(response));
    }

    static final class Relative extends HttpServletResponseWrapper {

        Relative(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            if (isCommitted()) {
                throw new IllegalStateException("response already committed");
            }
            resetBuffer();
            setStatus(SC_FOUND);
            setHeader("Location", location);
            flushBuffer();
        }
    }
}
