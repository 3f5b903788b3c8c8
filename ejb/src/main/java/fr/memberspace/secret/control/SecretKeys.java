package fr.memberspace.secret.control;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;


/**
 * The keys derived from the server secret, one per use ({@code "activation-code"},
 * {@code "outbox-code"}, …), each named by a key id that is a fingerprint of the secret.
 *
 * <p>Why ids: what is keyed (a code hash, a sealed value) carries the id of the key that
 * made it, so that after a rotation the new secret makes new values while the previous one,
 * still configured, checks the values it made until they expire. Keys are derived with the
 * {@link KeyedHash} of the secret over the use, so knowing one use's key tells nothing of
 * another's.
 * Thread-safe; immutable.
 */
public final class SecretKeys {

    /** The shortest secret accepted, in characters: 32 random characters carry well over 128 bits. */
    public static final int MINIMUM_LENGTH = 32;

    private static final HexFormat HEX = HexFormat.of();

    private final Secret current;
    private final Secret previous;

    private SecretKeys(Secret current, Secret previous) {
        this.current = current;
        this.previous = previous;
    }

    /**
     * @param current  the secret that keys new values
     * @param previous the secret before the last rotation, still accepted for the values it
     *                 made, or null
     * @throws IllegalArgumentException if a secret is shorter than {@value #MINIMUM_LENGTH}
     *                                  characters, or both are the same
     */
    public static SecretKeys of(String current, String previous) {
        var now = Secret.of("current", current);
        var before = previous == null || previous.isEmpty() ? null : Secret.of("previous", previous);
        if (before != null && before.id.equals(now.id)) {
            throw new IllegalArgumentException("the previous secret is the current one");
        }
        return new SecretKeys(now, before);
    }

    /** The key for new values of this use. */
    public Key current(String use) {
        return current.keyFor(use);
    }

    /** The key of this id for this use, if it is the current or the previous secret's. */
    public Optional<Key> byId(String id, String use) {
        if (current.id.equals(id)) {
            return Optional.of(current.keyFor(use));
        }
        if (previous != null && previous.id.equals(id)) {
            return Optional.of(previous.keyFor(use));
        }
        return Optional.empty();
    }

    /** The id of the previous secret's keys, if one is configured. */
    public Optional<String> previousId() {
        return Optional.ofNullable(previous).map(secret -> secret.id);
    }

    /** The id of the current secret's keys. */
    public String currentId() {
        return current.id;
    }

    @Override
    public String toString() {
        return "SecretKeys[current " + current.id + (previous == null ? "" : ", previous " + previous.id) + "]";
    }

    /** One configured secret and its id. */
    private static final class Secret {

        private final KeyedHash derivation;
        private final String id;

        private Secret(byte[] bytes) {
            this.derivation = new KeyedHash(bytes, "memberspace/key-derivation/v1");
            this.id = HEX.formatHex(new KeyedHash(bytes, "memberspace/key-id/v1").of(), 0, 4);
        }

        static Secret of(String role, String secret) {
            if (secret == null || secret.codePointCount(0, secret.length()) < MINIMUM_LENGTH) {
                throw new IllegalArgumentException("the " + role + " secret must have at least " + MINIMUM_LENGTH
                        + " characters (it has " + (secret == null ? 0 : secret.codePointCount(0, secret.length()))
                        + ")");
            }
            return new Secret(secret.getBytes(StandardCharsets.UTF_8));
        }

        Key keyFor(String use) {
            return new Key(id, derivation.of(use));
        }
    }

    /** A 256-bit key for one use, and the id of the secret it comes from. */
    public record Key(String id, byte[] bytes) {

        public Key {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.id.equals(id) && java.security.MessageDigest.isEqual(key.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public String toString() {
            return "Key[" + id + ", hidden]";
        }
    }
}
