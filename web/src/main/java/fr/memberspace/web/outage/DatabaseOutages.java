package fr.memberspace.web.outage;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;

import fr.memberspace.web.request.Messages;

/**
 * The database unreachable during an ajax request of a page (a wizard step, a sign-in): the
 * member stays on the step, with a message saying the service is unavailable for a moment,
 * instead of Faces' error answer (which names the exception). A full page request goes on
 * to {@link DatabaseOutagePages}, which answers 503.
 */
public class DatabaseOutages extends ExceptionHandlerFactory {

    public DatabaseOutages(ExceptionHandlerFactory wrapped) {
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
        public void handle() {
            var faces = FacesContext.getCurrentInstance();
            if (faces.getPartialViewContext().isAjaxRequest()) {
                var events = getUnhandledExceptionQueuedEvents().iterator();
                while (events.hasNext()) {
                    if (DatabaseOutage.causes(events.next().getContext().getException())) {
                        events.remove();
                        Messages.error("error.unavailable.text");
                        faces.getExternalContext().setResponseHeader("Retry-After", DatabaseOutagePages.RETRY_AFTER_SECONDS);
                    }
                }
            }
            getWrapped().handle();
        }
    }
}
