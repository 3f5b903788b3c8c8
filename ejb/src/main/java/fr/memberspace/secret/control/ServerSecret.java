package fr.memberspace.secret.control;

import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The server secret: {@value #ENVIRONMENT} (32 characters or more, the same on every node),
 * and after a rotation {@value #PREVIOUS_ENVIRONMENT}, the secret before it, still accepted
 * for what it keyed until that expires. Nothing of it is kept in the database, so a dump
 * or backup alone holds no key. Checked when the application starts: a missing or short
 * secret fails the deployment ({@link fr.memberspace.secret.boundary.SecretsAtStartup}).
 *
 * <p>What is keyed names its key: {@link #keyed} writes {@code <key id>:<value>}, and
 * {@link #checkKeyed} checks a value with the key it names, current or previous.
 */
@ApplicationScoped
public class ServerSecret {

    public static final String ENVIRONMENT = "MEMBERSPACE_SECRET";
    public static final String PREVIOUS_ENVIRONMENT = "MEMBERSPACE_PREVIOUS_SECRET";

    private volatile SecretKeys keys;
    private volatile byte[] decoyKey;

    public ServerSecret() {
    }

    /** With these keys rather than the environment's (tests). */
    ServerSecret(SecretKeys keys) {
        this.keys = keys;
    }

    /** A server secret with these keys rather than the environment's, for unit tests of its users. */
    public static ServerSecret with(SecretKeys keys) {
        return new ServerSecret(keys);
    }

    /**
     * The keys of the secrets configured in this environment.
     *
     * @throws IllegalStateException with a message for the operator (never the secret) if
     *                               the secret is missing or too short
     */
    public static SecretKeys fromEnvironment(UnaryOperator<String> environment) {
        var current = environment.apply(ENVIRONMENT);
        if (current == null || current.isBlank()) {
            throw new IllegalStateException(ENVIRONMENT + " is not set: set it to " + SecretKeys.MINIMUM_LENGTH
                    + " or more random characters, the same on every node (README, \"Server secret\")."
                    + " Deployment refused.");
        }
        try {
            return SecretKeys.of(current, environment.apply(PREVIOUS_ENVIRONMENT));
        } catch (IllegalArgumentException e) {
            var name = e.getMessage().contains("previous") ? PREVIOUS_ENVIRONMENT : ENVIRONMENT;
            throw new IllegalStateException(name + ": " + e.getMessage() + ". Deployment refused.", e);
        }
    }

    /** The keys derived from the secret. */
    public SecretKeys keys() {
        if (keys == null) {
            keys = fromEnvironment(System::getenv);
        }
        return keys;
    }

    /**
     * The current 32-byte key for a use.
     *
     * @deprecated a value made with it carries no key id, so a rotation silently invalidates
     *             it: key values with {@link #keyed} and check them with {@link #checkKeyed};
     *             decoys use {@link #decoyKey()}, which rotations keep.
     */
    @Deprecated
    public byte[] keyFor(String use) {
        return keys().current(use).bytes();
    }

    /** {@code value} encrypted under the current key for {@code use}, bound to {@code context}. */
    public String seal(String use, String value, String context) {
        return Sealed.seal(keys(), use, value, context);
    }

    /** A value {@link #seal sealed} under a key still configured; empty if not, or if altered. */
    public Optional<String> open(String use, String sealed, String context) {
        return Sealed.open(keys(), use, sealed, context);
    }

    /** {@code <key id>:<value>}, the value made with the current key for {@code use} (e.g. an HMAC). */
    public String keyed(String use, Function<byte[], String> withKey) {
        var key = keys().current(use);
        return key.id() + ":" + withKey.apply(key.bytes());
    }

    /**
     * Whether a {@link #keyed} value checks out with the key it names (current or previous);
     * false for a value without a key id or with one no longer configured.
     */
    public boolean checkKeyed(String use, String stored, BiPredicate<byte[], String> check) {
        return Sealed.keyId(stored)
                .flatMap(id -> keys().byId(id, use))
                .map(key -> check.test(key.bytes(), stored.substring(stored.indexOf(':') + 1)))
                .orElse(false);
    }

    /**
     * The key of the decoy addresses: random, made once for the platform, never rotated (see
     * {@link DecoyKey}); set at startup.
     */
    public byte[] decoyKey() {
        if (decoyKey == null) {
            throw new IllegalStateException("the decoy key is read at startup (SecretsAtStartup)");
        }
        return decoyKey.clone();
    }

    public void useDecoyKey(byte[] key) {
        this.decoyKey = key.clone();
    }

    @Override
    public String toString() {
        return "ServerSecret[hidden]";
    }
}
