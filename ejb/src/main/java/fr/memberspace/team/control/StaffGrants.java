package fr.memberspace.team.control;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.memberspace.secret.control.KeyedHash;
import fr.memberspace.secret.control.ServerSecret;

/**
 * The proof, between the two steps of a staff sign-in, that the password was right: a
 * token {@code base64url(email)~<expiry seconds>~<key id>:<hmac>} signed with a key from
 * the server secret, valid {@link #VALIDITY}. The code step accepts nothing without it,
 * so the second factor can never be tried alone. Nothing is stored.
 */
@ApplicationScoped
public class StaffGrants {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    static final String USE = "staff-sign-in-grant";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    @Inject
    ServerSecret secret;

    public StaffGrants() {
    }

    /** For unit tests. */
    public StaffGrants(ServerSecret secret) {
        this.secret = secret;
    }

    /** A grant for this e-mail, valid from {@code now}. */
    public String grant(String email, Instant now) {
        var encoded = ENCODER.encodeToString(email.getBytes(StandardCharsets.UTF_8));
        var expiry = String.valueOf(now.plus(VALIDITY).getEpochSecond());
        return encoded + "~" + expiry + "~" + secret.keyed(USE, key -> hashes(key).hex(encoded, expiry));
    }

    /** The e-mail of a grant that is genuine and not expired at {@code now}. */
    public Optional<String> email(String grant, Instant now) {
        if (grant == null || grant.length() > 600) {
            return Optional.empty();
        }
        var parts = grant.split("~", -1);
        if (parts.length != 3 || !parts[1].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        if (!secret.checkKeyed(USE, parts[2], (key, hex) -> hashes(key).matches(hex, parts[0], parts[1]))) {
            return Optional.empty();
        }
        if (!now.isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(DECODER.decode(parts[0]), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static KeyedHash hashes(byte[] key) {
        return new KeyedHash(key, "memberspace/staff-grant/v1");
    }
}
