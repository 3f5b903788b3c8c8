package fr.memberspace.team.control;

import java.time.Duration;

import fr.memberspace.mail.control.OutgoingMail;

/**
 * The staff's e-mails, French then English in the same mail (a staff member's language is
 * not known before they sign in). Queued in the outbox under the pseudo-mutual
 * {@value #OUTBOX_MUTUAL} (the back-office's path, which no mutual may take).
 */
public final class StaffMails {

    public static final String OUTBOX_MUTUAL = "admin";
    public static final String INVITATION = "staff-invitation";
    /** The platform's sender, system property (default {@code no-reply@memberspace.example}). */
    static final String SENDER_PROPERTY = "memberspace.staff.sender";
    /**
     * The address the back-office is reached at, for links in e-mails (system property,
     * default {@code http://localhost:8080}): never the Host header of a request.
     */
    public static final String PUBLIC_URL_PROPERTY = fr.memberspace.request.PublicAddress.PROPERTY;

    private StaffMails() {
    }

    public static String publicUrl() {
        return fr.memberspace.request.PublicAddress.base();
    }

    /** The invitation to choose a password. */
    public static OutgoingMail invitation(String to, String displayName, String invitedBy, String token, Duration validity) {
        var link = publicUrl() + "/admin/invitation?jeton=" + token;
        long days = validity.toDays();
        var text = "Bonjour " + displayName + ",\n\n"
                + invitedBy + " vous a ouvert un compte sur le back-office de la plateforme.\n"
                + "Choisissez votre mot de passe ici (lien valable " + days + " jours, une seule fois) :\n\n"
                + link + "\n\n"
                + "À la première connexion, vous enregistrerez une application d'authentification (TOTP).\n"
                + "Si vous n'attendiez pas ce message, ignorez-le.\n\n"
                + "--\n\n"
                + "Hello " + displayName + ",\n\n"
                + invitedBy + " opened an account for you on the platform's back-office.\n"
                + "Choose your password here (the link is valid " + days + " days, once):\n\n"
                + link + "\n\n"
                + "At your first sign-in, you will register an authenticator app (TOTP).\n"
                + "If you did not expect this message, ignore it.\n";
        return new OutgoingMail(System.getProperty(SENDER_PROPERTY, "no-reply@memberspace.example"),
                "Back-office", to, "Votre compte du back-office / Your back-office account", text, null);
    }
}
