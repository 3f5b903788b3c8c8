package fr.memberspace.web.space;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.password.PasswordChange;
import fr.memberspace.web.login.Callers;
import fr.memberspace.web.login.Login;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.password.PasswordChangeMessages;
import fr.memberspace.web.request.RequestContexts;

/**
 * Backs space/change-password.xhtml: a signed-in member changes their password with the
 * current one, under the mutual's policy. The member's other sessions end (see
 * {@link Login#SIGNED_IN_AT}); this one goes on.
 */
@Named
@RequestScoped
public class ChangePassword {

    @Inject
    Accounts accounts;

    @Inject
    RequestContexts requests;

    @Inject
    CurrentMutual mutual;

    private String current;
    private String password;
    private String confirmation;
    private boolean changed;

    public void change() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var number = Callers.numberIn(mutual.getCode(), request.getUserPrincipal()).orElseThrow();
        var result = accounts.changePassword(requests.current(), number, current, password, confirmation);
        current = null;
        password = null;
        confirmation = null;
        changed = new PasswordChangeMessages("change", "space.password.changed", "change:current",
                "space.password.wrongCurrent", null).report(result);
        if (result instanceof PasswordChange.Changed done) {
            // this session stays signed in: it counts from the change; the others began before it
            external.getSessionMap().put(Login.SIGNED_IN_AT, done.at());
        }
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
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
