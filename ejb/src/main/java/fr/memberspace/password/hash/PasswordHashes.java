package fr.memberspace.password.hash;

import fr.memberspace.password.PasswordText;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Hashes new passwords with Argon2id and verifies stored ones (Argon2id, or imported from a
 * former platform: PBKDF2, bcrypt, SHA-crypt), telling when a stored hash should be replaced. Passwords are normalised
 * to NFC ({@link PasswordText#normalise}) and hashed as UTF-8. Nothing here logs a password
 * or a hash, and a malformed stored hash is simply "no match", never an exception.
 * <p>
 * Thread-safe; one instance per set of parameters is enough.
 */
public final class PasswordHashes {

    private final HashParameters parameters;
    private final SecureRandom random = new SecureRandom();
    private volatile Argon2idHash dummy;

    /** With {@link HashParameters#OWASP} (m=19456, t=2, p=1). */
    public PasswordHashes() {
        this(HashParameters.OWASP);
    }

    public PasswordHashes(HashParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
    }

    /** A new PHC string for {@code password}: Argon2id, current parameters, random 16-byte salt. */
    public String hash(String password) {
        byte[] salt = new byte[Argon2idHash.SALT_BYTES];
        random.nextBytes(salt);
        byte[] bytes = bytesOf(password);
        try {
            return Argon2idHash.compute(bytes, salt, parameters).encoded();
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Checks {@code password} against {@code storedHash}, reading the algorithm and its
     * parameters from the PHC string. A match says whether to re-hash: always for PBKDF2,
     * and for Argon2id made with other parameters or version. Anything unreadable, or
     * {@code null}, is {@link Verification#NO_MATCH}.
     */
    public Verification verify(String password, String storedHash) {
        if (storedHash == null) {
            return Verification.NO_MATCH;
        }
        byte[] bytes = bytesOf(password);
        try {
            var argon2 = Argon2idHash.parse(storedHash);
            if (argon2.isPresent()) {
                return argon2.get().matches(bytes)
                        ? new Verification(true, !argon2.get().isCurrent(parameters))
                        : Verification.NO_MATCH;
            }
            var pbkdf2 = Pbkdf2Hash.parse(storedHash);
            if (pbkdf2.isPresent()) {
                return pbkdf2.get().matches(bytes) ? new Verification(true, true) : Verification.NO_MATCH;
            }
            var crypt = CryptHash.parse(storedHash);
            if (crypt.isPresent() && crypt.get().matches(bytes)) {
                return new Verification(true, true);
            }
            return Verification.NO_MATCH;
        } catch (RuntimeException e) {
            return Verification.NO_MATCH; // never reveal, never break sign-in, on a broken stored hash
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /**
     * Why a hash from a former platform cannot be imported, if it cannot: one this class
     * verifies (Argon2id; PBKDF2-SHA1/SHA256/SHA512 in the PHC, passlib or Django spelling;
     * bcrypt; SHA-crypt) is taken as it is, to be re-hashed at the member's first sign-in.
     * An unsalted MD5, SHA-1 or SHA-256 digest is refused: such a hash is as good as the
     * password for whoever holds the file (rainbow tables), so the member sets a new one.
     */
    public static Optional<ImportRefusal> refusalOf(String importedHash) {
        if (importedHash == null || importedHash.isBlank()) {
            return Optional.of(ImportRefusal.EMPTY);
        }
        if (importedHash.matches("(?i)[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|\\{(MD5|SHA)\\}.*")) {
            return Optional.of(ImportRefusal.UNSALTED_DIGEST);
        }
        boolean readable = Argon2idHash.parse(importedHash).isPresent() || Pbkdf2Hash.parse(importedHash).isPresent()
                || CryptHash.parse(importedHash).isPresent();
        return readable ? Optional.empty() : Optional.of(ImportRefusal.UNKNOWN_FORMAT);
    }

    /** Why an imported hash is refused. */
    public enum ImportRefusal {
        EMPTY, UNSALTED_DIGEST, UNKNOWN_FORMAT
    }

    /** Whether {@code password} matches {@code storedHash}, for the password history rule. */
    public boolean matches(String password, String storedHash) {
        return verify(password, storedHash).matches();
    }

    /**
     * Spends the time of one verification, then says no match: for a sign-in or reset with
     * a member number that does not exist, so that the answer time does not reveal it.
     * The dummy hash is made once, with the current parameters, from a random secret.
     */
    public Verification verifyDummy(String password) {
        byte[] bytes = bytesOf(password);
        try {
            dummyHash().matches(bytes);
            return Verification.NO_MATCH;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private Argon2idHash dummyHash() {
        Argon2idHash hash = dummy;
        if (hash == null) {
            byte[] secret = new byte[32];
            byte[] salt = new byte[Argon2idHash.SALT_BYTES];
            random.nextBytes(secret);
            random.nextBytes(salt);
            hash = Argon2idHash.compute(secret, salt, parameters);
            dummy = hash;
        }
        return hash;
    }

    /** The parameters new hashes are made with. */
    public HashParameters parameters() {
        return parameters;
    }

    private static byte[] bytesOf(String password) {
        return PasswordText.normalise(password).getBytes(StandardCharsets.UTF_8);
    }
}
