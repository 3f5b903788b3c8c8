package fr.memberspace.password.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * A PBKDF2-HMAC hash (SHA-1, SHA-256 or SHA-512) imported from a former platform, only ever
 * verified. The spellings read are those common platforms export:
 * <ul>
 * <li>PHC: {@code $pbkdf2-sha256$i=<iterations>$<salt>$<hash>} (base64), also {@code -sha1} and {@code -sha512};
 * <li>passlib: {@code $pbkdf2-sha256$<iterations>$<salt>$<hash>} (adapted base64, {@code .} for
 *     {@code +}), {@code $pbkdf2-sha512$…}, and {@code $pbkdf2$…} for SHA-1;
 * <li>Django: {@code pbkdf2_sha256$<iterations>$<salt as text>$<hash in base64>}, and {@code pbkdf2_sha1$…}.
 * </ul>
 */
public final class Pbkdf2Hash {

    static final String ID = "pbkdf2-sha256";
    private static final int MOST_ITERATIONS = 10_000_000;
    private static final int LONGEST = 1024;

    private final Supplier<Digest> digest;
    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private Pbkdf2Hash(Supplier<Digest> digest, int iterations, byte[] salt, byte[] hash) {
        this.digest = digest;
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Reads any of the spellings above; empty if it is no well-formed PBKDF2 hash. */
    static Optional<Pbkdf2Hash> parse(String stored) {
        try {
            String[] parts = stored.split("\\$", -1);
            if (parts.length == 4) {
                return django(parts);
            }
            if (parts.length != 5 || !parts[0].isEmpty()) {
                return Optional.empty();
            }
            var digest = digestOf(parts[1]);
            if (digest == null) {
                return Optional.empty();
            }
            boolean passlib = !parts[2].startsWith("i=");
            if (parts[1].equals("pbkdf2") && !passlib) {
                return Optional.empty();
            }
            int iterations = Integer.parseInt(passlib ? parts[2] : parts[2].substring(2));
            byte[] salt = passlib ? PhcBase64.decodeAdapted(parts[3]) : PhcBase64.decode(parts[3]);
            byte[] hash = passlib ? PhcBase64.decodeAdapted(parts[4]) : PhcBase64.decode(parts[4]);
            return checked(digest, iterations, salt, hash);
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            return Optional.empty();
        }
    }

    private static Optional<Pbkdf2Hash> django(String[] parts) {
        Supplier<Digest> digest = switch (parts[0]) {
            case "pbkdf2_sha256" -> SHA256Digest::new;
            case "pbkdf2_sha1" -> SHA1Digest::new;
            default -> null;
        };
        if (digest == null) {
            return Optional.empty();
        }
        return checked(digest, Integer.parseInt(parts[1]), parts[2].getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(parts[3]));
    }

    private static Supplier<Digest> digestOf(String id) {
        return switch (id) {
            case ID -> SHA256Digest::new;
            case "pbkdf2-sha512" -> SHA512Digest::new;
            case "pbkdf2-sha1", "pbkdf2" -> SHA1Digest::new;
            default -> null;
        };
    }

    private static Optional<Pbkdf2Hash> checked(Supplier<Digest> digest, int iterations, byte[] salt, byte[] hash) {
        if (iterations < 1 || iterations > MOST_ITERATIONS || salt.length == 0 || salt.length > LONGEST
                || hash.length == 0 || hash.length > LONGEST) {
            return Optional.empty();
        }
        return Optional.of(new Pbkdf2Hash(digest, iterations, salt, hash));
    }

    /** Whether {@code password} (NFC, UTF-8) is the one hashed; compares in constant time. */
    boolean matches(byte[] password) {
        PBEParametersGenerator generator = new PKCS5S2ParametersGenerator(digest.get());
        generator.init(password, salt, iterations);
        byte[] candidate = ((KeyParameter) generator.generateDerivedMacParameters(hash.length * 8)).getKey();
        try {
            return MessageDigest.isEqual(candidate, hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    public int iterations() {
        return iterations;
    }
}
