package fr.memberspace.password.hash;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * An Argon2id hash, as the PHC string
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>} (base64 without padding), computed
 * with Bouncy Castle's {@link Argon2BytesGenerator} in memory kept between hashes
 * ({@link Argon2Memory}).
 */
public final class Argon2idHash {

    static final String ID = "argon2id";
    /** Argon2 1.3, written {@code v=19}: the only version computed; 1.0 ({@code v=16}) is verified. */
    static final int VERSION = Argon2Parameters.ARGON2_VERSION_13;
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final int SHORTEST_SALT = 8;
    private static final int SHORTEST_HASH = 4;
    private static final int LONGEST = 1024;

    private final HashParameters parameters;
    private final int version;
    private final byte[] salt;
    private final byte[] hash;

    private Argon2idHash(HashParameters parameters, int version, byte[] salt, byte[] hash) {
        this.parameters = parameters;
        this.version = version;
        this.salt = salt;
        this.hash = hash;
    }

    /** Hashes {@code password} (already NFC, as UTF-8 bytes) with Argon2 1.3. */
    static Argon2idHash compute(byte[] password, byte[] salt, HashParameters parameters) {
        return new Argon2idHash(parameters, VERSION, salt.clone(),
                derive(password, salt, parameters, VERSION, HASH_BYTES));
    }

    /** Reads a PHC string; empty if it is no well-formed Argon2id hash. */
    static Optional<Argon2idHash> parse(String phc) {
        try {
            // "", "argon2id", ["v=19",] "m=..,t=..,p=..", salt, hash
            String[] parts = phc.split("\\$", -1);
            int at = 2;
            if (parts.length < 5 || !parts[0].isEmpty() || !parts[1].equals(ID)) {
                return Optional.empty();
            }
            int version = Argon2Parameters.ARGON2_VERSION_10;
            if (parts[at].startsWith("v=")) {
                version = decimal(parts[at++].substring(2));
            }
            if (parts.length != at + 3 || (version != Argon2Parameters.ARGON2_VERSION_10 && version != VERSION)) {
                return Optional.empty();
            }
            HashParameters parameters = parseParameters(parts[at]);
            byte[] salt = PhcBase64.decode(parts[at + 1]);
            byte[] hash = PhcBase64.decode(parts[at + 2]);
            if (parameters.exceeds(HashParameters.LARGEST) || salt.length < SHORTEST_SALT || salt.length > LONGEST
                    || hash.length < SHORTEST_HASH || hash.length > LONGEST) {
                return Optional.empty();
            }
            return Optional.of(new Argon2idHash(parameters, version, salt, hash));
        } catch (IllegalArgumentException e) { // includes NumberFormatException
            return Optional.empty();
        }
    }

    /** {@code m=..,t=..,p=..} in this order, as the reference encodes them. */
    private static HashParameters parseParameters(String text) {
        String[] values = text.split(",", -1);
        if (values.length != 3 || !values[0].startsWith("m=") || !values[1].startsWith("t=")
                || !values[2].startsWith("p=")) {
            throw new IllegalArgumentException("not m=..,t=..,p=..");
        }
        return new HashParameters(decimal(values[0].substring(2)),
                decimal(values[1].substring(2)), decimal(values[2].substring(2)));
    }

    /** A decimal as the reference writes it: digits only, no sign, no leading zero. */
    private static int decimal(String text) {
        if (!text.matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("not a PHC decimal");
        }
        return Integer.parseInt(text);
    }

    /** Whether {@code password} (NFC, UTF-8) is the one hashed; compares in constant time. */
    boolean matches(byte[] password) {
        byte[] candidate = derive(password, salt, parameters, version, hash.length);
        try {
            return MessageDigest.isEqual(candidate, hash);
        } finally {
            Arrays.fill(candidate, (byte) 0);
        }
    }

    private static byte[] derive(byte[] password, byte[] salt, HashParameters parameters, int version, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        byte[] out = new byte[length];
        try (var memory = Argon2Memory.lease()) {
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(version)
                    .withMemoryAsKB(parameters.memoryKiB())
                    .withIterations(parameters.iterations())
                    .withParallelism(parameters.parallelism())
                    .withSalt(salt)
                    .withBlockPool(memory)
                    .build());
            generator.generateBytes(password, out);
        }
        return out;
    }

    public HashParameters parameters() {
        return parameters;
    }

    /** 19 for Argon2 1.3, 16 for 1.0. */
    public int version() {
        return version;
    }

    /** Whether this hash was made with Argon2 1.3, {@code current} parameters and a full-length hash. */
    boolean isCurrent(HashParameters current) {
        return version == VERSION && parameters.equals(current) && hash.length == HASH_BYTES
                && salt.length >= SALT_BYTES;
    }

    /** The PHC string. */
    public String encoded() {
        return "$" + ID + "$v=" + version + "$" + parameters + "$" + PhcBase64.encode(salt) + "$"
                + PhcBase64.encode(hash);
    }

    @Override
    public String toString() {
        return encoded();
    }
}
