package fr.memberspace.web.reset;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import fr.memberspace.password.PasswordChange;
import fr.memberspace.activation.control.CodeCheck;
import fr.memberspace.challenge.ShownChallenge;
import fr.memberspace.reset.boundary.CodeRequest;
import fr.memberspace.reset.boundary.Identification;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.mutual.MutualPage;
import fr.memberspace.web.password.PasswordChangeMessages;
import fr.memberspace.web.request.DeviceCookie;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.RequestContexts;
import fr.memberspace.web.reset.WizardSteps.Action;

/**
 * Backs reset-password.xhtml once the member number is known (the first step,
 * {@link ResetPasswordStart}, is stateless): the activation code sent by e-mail, the new
 * password. Holds the wizard's state on the server (one per browser tab and view), so no
 * step can be skipped or replayed: every action first asks the step machine
 * ({@link WizardSteps}) whether it belongs to the current step. The grant of a verified code
 * never leaves the server.
 */
@Named
@ViewScoped
public class ResetPasswordWizard implements Serializable {

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

    @Inject
    CurrentMutual mutual;

    private WizardSteps steps = WizardSteps.atStart();
    private boolean renewal;
    private String number;
    private String maskedEmail;
    private String code;
    private String grant;
    private String password;
    private String confirmation;
    private ShownChallenge challenge;

    /** Takes the number the first step (or the sign-in page) left in the session, and shows where the code will go. */
    @PostConstruct
    void start() {
        var faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return;
        }
        var started = ResetStart.takeFrom(faces.getExternalContext().getSessionMap());
        if (started.isPresent()) {
            number = started.get().number();
            renewal = started.get().renewal();
            var identification = started.get().maskedEmail() != null
                    ? new Identification.Shown(number, started.get().maskedEmail())
                    : resets.identify(requests.current(), number);
            if (identification instanceof Identification.Shown shown) {
                number = shown.number();
                maskedEmail = shown.maskedEmail();
                steps.identify();
            } else {
                Messages.error("reset.wait", Messages.waitTime(((Identification.Wait) identification).retryAfter()));
            }
        }
    }

    /** Step send, and "resend" on step code: e-mails a new code unless a limit says to wait. */
    public void sendCode() {
        if (!allowed(Action.SEND_CODE)) {
            return;
        }
        var result = resets.requestCode(requests.current(), number);
        if (result instanceof CodeRequest.Sent sent) {
            maskedEmail = sent.maskedEmail();
            steps.codeSent();
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
        if (!allowed(Action.VERIFY_CODE)) {
            return;
        }
        var result = resets.verifyCode(requests.current(), number, code);
        code = null;
        if (result instanceof CodeCheck.Accepted accepted) {
            grant = accepted.grant();
            steps.codeAccepted();
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
        if (!allowed(Action.CHANGE_PASSWORD)) {
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
            steps.passwordChanged();
            var external = FacesContext.getCurrentInstance().getExternalContext();
            DeviceCookie.keep((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                    ((PasswordChange.Changed) result).deviceTicket());
        } else if (result instanceof PasswordChange.NotAllowed) {
            grant = null;
            steps.grantRefused();
        } else {
            newChallenge(challenge.isWords());
        }
    }

    /** For people who cannot see the pictures: the anti-robot question in words. */
    public void challengeInWords() {
        if (steps.allows(Action.CHALLENGE_IN_WORDS)) {
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

    /**
     * Starts again from the member number (another member, or a mistyped number): the
     * first step, stateless, asked anew; this view and its state are left behind.
     */
    public void restart() throws IOException {
        if (!allowed(Action.RESTART)) {
            return;
        }
        steps.restart();
        grant = null;
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + mutual.path(MutualPage.RESET_PASSWORD));
        faces.responseComplete();
    }

    /** Whether the wizard is at the step with this id (the panels of the page ask). */
    public boolean isAt(String stepId) {
        return steps.current().id().equals(stepId);
    }

    private boolean allowed(Action action) {
        if (steps.allows(action)) {
            return true;
        }
        Messages.error("reset.outOfStep");
        return false;
    }

    public String getStepId() {
        return steps.current().id();
    }

    public boolean isRenewal() {
        return renewal;
    }

    public String getNumber() {
        return number;
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
