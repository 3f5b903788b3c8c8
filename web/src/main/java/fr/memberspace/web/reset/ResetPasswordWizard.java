package fr.memberspace.web.reset;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.account.boundary.PasswordChange;
import fr.memberspace.activation.control.CodeCheck;
import fr.memberspace.challenge.boundary.ShownChallenge;
import fr.memberspace.reset.boundary.CodeRequest;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.web.mutual.ExpiredViews;
import fr.memberspace.web.password.PasswordChangeMessages;
import fr.memberspace.web.request.DeviceCookie;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.RequestContexts;

/**
 * Backs reset-password.xhtml: the member number, the activation code sent by e-mail, the
 * new password. Holds the wizard's state on the server (one per browser tab and view), so
 * no step can be skipped or replayed: every action first checks the step it belongs to.
 * The grant of a verified code never leaves the server.
 */
@Named
@ViewScoped
public class ResetPasswordWizard implements Serializable {

    /** Flash key the sign-in page sets for a member who must renew their password. */
    public static final String RENEWAL = "memberspace.renewal.number";

    private static final long serialVersionUID = 1L;

    /** The page's form, and its code field: errors about the code are shown under it. */
    private static final String FORM = "reset";
    private static final String CODE_FIELD = FORM + ":activation-code";

    @Inject
    PasswordResets resets;

    @Inject
    RequestContexts requests;

    @Inject
    CodeCooldown cooldown;

    private WizardStep step = WizardStep.IDENTIFY;
    private boolean renewal;
    private String number;
    private String maskedEmail;
    private String code;
    private String grant;
    private String password;
    private String confirmation;
    private ShownChallenge challenge;

    @PostConstruct
    void start() {
        var faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        if (faces.getExternalContext().getRequestParameterMap().containsKey(ExpiredViews.PARAMETER)) {
            Messages.info("reset.expired");
        }
        if (faces.getExternalContext().getFlash().get(RENEWAL) instanceof String renewing) {
            renewal = true;
            number = renewing;
            identify();
        }
    }

    /** Step identify: the member number; shows the (masked) address the code will go to. */
    public void identify() {
        if (!at(WizardStep.IDENTIFY)) {
            return;
        }
        maskedEmail = resets.identify(requests.current(), number).maskedEmail();
        step = WizardStep.SEND;
    }

    /** Step send, and "resend" on step code: e-mails a new code unless a limit says to wait. */
    public void sendCode() {
        if (step != WizardStep.SEND && !at(WizardStep.CODE)) {
            return;
        }
        var result = resets.requestCode(requests.current(), number);
        if (result instanceof CodeRequest.Sent sent) {
            maskedEmail = sent.maskedEmail();
            step = WizardStep.CODE;
            code = null;
            Messages.info("reset.code.sent", sent.maskedEmail(), sent.validity().toMinutes());
            cooldown.startAfterSending();
        } else if (result instanceof CodeRequest.Wait wait) {
            Messages.error("reset." + wait.reasonKey(), Messages.waitTime(wait.retryAfter()));
            cooldown.start(wait.retryAfter());
        }
    }

    /** Step code: the code typed; the right one opens the new-password step. */
    public void verifyCode() {
        if (!at(WizardStep.CODE)) {
            return;
        }
        var result = resets.verifyCode(requests.current(), number, code);
        code = null;
        if (result instanceof CodeCheck.Accepted accepted) {
            grant = accepted.grant();
            step = WizardStep.NEW_PASSWORD;
            newChallenge(false);
        } else if (result instanceof CodeCheck.Wrong wrong) {
            if (wrong.triesLeft() > 0) {
                Messages.errorOn(CODE_FIELD, "reset.code.wrong", wrong.triesLeft());
            } else {
                Messages.errorOn(CODE_FIELD, "reset.code.usedUp");
            }
        } else if (result instanceof CodeCheck.Expired) {
            Messages.errorOn(CODE_FIELD, "reset.code.expired");
        } else if (result instanceof CodeCheck.Wait wait) {
            Messages.errorOn(CODE_FIELD, "reset.wait", Messages.waitTime(wait.retryAfter()));
        } else {
            Messages.errorOn(CODE_FIELD, "reset.code.noLongerValid");
        }
    }

    /** Step new-password: sets the password if the challenge is passed and the policy accepts it. */
    public void changePassword() {
        if (!at(WizardStep.NEW_PASSWORD)) {
            return;
        }
        var parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        var result = resets.setPassword(requests.current(), number, grant, challenge.id(), parameters.get("answer"),
                password, confirmation);
        password = null;
        confirmation = null;
        var messages = new PasswordChangeMessages(FORM, null, null, "reset.newPassword.notAllowed",
                challenge.isWords() ? "login.challenge.wrongWord" : "login.challenge.wrong");
        if (messages.report(result)) {
            grant = null;
            step = WizardStep.DONE;
            var external = FacesContext.getCurrentInstance().getExternalContext();
            DeviceCookie.keep((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    ((PasswordChange.Changed) result).deviceTicket());
        } else if (result instanceof PasswordChange.NotAllowed) {
            grant = null;
            step = WizardStep.SEND;
        } else {
            newChallenge(challenge.isWords());
        }
    }

    /** For people who cannot see the pictures: the anti-robot question in words. */
    public void challengeInWords() {
        if (step == WizardStep.NEW_PASSWORD) {
            newChallenge(true);
        }
    }

    /** The anti-robot challenge of the new-password step (each one is answered once). */
    public ShownChallenge getChallenge() {
        return challenge;
    }

    private void newChallenge(boolean words) {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        challenge = resets.challenge(requests.current(), locale, words);
    }

    /** Starts again from the member number (another member, or a mistyped number). */
    public void restart() {
        step = WizardStep.IDENTIFY;
        renewal = false;
        number = null;
        maskedEmail = null;
        code = null;
        grant = null;
    }

    /** Whether the wizard is at the step with this id (the panels of the page ask). */
    public boolean isAt(String stepId) {
        return step.id().equals(stepId);
    }

    private boolean at(WizardStep expected) {
        if (step == expected) {
            return true;
        }
        Messages.error("reset.outOfStep");
        return false;
    }

    public String getStepId() {
        return step.id();
    }

    public boolean isRenewal() {
        return renewal;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }

    public String getMaskedEmail() {
        return maskedEmail;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

}
