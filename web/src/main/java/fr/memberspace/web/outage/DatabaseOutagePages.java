package fr.memberspace.web.outage;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page whose request fails because the database cannot be reached answers 503 with a
 * {@code Retry-After}, and the error page for 503 (in the member's language) instead of the
 * 500 of an unexpected failure: a load balancer may retry elsewhere, a member tries again
 * in a moment. One line in the log, without the stack trace each such request would repeat.
 */
public class DatabaseOutagePages extends HttpFilter {

    static final String RETRY_AFTER_SECONDS = "30";

    private static final Logger LOG = Logger.getLogger(DatabaseOutagePages.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseOutage.causes(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable: {0} answered 503 ({1})",
                    new Object[] {request.getRequestURI(), rootCause(e)});
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static String rootCause(Throwable failure) {
        var cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
