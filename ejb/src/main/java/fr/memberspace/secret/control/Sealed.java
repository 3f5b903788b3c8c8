package fr.memberspace.secret.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short values kept encrypted at rest (an activation code waiting in the outbox, a key kept
 * in the database): AES-256-GCM under a {@link SecretKeys} key, with a random 96-bit nonce,
 * written {@code <key id>:<base64url(nonce | ciphertext | tag)>}.
 *
 * <p>The context (what the value belongs to, e.g. a mail's mutual and number) is
 * authenticated, not stored: a sealed value copied to another row does not open there.
 * Thread-safe.
 */
public final class Sealed {

    private static final String CIPHER = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Sealed() {
    }

    /** {@code value} encrypted under the current key of {@code use}. */
    public static String seal(SecretKeys keys, String use, String value, String context) {
        var key = keys.current(use);
        var nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, context);
            var encrypted = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            var out = ByteBuffer.allocate(NONCE_BYTES + encrypted.length).put(nonce).put(encrypted).array();
            return key.id() + ":" + ENCODER.encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(CIPHER + " is required by every Java platform", e);
        }
    }

    /**
     * The value, if it was sealed under a key still configured (current or previous) for this
     * use and context and not altered since; empty otherwise.
     */
    public static Optional<String> open(SecretKeys keys, String use, String sealed, String context) {
        return keyId(sealed).flatMap(id -> keys.byId(id, use)).flatMap(key -> {
            try {
                var bytes = DECODER.decode(sealed.substring(sealed.indexOf(':') + 1));
                if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
                    return Optional.empty();
                }
                var cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(bytes, NONCE_BYTES), context);
                var plain = cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
                return Optional.of(new String(plain, StandardCharsets.UTF_8));
            } catch (AEADBadTagException | IllegalArgumentException altered) {
                return Optional.empty();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(CIPHER + " is required by every Java platform", e);
            }
        });
    }

    /** The id of the key a sealed value was made with. */
    public static Optional<String> keyId(String sealed) {
        if (sealed == null) {
            return Optional.empty();
        }
        int colon = sealed.indexOf(':');
        return colon <= 0 ? Optional.empty() : Optional.of(sealed.substring(0, colon));
    }

    private static Cipher cipher(int mode, SecretKeys.Key key, byte[] nonce, String context)
            throws GeneralSecurityException {
        var cipher = Cipher.getInstance(CIPHER);
        cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
