package fr.memberspace.web.login;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.request.RequestContext;

/**
 * Container security for the member space (Jakarta Security on WildFly's Elytron): when the
 * login page asks to authenticate, checks the member number and password through
 * {@link Accounts#signIn} and, for an active member, tells the container the caller is
 * {@code <mutual>/<number>} with the role {@value #ROLE}. The session then carries it.
 * Any other answer (must renew, refused, wait) leaves the caller anonymous; the login page
 * reads it from the request attribute {@value #RESULT}.
 */
@ApplicationScoped
@AutoApplySession
public class MemberAuthentication implements HttpAuthenticationMechanism {

    public static final String ROLE = "member";
    /** Request attribute: the {@link RequestContext} of the sign-in (set by the login page). */
    public static final String REQUEST = "memberspace.signIn.request";
    /** Request attribute: the {@link SignIn} result. */
    public static final String RESULT = "memberspace.signIn.result";

    @Inject
    Accounts accounts;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential
                && request.getAttribute(REQUEST) instanceof RequestContext signIn) {
            var result = accounts.signIn(signIn, credential.getCaller(), credential.getPasswordAsString());
            request.setAttribute(RESULT, result);
            if (result instanceof SignIn.SignedIn) {
                return context.notifyContainerAboutLogin(Callers.name(signIn.mutualCode(), credential.getCaller()),
                        Set.of(ROLE));
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return context.doNothing();
    }
}
