package fr.memberspace.web.admin;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import fr.memberspace.team.boundary.Enrolment;
import fr.memberspace.team.boundary.StaffCodeStep;
import fr.memberspace.team.boundary.StaffPasswordStep;
import fr.memberspace.team.boundary.StaffSignIn;
import fr.memberspace.web.login.MemberAuthentication;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.RequestContexts;

/**
 * Backs admin/sign-in.xhtml, the staff's sign-in at {@code /admin/} (a stateless page): the
 * e-mail and password first; once right, the session keeps the grant of that step (a value
 * signed by the server, valid 5 minutes) and the page asks the TOTP code — after showing the
 * QR code to enrol the second factor the first time. The code goes through container
 * security ({@link MemberAuthentication}); the session id changes there.
 */
@Named
@RequestScoped
public class AdminSignIn {

    /** Session attribute: the grant of a right password, until the code step. */
    static final String GRANT = "memberspace.staff.grant";

    @EJB
    StaffSignIn staffSignIn;

    @Inject
    SecurityContext security;

    @Inject
    RequestContexts requests;

    private String email;
    private String password;
    private String code;
    private Enrolment enrolment;

    /** {@code password}, or {@code code} once the password was right. */
    public String getStep() {
        return grant() == null ? "password" : "code";
    }

    /** The second factor to enrol, shown before the code the first time; null otherwise. */
    public Enrolment getEnrolment() {
        if (enrolment == null && grant() != null) {
            enrolment = staffSignIn.enrolment(grant()).orElse(null);
        }
        return enrolment;
    }

    /** Why the sign-in page is shown again: after a sign-out or an idle timeout. */
    public String getNotice() {
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        if (parameters.containsKey(AdminAccess.EXPIRED)) {
            return "admin.signIn.expired";
        }
        return parameters.containsKey(AdminAccess.SIGNED_OUT) ? "admin.signIn.signedOut" : null;
    }

    public void checkPassword() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var result = staffSignIn.checkPassword(requests.current(), email, password);
        password = null;
        if (result instanceof StaffPasswordStep.CodeNeeded needed) {
            request.getSession(true).setAttribute(GRANT, needed.grant());
        } else if (result instanceof StaffPasswordStep.EnrolmentNeeded needed) {
            request.getSession(true).setAttribute(GRANT, needed.grant());
            enrolment = needed.enrolment();
        } else if (result instanceof StaffPasswordStep.Wait wait) {
            Messages.error("admin.signIn.wait", Messages.waitTime(wait.retryAfter()));
        } else {
            Messages.error("admin.signIn.refused");
        }
    }

    public void checkCode() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        var grant = grant();
        if (grant == null) {
            Messages.error("admin.signIn.startOver");
            return;
        }
        request.setAttribute(MemberAuthentication.STAFF_REQUEST, requests.current());
        request.changeSessionId(); // no session fixation: a new id at sign-in
        security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(grant, new Password(code == null ? "" : code)))
                .newAuthentication(true));
        code = null;
        var result = request.getAttribute(MemberAuthentication.STAFF_RESULT);
        if (result instanceof StaffCodeStep.SignedIn signedIn) {
            var session = request.getSession();
            session.removeAttribute(GRANT);
            session.setAttribute(StaffSession.ATTRIBUTE, new StaffSession(signedIn.email(), signedIn.displayName(),
                    signedIn.role(), signedIn.at()));
            session.setMaxInactiveInterval((int) AdminAccess.idleTimeout().toSeconds());
            external.redirect(external.getRequestContextPath() + AdminAccess.HOME);
            faces.responseComplete();
        } else if (result instanceof StaffCodeStep.WrongCode) {
            Messages.errorOn("code:code", "admin.signIn.wrongCode");
        } else if (result instanceof StaffCodeStep.Wait wait) {
            forget(request.getSession(false));
            Messages.error("admin.signIn.wait", Messages.waitTime(wait.retryAfter()));
        } else {
            forget(request.getSession(false));
            Messages.error("admin.signIn.startOver");
        }
    }

    /** Back to the password step. */
    public void startOver() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        forget(request.getSession(false));
    }

    private static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(GRANT);
        }
    }

    private static String grant() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        var session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(GRANT);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
