package fr.memberspace.web.reset;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.render.ResponseStateManager;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.reset.boundary.Identification;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.mutual.ExpiredViews;
import fr.memberspace.web.mutual.MutualPage;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.PostedFields;
import fr.memberspace.web.request.RequestContexts;

/**
 * Backs the first step of reset-password.xhtml, the member number, served stateless: opening
 * the wizard creates no session (anyone can open it any number of times). The number typed
 * is left for the wizard in a new session ({@link ResetStart}) and the page is asked again;
 * from then on {@link ResetPasswordWizard} keeps the steps on the server.
 */
@Named
@RequestScoped
public class ResetPasswordStart {

    /** The number's field: its errors are shown under it. */
    static final String NUMBER_FIELD = "reset:number";

    @Inject
    CurrentMutual mutual;

    @Inject
    PasswordResets resets;

    @Inject
    RequestContexts requests;

    private Boolean stateless;
    private String number;

    /** Before the page is shown: says why a page left open too long came back fresh. */
    public void sayWhyIfExpired() {
        var faces = FacesContext.getCurrentInstance();
        if (!faces.isPostback() && faces.getExternalContext().getRequestParameterMap().containsKey(ExpiredViews.PARAMETER)) {
            Messages.info("reset.expired");
        }
    }

    /**
     * Whether this request shows the first step, stateless ({@code <f:view transient>}):
     * no number waits for the wizard and no state of a wizard's view was posted. Decided once
     * per request, before the wizard takes the number.
     */
    public boolean isStateless() {
        if (stateless == null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            var session = external.getSession(false) == null ? null : external.getSessionMap();
            var posted = external.getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
            stateless = !ResetStart.waitsIn(session) && (posted == null || "stateless".equals(posted));
        }
        return stateless;
    }

    /** Step identify: leaves the number for the wizard and asks the page again (the wizard then starts). */
    public void identify() throws IOException {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        var typed = mutual.memberNumber(PostedFields.asSent(NUMBER_FIELD));
        if (typed.isEmpty()) {
            Messages.errorOn(NUMBER_FIELD, mutual.isLettersInNumbers() ? "reset.identify.invalidLetters" : "reset.identify.invalid");
            return;
        }
        number = typed.get();
        // counted per client address before any session opens: typing numbers in a loop
        // cannot fill the server's memory with sessions
        var identification = resets.identify(requests.current(), number);
        if (identification instanceof Identification.Wait wait) {
            Messages.errorOn(NUMBER_FIELD, "reset.wait", Messages.waitTime(wait.retryAfter()));
            return;
        }
        var shown = (Identification.Shown) identification;
        new ResetStart(shown.number(), false, shown.maskedEmail())
                .leaveIn(external.getSessionMap());
        external.redirect(external.getRequestContextPath() + mutual.path(MutualPage.RESET_PASSWORD));
        faces.responseComplete();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null ? null : number.strip();
    }
}
