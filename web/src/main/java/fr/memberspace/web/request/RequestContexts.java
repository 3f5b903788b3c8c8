package fr.memberspace.web.request;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import fr.memberspace.request.RequestContext;
import fr.memberspace.web.mutual.CurrentMutual;

/**
 * Builds the {@link RequestContext} of the current Faces request. The client address is
 * the connection's peer: behind a reverse proxy, let Undertow read X-Forwarded-For
 * ({@code proxy-address-forwarding}) so this is the member's, not the proxy's.
 */
@ApplicationScoped
public class RequestContexts {

    @Inject
    CurrentMutual mutual;

    public RequestContext current() {
        var faces = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        return new RequestContext(mutual.getCode(), request.getRemoteAddr(), request.getHeader("User-Agent"),
                faces.getViewRoot().getLocale());
    }
}
