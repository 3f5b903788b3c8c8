package fr.memberspace.account.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Plausible masked e-mail addresses for member numbers that do not exist.
 *
 * <p><strong>This exists so that nothing reveals whether an account exists.</strong> When
 * someone types an unknown member number, the reset page shows a decoy in the same shape
 * as a real {@link MaskedEmail} (no e-mail is sent). The decoy is derived with HMAC-SHA256
 * from a server secret, the mutual and the number: the same number always shows the same
 * decoy (trying again reveals nothing), two numbers show different ones, and without the
 * secret nobody can tell a decoy from a real address.
 *
 * <p>Letters and the domain are picked from 16-bit slices of the HMAC, so the modulo bias
 * is below 0.04 %. Thread-safe.
 */
public class DecoyEmails {

    /** The shortest secret accepted: 256 bits. */
    public static final int MINIMUM_SECRET_BYTES = 32;

    /** Common French consumer mail domains, where most members' addresses are. */
    static final List<String> DOMAINS = List.of(
            "gmail.com", "orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "yahoo.fr", "wanadoo.fr");

    /**
     * Star counts weighted like real addresses: most local parts ("prenom.nom") are long
     * enough to show the maximum.
     */
    private static final int[] STARS = {3, 4, 5, 6, 7, 8, 8, 8};

    /** Real local parts of one or two characters are rare; so is the short form of decoys. */
    private static final int SHORT_FORM_ONE_IN = 64;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DOMAIN_SEPARATION = "memberspace/decoy-email/v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    /**
     * @param secret the server secret, at least {@value #MINIMUM_SECRET_BYTES} bytes; copied
     * @throws IllegalArgumentException if the secret is missing or too short
     */
    public DecoyEmails(byte[] secret) {
        if (secret == null || secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("secret must have at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** The masked address to show for an unknown member number of a mutual. */
    public MaskedEmail forUnknownMember(String mutualCode, String memberNumber) {
        ByteBuffer bytes = ByteBuffer.wrap(hmac(mutualCode, memberNumber));
        char first = letter(bytes.getChar());
        char last = letter(bytes.getChar());
        String domain = DOMAINS.get(bytes.getChar() % DOMAINS.size());
        int stars = STARS[bytes.get() & 0xFF & (STARS.length - 1)];
        boolean shortForm = (bytes.get() & 0xFF) % SHORT_FORM_ONE_IN == 0;
        return shortForm
                ? MaskedEmail.shown(String.valueOf(first), "", MaskedEmail.MIN_STARS, domain)
                : MaskedEmail.shown(String.valueOf(first), String.valueOf(last), stars, domain);
    }

    private static char letter(char sixteenBits) {
        return (char) ('a' + sixteenBits % 26);
    }

    private byte[] hmac(String mutualCode, String memberNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(DOMAIN_SEPARATION);
            for (String field : List.of(mutualCode, memberNumber)) {
                byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
                mac.update(utf8);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "DecoyEmails[secret hidden]";
    }
}
