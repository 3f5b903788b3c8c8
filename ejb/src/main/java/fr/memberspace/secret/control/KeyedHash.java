package fr.memberspace.secret.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with a server secret over a purpose (domain separation: the same fields
 * hashed for two purposes never give the same value) and length-prefixed fields (so that
 * ("12", "3") and ("1", "23") never hash alike). The one keyed hash of the platform: codes,
 * decoy addresses and device tickets use it. Thread-safe.
 */
public final class KeyedHash {

    /** The shortest secret accepted: 256 bits, the output size of SHA-256. */
    public static final int MINIMUM_SECRET_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;
    private final byte[] purpose;

    /**
     * @param secret  the server secret, at least {@value #MINIMUM_SECRET_BYTES} bytes; copied
     * @param purpose what the hashes are for, e.g. {@code "memberspace/activation-code/v1"}
     * @throws IllegalArgumentException if the secret is missing or too short
     */
    public KeyedHash(byte[] secret, String purpose) {
        if (secret == null || secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("secret must have at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.purpose = purpose.getBytes(StandardCharsets.UTF_8);
    }

    /** The 32 bytes of the keyed hash of these fields. */
    public byte[] of(String... fields) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose);
            for (String field : fields) {
                byte[] utf8 = field.getBytes(StandardCharsets.UTF_8);
                mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(utf8.length).array());
                mac.update(utf8);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java platform", e);
        }
    }

    /** The keyed hash of these fields as 64 lower-case hex characters. */
    public String hex(String... fields) {
        return HEX.formatHex(of(fields));
    }

    /** Whether the fields have this stored hex hash, compared in constant time; null never matches. */
    public boolean matches(String storedHex, String... fields) {
        return storedHex != null && sameInConstantTime(hex(fields), storedHex);
    }

    /** Compares two hashes without revealing, through timing, where they differ. */
    public static boolean sameInConstantTime(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * SHA-256 in hex, without a key: for random values of 256 bits (grants, tickets) whose
     * stored hash must not give them back, and that no one can guess anyway.
     */
    public static String sha256(String text) {
        try {
            return HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "KeyedHash[" + ALGORITHM + ", secret hidden]";
    }
}
