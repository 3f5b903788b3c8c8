package fr.memberspace.password.hash;

import org.bouncycastle.crypto.PBEParametersGenerator;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * A PBKDF2-HMAC-SHA256 hash imported from the old platform, only ever verified. Two
 * spellings are read: PHC {@code $pbkdf2-sha256$i=<iterations>$<salt>$<hash>} (base64) and
 * passlib's {@code $pbkdf2-sha256$<iterations>$<salt>$<hash>} (adapted base64, {@code .} for {@code +}).
 */
public final class Pbkdf2Hash {

    static final String ID = "pbkdf2-sha256";
    private static final int MOST_ITERATIONS = 10_000_000;
    private static final int LONGEST = 1024;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private Pbkdf2Hash(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Reads either spelling; empty if it is no well-formed PBKDF2-SHA256 hash. */
    static Optional<Pbkdf2Hash> parse(String phc) {
        try {
            String[] parts = phc.split("\\$", -1);
            if (parts.length != 5 || !parts[0].isEmpty() || !parts[1].equals(ID)) {
                return Optional.empty();
            }
            boolean passlib = !parts[2].startsWith("i=");
            int iterations = Integer.parseInt(passlib ? parts[2] : parts[2].substring(2));
            byte[] salt = passlib ? PhcBase64.decodeAdapted(parts[3]) : PhcBase64.decode(parts[3]);
            byte[] hash = passlib ? PhcBase64.decodeAdapted(parts[4]) : PhcBase64.decode(parts[4]);
            if (iterations < 1 || iterations > MOST_ITERATIONS || salt.length == 0 || salt.length > LONGEST
                    || hash.length == 0 || hash.length > LONGEST) {
                return Optional.empty();
            }
            return Optional.of(new Pbkdf2Hash(iterations, salt, hash));
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            return Optional.empty();
        }
    }

    /** Whether {@code password} (NFC, UTF-8) is the one hashed; compares in constant time. */
    boolean matches(byte[] password) {
        PBEParametersGenerator generator = new PKCS5S2ParametersGenerator(new SHA256Digest());
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
