package fr.memberspace.secret.control;

import java.util.Base64;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The key of the decoy masked addresses shown for unknown member numbers, kept in the
 * database sealed under the server secret.
 *
 * <p><strong>Why it is not derived from the server secret:</strong> a decoy must stay the
 * same for a number for good. Were decoys keyed by the rotating secret, a rotation would
 * change the decoy of every unknown number while real members' addresses stay the same,
 * and anyone who noted a few masked addresses before would learn which numbers are real.
 * So the decoy key is random, made once, and only its sealing follows the secret: after a
 * rotation it is opened with the previous secret and sealed again under the new one.
 */
public final class DecoyKey {

    /** Its row in {@code platform_secret}. */
    public static final String NAME = "decoy";
    static final String USE = "decoy-key";
    private static final String CONTEXT = "platform_secret/" + NAME;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private DecoyKey() {
    }

    /**
     * The decoy key, and what to store if the stored value must change (none yet, or sealed
     * under the previous secret).
     *
     * @param stored what the database holds, if anything
     * @param random 32 fresh random bytes, used only when nothing is stored
     * @throws IllegalStateException if the stored key opens with no configured secret
     */
    public static Resolved resolve(SecretKeys keys, Optional<String> stored, Supplier<byte[]> random) {
        if (stored.isEmpty()) {
            var key = random.get();
            return new Resolved(key, Optional.of(seal(keys, key)));
        }
        var sealed = stored.get();
        var opened = Sealed.open(keys, USE, sealed, CONTEXT).orElseThrow(() -> new IllegalStateException(
                "The decoy key in platform_secret was sealed with a secret that is neither "
                        + ServerSecret.ENVIRONMENT + " nor " + ServerSecret.PREVIOUS_ENVIRONMENT
                        + ": set the secret it was made with as " + ServerSecret.PREVIOUS_ENVIRONMENT
                        + " (README, \"Server secret\"). Deployment refused."));
        var key = DECODER.decode(opened);
        var current = Sealed.keyId(sealed).filter(keys.currentId()::equals).isPresent();
        return new Resolved(key, current ? Optional.empty() : Optional.of(seal(keys, key)));
    }

    private static String seal(SecretKeys keys, byte[] key) {
        return Sealed.seal(keys, USE, ENCODER.encodeToString(key), CONTEXT);
    }

    /** The key, and the sealed value to store instead of what is stored, if any. */
    public record Resolved(byte[] key, Optional<String> toStore) {
    }
}
