package fr.memberspace.web.request;

import java.util.Collections;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import fr.memberspace.request.RequestContext;
import fr.memberspace.web.mutual.CurrentMutual;

/**
 * Builds the {@link RequestContext} of the current Faces request. The client address is
 * the connection's peer, or, when the peer is one of the reverse proxies named by the
 * system property {@value #TRUSTED_PROXIES} (set from {@code MEMBERSPACE_TRUSTED_PROXIES}
 * by wildfly-config/configure-memberspace.cli), the address those proxies forwarded in
 * {@code X-Forwarded-For} (see {@link TrustedProxies}).
 */
@ApplicationScoped
public class RequestContexts {

    static final String TRUSTED_PROXIES = "memberspace.trusted-proxies";

    private static final Logger LOG = Logger.getLogger(RequestContexts.class.getName());

    @Inject
    CurrentMutual mutual;

    private TrustedProxies proxies;

    /** A wrong list stops the deployment: guessing would either throttle everybody or trust a spoofer. */
    @PostConstruct
    void readTrustedProxies() {
        try {
            proxies = TrustedProxies.parse(System.getProperty(TRUSTED_PROXIES));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(TRUSTED_PROXIES + " (MEMBERSPACE_TRUSTED_PROXIES): " + e.getMessage(), e);
        }
        LOG.info(() -> "X-Forwarded-For believed from: " + proxies);
    }

    /** Reads the list when the application starts, not at the first request: a wrong one stops the deployment. */
    void atStartup(@Observes @Initialized(ApplicationScoped.class) Object start) {
        LOG.fine(() -> "Trusted proxies: " + proxies);
    }

    /**
     * The current request as a staff page acts on a member of {@code mutualCode} (a page of
     * {@code /admin/} has no mutual in its path): the staff member's address and user agent,
     * no device ticket.
     */
    public RequestContext about(String mutualCode) {
        var faces = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        var client = proxies.clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        return new RequestContext(mutualCode, client, request.getHeader("User-Agent"), faces.getViewRoot().getLocale());
    }

    public RequestContext current() {
        var faces = FacesContext.getCurrentInstance();
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        var client = proxies.clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
        return new RequestContext(mutual.getCode(), client, request.getHeader("User-Agent"),
                faces.getViewRoot().getLocale(), DeviceCookie.read(request));
    }
}
