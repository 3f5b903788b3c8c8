package fr.memberspace.web.login;

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

import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.challenge.boundary.Challenges;
import fr.memberspace.challenge.ShownChallenge;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.mutual.MutualPage;
import fr.memberspace.web.request.DeviceCookie;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.PostedFields;
import fr.memberspace.web.request.RequestContexts;
import fr.memberspace.web.reset.ResetStart;

/**
 * Backs login.xhtml (a stateless page: no session until the member is signed in): the
 * image challenge first, then the member number and password through container security.
 * A member who must renew goes to the wizard with the number filled in, not signed in.
 */
@Named
@RequestScoped
public class Login {

    /** Request parameters of the challenge (plain inputs: the page keeps no state). */
    static final String CHALLENGE = "challenge";
    static final String ANSWER = "answer";
    static final String WITHOUT_PICTURES = "sans-images";
    /** Session attribute: the member's previous sign-in, shown on the home page. */
    public static final String PREVIOUS_SIGN_IN = "memberspace.previousSignIn";
    /**
     * Session attribute: when this session signed in. A password changed later (elsewhere)
     * ends the session: the member's other sessions do not survive a password change.
     */
    public static final String SIGNED_IN_AT = "memberspace.signedInAt";

    @EJB
    Challenges challenges;

    @Inject
    SecurityContext security;

    @Inject
    RequestContexts requests;

    @Inject
    CurrentMutual mutual;

    private String number;
    private String password;
    private ShownChallenge challenge;

    /** The challenge of this page: new at every rendering, answered once. */
    public ShownChallenge getChallenge() {
        if (challenge == null) {
            var faces = FacesContext.getCurrentInstance();
            var locale = faces.getViewRoot().getLocale();
            var request = faces.getExternalContext().getRequestMap();
            if (request.get(LoginPages.CHALLENGE) instanceof ShownChallenge issued
                    && locale.getLanguage().equals(request.get(LoginPages.LANGUAGE))) {
                // the one LoginPages issued for this view, to keep the page as a template
                challenge = issued;
                return challenge;
            }
            challenge = isWithoutPictures() ? challenges.issueQuestion(mutual.getCode(), locale)
                    : challenges.issue(mutual.getCode(), locale);
        }
        return challenge;
    }

    /** Whether the member asked for the question in words instead of the pictures. */
    public boolean isWithoutPictures() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .containsKey(WITHOUT_PICTURES);
    }

    public void signIn() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var parameters = external.getRequestParameterMap();
        if (!challenges.pass(mutual.getCode(), parameters.get(CHALLENGE), parameters.get(ANSWER))) {
            Messages.error(isWithoutPictures() ? "login.challenge.wrongWord" : "login.challenge.wrong");
            return;
        }
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        request.setAttribute(MemberAuthentication.REQUEST, requests.current());
        // the number as sent, whole: a longer one is refused as such, never cut to a member's
        var sent = PostedFields.asSent("login:number");
        number = sent == null ? number : sent.strip();
        // as the mutual writes it (letters in upper case); one that cannot be a number goes on
        // as typed, to the same refusal as a wrong password
        number = mutual.memberNumber(number).orElse(number);
        if (request.getSession(false) != null) {
            request.changeSessionId(); // no session fixation: a new id at sign-in
        }
        security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(number, new Password(password == null ? "" : password)))
                .newAuthentication(true));
        password = null;
        var result = request.getAttribute(MemberAuthentication.RESULT);
        if (result instanceof SignIn.SignedIn signedIn) {
            request.getSession().setAttribute(PREVIOUS_SIGN_IN, signedIn.member().previousSignIn());
            request.getSession().setAttribute(SIGNED_IN_AT, signedIn.at());
            DeviceCookie.keep(request, response, signedIn.deviceTicket());
            external.redirect(external.getRequestContextPath() + mutual.path(MutualPage.SPACE_HOME));
            faces.responseComplete();
        } else if (result instanceof SignIn.MustRenew) {
            new ResetStart(number, true, null).leaveIn(external.getSessionMap());
            external.redirect(external.getRequestContextPath() + mutual.path(MutualPage.RESET_PASSWORD));
            faces.responseComplete();
        } else if (result instanceof SignIn.Wait wait) {
            Messages.error("login.wait", Messages.waitTime(wait.retryAfter()));
        } else if (result instanceof SignIn.LockedUntilReset) {
            Messages.error("login.lockedUntilReset");
        } else {
            Messages.error("login.refused");
        }
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
