package fr.memberspace.password.hash;

import java.util.Base64;

/**
 * The base64 of PHC strings: standard alphabet, no padding (the reference argon2 encoding).
 * Passlib's "adapted base64" writes {@code .} for {@code +}; {@link #decodeAdapted} reads it.
 */
final class PhcBase64 {

    private PhcBase64() {
    }

    static String encode(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    /** @throws IllegalArgumentException if not base64 */
    static byte[] decode(String text) {
        return Base64.getDecoder().decode(text);
    }

    /** @throws IllegalArgumentException if not adapted base64 */
    static byte[] decodeAdapted(String text) {
        if (text.indexOf('+') >= 0) {
            throw new IllegalArgumentException("'+' is not adapted base64");
        }
        return decode(text.replace('.', '+'));
    }
}
