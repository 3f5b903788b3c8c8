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
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.team.boundary.StaffCodeStep;
import fr.memberspace.team.boundary.StaffSignIn;

/**
 * Container security of the application (Jakarta Security on WildFly's Elytron; Soteria
 * takes one mechanism per application, so this one serves both doors, chosen by what the
 * page that asks to authenticate put in the request, never by a parameter a client sends):
 * <ul>
 * <li>the member login page: checks the member number and password through
 * {@link Accounts#signIn} and, for an active member, tells the container the caller is
 * {@code <mutual>/<number>} with the role {@value #ROLE}. Any other answer (must renew,
 * refused, wait) leaves the caller anonymous; the page reads it from {@value #RESULT}.</li>
 * <li>the staff sign-in at {@code /admin/} ({@value #STAFF_REQUEST}): checks the TOTP code
 * with the grant of the password step through {@link StaffSignIn#checkCode} and, once
 * signed in, tells the container the caller is {@code staff:<email>} with the role
 * {@code platform-admin} or {@code support}, never {@value #ROLE}; the page reads the
 * answer from {@value #STAFF_RESULT}.</li>
 * </ul>
 * A member never gets a staff role, and a staff caller's name never has the
 * {@code <mutual>/} prefix the member space checks.
 */
@ApplicationScoped
@AutoApplySession
public class MemberAuthentication implements HttpAuthenticationMechanism {

    public static final String ROLE = "member";
    /** Request attribute: the {@link RequestContext} of the sign-in (set by the login page). */
    public static final String REQUEST = "memberspace.signIn.request";
    /** Request attribute: the {@link SignIn} result. */
    public static final String RESULT = "memberspace.signIn.result";

    /** Request attribute: the {@link RequestContext} of a staff sign-in's code step (set by the staff sign-in page). */
    public static final String STAFF_REQUEST = "memberspace.staffSignIn.request";
    /** Request attribute: the {@link StaffCodeStep} result. */
    public static final String STAFF_RESULT = "memberspace.staffSignIn.result";

    @Inject
    Accounts accounts;

    @Inject
    StaffSignIn staff;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential
                && request.getAttribute(STAFF_REQUEST) instanceof RequestContext staffSignIn) {
            // the caller is the grant of the password step, the password is the TOTP code
            var result = staff.checkCode(staffSignIn, credential.getCaller(), credential.getPasswordAsString());
            request.setAttribute(STAFF_RESULT, result);
            if (result instanceof StaffCodeStep.SignedIn signedIn && StaffRoles.isStaffRole(signedIn.role())) {
                return context.notifyContainerAboutLogin(StaffRoles.callerName(signedIn.email()), Set.of(signedIn.role()));
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
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
