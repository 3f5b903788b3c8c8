package fr.memberspace.team.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.memberspace.secret.control.RandomIds;
import fr.memberspace.secret.control.ServerSecret;

/**
 * A staff member's TOTP secret: 160 random bits (RFC 4226's recommendation), shown once in
 * base32 at enrolment, kept sealed under the server secret (AES-256-GCM, bound to the staff
 * member's e-mail, so a sealed value copied to another account does not open there). A
 * database dump alone yields no second factor.
 */
@ApplicationScoped
public class TotpSecrets {

    static final String USE = "staff-totp";
    public static final int BYTES = 20;

    @Inject
    ServerSecret secret;

    /** A new random secret, in base32. */
    public static String newSecret() {
        return Base32.encode(RandomIds.bytes(BYTES));
    }

    public String seal(String email, String base32Secret) {
        return secret.seal(USE, base32Secret, context(email));
    }

    /** The base32 secret, if it opens with a key still configured. */
    public java.util.Optional<String> open(String email, String sealed) {
        return sealed == null ? java.util.Optional.empty() : secret.open(USE, sealed, context(email));
    }

    /** The secret's bytes, if it opens. */
    public java.util.Optional<byte[]> openBytes(String email, String sealed) {
        return open(email, sealed).flatMap(Base32::decode);
    }

    private static String context(String email) {
        return "staff:" + email;
    }
}
