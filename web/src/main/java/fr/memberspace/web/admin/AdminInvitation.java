package fr.memberspace.web.admin;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.password.rule.Requirement;
import fr.memberspace.team.boundary.StaffSignIn;
import fr.memberspace.web.password.PasswordRules;
import fr.memberspace.web.request.Messages;
import fr.memberspace.web.request.RequestContexts;

/**
 * Backs admin/invitation.xhtml ({@code /admin/invitation?jeton=…}, a stateless page): a new
 * staff member chooses a password under the staff policy; the invitation is then spent.
 */
@Named
@RequestScoped
public class AdminInvitation {

    static final String TOKEN = "jeton";

    @EJB
    StaffSignIn staffSignIn;

    @Inject
    RequestContexts requests;

    private String password;
    private String confirmation;
    private boolean accepted;
    private Optional<StaffSignIn.InvitedStaff> invited;

    public String getToken() {
        var token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(TOKEN);
        return token == null || token.length() > 80 ? null : token;
    }

    /** Who the invitation is for; null when it is not valid (any more). */
    public StaffSignIn.InvitedStaff getInvited() {
        if (invited == null) {
            var token = getToken();
            invited = token == null ? Optional.empty() : staffSignIn.invitation(token);
        }
        return invited.orElse(null);
    }

    public List<Requirement> getRules() {
        return staffSignIn.passwordRules();
    }

    public String describe(Requirement rule) {
        return Messages.text("rule." + rule.key(), rule.parameters().toArray());
    }

    public void accept() {
        if (getInvited() == null) {
            Messages.error("admin.invitation.invalid");
            return;
        }
        var violations = staffSignIn.acceptInvitation(requests.current(), getToken(), password, confirmation);
        password = null;
        confirmation = null;
        if (violations.isEmpty()) {
            accepted = true;
            Messages.info("admin.invitation.accepted");
        } else {
            PasswordRules.report(violations, "invitation");
        }
    }

    public boolean isAccepted() {
        return accepted;
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
