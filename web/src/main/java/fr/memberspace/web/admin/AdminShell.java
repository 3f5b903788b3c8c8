package fr.memberspace.web.admin;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.team.boundary.StaffSignIn;
import fr.memberspace.web.request.RequestContexts;

/** Backs the shell of every staff page (WEB-INF/templates/admin.xhtml): who is signed in, the menu, signing out. */
@Named
@RequestScoped
public class AdminShell {

    public boolean isSignedIn() {
        return staff() != null;
    }

    public String getDisplayName() {
        var staff = staff();
        return staff == null ? "" : staff.displayName();
    }

    /** {@code platform-admin} or {@code support} (bundle keys {@code admin.role.<role>}). */
    public String getRole() {
        var staff = staff();
        return staff == null ? "" : staff.role();
    }

    public boolean isAdmin() {
        var staff = staff();
        return staff != null && StaffRoles.ADMIN.equals(staff.role());
    }

    @EJB
    StaffSignIn staffSignIn;

    @Inject
    RequestContexts requests;

    public void signOut() throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var staff = staff();
        if (staff != null) {
            staffSignIn.signedOut(requests.current(), staff.email(), "signed out");
        }
        AdminAccess.signOut(request, "signed out");
        external.redirect(external.getRequestContextPath() + AdminAccess.HOME + "?" + AdminAccess.SIGNED_OUT);
        FacesContext.getCurrentInstance().responseComplete();
    }

    private static StaffSession staff() {
        var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return AdminAccess.isStaff(request) ? StaffSession.of(request.getSession(false)) : null;
    }
}
