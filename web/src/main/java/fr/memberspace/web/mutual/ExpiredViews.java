package fr.memberspace.web.mutual;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A page left open past the session's end (or after a server restart): instead of an error,
 * the member is sent back to the same page, fresh, with {@code ?expired} so the page can
 * say why. Works for ajax requests too (Faces answers them with a partial redirect).
 */
public class ExpiredViews extends ExceptionHandlerFactory {

    public static final String PARAMETER = "expired";

    public ExpiredViews(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
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
                if (event.getContext().getException() instanceof ViewExpiredException) {
                    events.remove();
                    redirectToFreshPage();
                }
            }
            getWrapped().handle();
        }

        private static void redirectToFreshPage() {
            var faces = FacesContext.getCurrentInstance();
            var external = faces.getExternalContext();
            var request = (HttpServletRequest) external.getRequest();
            try {
                // the public path (/mcrn/mot-de-passe), not the view the filter forwarded to
                var forwarded = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
                external.redirect((forwarded != null ? forwarded : request.getRequestURI()) + "?" + PARAMETER);
                faces.responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
