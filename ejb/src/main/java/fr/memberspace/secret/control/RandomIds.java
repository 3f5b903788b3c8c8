package fr.memberspace.secret.control;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable ids: 256 bits from {@link SecureRandom}, URL-safe Base64 without padding
 * (43 characters). Grants, device tickets and secrets are made here, nowhere else.
 */
public final class RandomIds {

    /** Characters of an id. */
    public static final int LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomIds() {
    }

    /** A new random id. */
    public static String next() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
    }

    /** {@code count} random bytes. */
    public static byte[] bytes(int count) {
        var bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The platform's source of randomness, for draws other than ids (codes). */
    public static SecureRandom source() {
        return RANDOM;
    }
}
