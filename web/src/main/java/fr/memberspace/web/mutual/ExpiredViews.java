package fr.memberspace.web.mutual;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.render.ResponseStateManager;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.primefaces.csp.CspException;

/**
 * A page left open past the session's end (or after a server restart): instead of an error,
 * the member is sent back to the same page, fresh, with {@code ?expired} so the page can
 * say why. Works for ajax requests too (Faces answers them with a partial redirect). A view
 * state that does not fit the page ({@code stateless} posted to a page that keeps its
 * state) is the same case: the state the form needs is not on the server.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public static final String PARAMETER = "expired";

    /** The view state a stateless page posts. */
    static final String STATELESS = "stateless";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    /**
     * Whether an exception means the posted view cannot be had: it expired, or a page that
     * keeps state was posted {@code stateless} (Faces then fails to restore it).
     */
    static boolean isExpiredView(Throwable exception, PhaseId phase, String postedViewState) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return phase == PhaseId.RESTORE_VIEW && STATELESS.equals(postedViewState);
    }

    /** The same page, fresh: its public path ({@code /mcrn/mot-de-passe}), not the view the routing forwarded to. */
    static String freshPage(String forwardedUri, String requestUri) {
        return (forwardedUri != null ? forwardedUri : requestUri) + "?" + PARAMETER;
    }

    static class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            var events = getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                var event = events.next();
                var context = event.getContext();
                var posted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .get(ResponseStateManager.VIEW_STATE_PARAM);
                if (isExpiredView(context.getException(), context.getPhaseId(), posted)) {
                    events.remove();
                    redirectToFreshPage();
                }
            }
            getWrapped().handle();
        }
    }

    /** Sends the member to the same page, fresh, and ends this request's lifecycle. */
    static void redirectToFreshPage() {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        try {
            external.redirect(freshPage((String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI),
                    request.getRequestURI()));
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
