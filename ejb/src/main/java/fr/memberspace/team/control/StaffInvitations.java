package fr.memberspace.team.control;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.memberspace.secret.control.KeyedHash;
import fr.memberspace.secret.control.RandomIds;
import fr.memberspace.secret.control.ServerSecret;

/**
 * The invitation a new staff member gets by e-mail to choose a password: a token
 * {@code <staff id>.<random id>}; the account keeps only a keyed hash of it (with its key
 * id), so a database dump opens no account. Valid {@link #VALIDITY}, used once.
 */
@ApplicationScoped
public class StaffInvitations {

    public static final Duration VALIDITY = Duration.ofDays(3);
    static final String USE = "staff-invitation";

    @Inject
    ServerSecret secret;

    /** A new token for this account, and its hash to keep. */
    public Token issue(long staffId) {
        var random = RandomIds.next();
        var hash = secret.keyed(USE, key -> hashes(key).hex(String.valueOf(staffId), random));
        return new Token(staffId + "." + random, hash);
    }

    /** The account id a token names, if it is well formed (check it with {@link #matches}). */
    public static Optional<Long> staffId(String token) {
        if (token == null || token.length() > 80) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || !token.substring(0, dot).matches("\\d{1,18}") || token.length() - dot - 1 != RandomIds.LENGTH) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(token.substring(0, dot)));
    }

    public boolean matches(String token, String storedHash) {
        var id = staffId(token);
        if (id.isEmpty() || storedHash == null) {
            return false;
        }
        var random = token.substring(token.indexOf('.') + 1);
        return secret.checkKeyed(USE, storedHash, (key, hex) -> hashes(key).matches(hex, String.valueOf(id.get()), random));
    }

    private static KeyedHash hashes(byte[] key) {
        return new KeyedHash(key, "memberspace/staff-invitation/v1");
    }

    /** A token to send and the hash to keep. */
    public record Token(String token, String hash) {
        @Override
        public String toString() {
            return "Token[hidden]";
        }
    }
}
