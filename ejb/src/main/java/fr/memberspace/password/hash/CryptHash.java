package fr.memberspace.password.hash;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.commons.codec.digest.Sha2Crypt;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * A Unix crypt hash imported from a former platform, only ever verified: bcrypt
 * ({@code $2a$}, {@code $2b$}, {@code $2y$}: Bouncy Castle) or SHA-crypt ({@code $6$} SHA-512,
 * {@code $5$} SHA-256, with or without {@code rounds=}: Apache Commons Codec), as written by
 * glibc's {@code crypt(3)}, PHP's {@code password_hash} and most web frameworks.
 * Costs beyond what a sign-in can afford are refused as unreadable, so an imported row
 * cannot stall the server.
 */
public final class CryptHash {

    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]\\$(\\d\\d)\\$[./A-Za-z0-9]{53}");
    private static final Pattern SHA_CRYPT =
            Pattern.compile("\\$([56])\\$(?:rounds=(\\d{1,9})\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{43,86}");
    /** bcrypt's cost is a power of two: 2^14 rounds take about a second here; exports use 10 to 12. */
    private static final int MOST_BCRYPT_COST = 14;
    private static final int MOST_SHA_CRYPT_ROUNDS = 1_000_000;

    private final String stored;
    private final boolean bcrypt;

    private CryptHash(String stored, boolean bcrypt) {
        this.stored = stored;
        this.bcrypt = bcrypt;
    }

    /** Reads a bcrypt or SHA-crypt string; empty for anything else or a cost out of bounds. */
    static Optional<CryptHash> parse(String stored) {
        var bcrypt = BCRYPT.matcher(stored);
        if (bcrypt.matches()) {
            int cost = Integer.parseInt(bcrypt.group(1));
            return cost >= 4 && cost <= MOST_BCRYPT_COST ? Optional.of(new CryptHash(stored, true)) : Optional.empty();
        }
        var shaCrypt = SHA_CRYPT.matcher(stored);
        if (shaCrypt.matches()) {
            int length = shaCrypt.group(1).equals("6") ? 86 : 43;
            int rounds = shaCrypt.group(2) == null ? 5000 : Integer.parseInt(shaCrypt.group(2));
            return stored.length() - stored.lastIndexOf('$') - 1 == length && rounds <= MOST_SHA_CRYPT_ROUNDS
                    ? Optional.of(new CryptHash(stored, false)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether {@code password} (NFC, UTF-8) is the one hashed; compares in constant time. */
    boolean matches(byte[] password) {
        if (bcrypt) {
            return OpenBSDBCrypt.checkPassword(stored, password); // reads the first 72 bytes, as crypt(3) did
        }
        String computed = stored.startsWith("$6$") ? Sha2Crypt.sha512Crypt(password, salt())
                : Sha2Crypt.sha256Crypt(password, salt());
        return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code $6$[rounds=N$]salt}: what SHA-crypt reads its parameters from. */
    private String salt() {
        return stored.substring(0, stored.lastIndexOf('$'));
    }
}
