package fr.memberspace.account.control;

import java.nio.ByteBuffer;
import java.util.List;

import fr.memberspace.secret.control.KeyedHash;

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
 * <p>Letters and the domain are picked from 16-bit slices of the {@link KeyedHash}, so the modulo bias
 * is below 0.04 %. Thread-safe.
 */
public class DecoyEmails {

    /** The shortest secret accepted: 256 bits. */
    public static final int MINIMUM_SECRET_BYTES = KeyedHash.MINIMUM_SECRET_BYTES;

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

    private final KeyedHash hash;

    /**
     * @param secret the server secret, at least {@value #MINIMUM_SECRET_BYTES} bytes; copied
     * @throws IllegalArgumentException if the secret is missing or too short
     */
    public DecoyEmails(byte[] secret) {
        this.hash = new KeyedHash(secret, "memberspace/decoy-email/v1");
    }

    /** The masked address to show for an unknown member number of a mutual. */
    public MaskedEmail forUnknownMember(String mutualCode, String memberNumber) {
        ByteBuffer bytes = ByteBuffer.wrap(hash.of(mutualCode, memberNumber));
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

    @Override
    public String toString() {
        return "DecoyEmails[secret hidden]";
    }
}
