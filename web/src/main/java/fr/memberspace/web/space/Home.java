package fr.memberspace.web.space;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.account.boundary.MemberProfile;
import fr.memberspace.web.login.Callers;
import fr.memberspace.web.login.Login;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.mutual.MutualPage;

/** Backs space/home.xhtml: "Bonjour {prénom}", the member number, the previous sign-in; sign out. */
@Named
@RequestScoped
public class Home {

    static final ZoneId MEMBERS_ZONE = ZoneId.of("Europe/Paris");

    @Inject
    Accounts accounts;

    @Inject
    CurrentMutual mutual;

    private MemberProfile profile;

    public MemberProfile getProfile() {
        if (profile == null) {
            var request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
            profile = Callers.numberIn(mutual.getCode(), request.getUserPrincipal())
                    .flatMap(number -> accounts.profile(mutual.getCode(), number))
                    .orElseThrow(() -> new IllegalStateException("no member signed in"));
        }
        return profile;
    }

    /** The previous successful sign-in, in French time, or null for a first one. */
    public String getPreviousSignIn() {
        var session = FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
        if (!(session.get(Login.PREVIOUS_SIGN_IN) instanceof Instant previous)) {
            return null;
        }
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(MEMBERS_ZONE).format(previous);
    }

    /** Signs out: the session is gone; the back button shows nothing private (pages are never cached). */
    public void signOut() throws IOException, ServletException {
        var faces = FacesContext.getCurrentInstance();
        var external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + mutual.path(MutualPage.LOGIN));
        faces.responseComplete();
    }
}
