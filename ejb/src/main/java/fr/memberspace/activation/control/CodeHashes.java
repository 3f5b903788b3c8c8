package fr.memberspace.activation.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes of activation codes: HMAC-SHA256 with a server secret over the code and
 * its {@link CodeBinding}. Only the hash is stored; a stolen table cannot be brute-forced
 * (a 6-digit code has a million values) without the secret.
 *
 * <p>The hash is 64 lower-case hex characters. Thread-safe.
 */
public class CodeHashes {

    /** The shortest secret accepted: 256 bits, the output size of SHA-256. */
    public static final int MINIMUM_SECRET_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DOMAIN = "memberspace/activation-code/v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private final SecretKeySpec key;

    /**
     * @param secret the server secret, at least {@value #MINIMUM_SECRET_BYTES} bytes; copied
     * @throws IllegalArgumentException if the secret is missing or too short
     */
    public CodeHashes(byte[] secret) {
        if (secret == null || secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalArgumentException("secret must have at least " + MINIMUM_SECRET_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    /** The hash to store for {@code code} issued under {@code binding}. */
    public String hash(CodeBinding binding, String code) {
        Mac mac = newMac();
        mac.update(DOMAIN);
        field(mac, binding.mutualCode());
        field(mac, binding.memberNumber());
        field(mac, binding.purpose());
        field(mac, code);
        return HEX.formatHex(mac.doFinal());
    }

    /**
     * Whether {@code code} under {@code binding} has the stored hash, compared in constant
     * time. A null or malformed stored hash never matches.
     */
    public boolean matches(CodeBinding binding, String code, String storedHash) {
        if (storedHash == null || code == null) {
            return false;
        }
        return sameInConstantTime(hash(binding, code), storedHash);
    }

    /** Compares two hashes without revealing, through timing, where they differ. */
    public static boolean sameInConstantTime(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** Length-prefixed, so that ("12", "3") and ("1", "23") never hash alike. */
    private static void field(Mac mac, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
        mac.update(bytes);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is required by every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "CodeHashes[" + ALGORITHM + ", secret hidden]";
    }
}
