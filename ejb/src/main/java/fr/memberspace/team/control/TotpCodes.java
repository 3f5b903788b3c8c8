package fr.memberspace.team.control;

import java.security.InvalidKeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * TOTP codes (RFC 6238, the defaults every authenticator app uses: HMAC-SHA1, 30-second
 * steps, 6 digits), computed by {@code com.eatthepath:java-otp}.
 *
 * <p>A code is accepted within one step before or after the server's (a phone's clock a
 * little off, a code typed as it changes), and only for a step later than the last one
 * accepted for the account: a code seen over a shoulder or in a proxy log cannot be used
 * again, nor can an older one.
 */
public final class TotpCodes {

    public static final Duration STEP = Duration.ofSeconds(30);
    public static final int DIGITS = 6;
    /** Steps accepted either side of the server's. */
    public static final int DRIFT = 1;

    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, DIGITS,
            TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

    private TotpCodes() {
    }

    /** The time step of an instant (seconds since the epoch / 30). */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP.getSeconds());
    }

    /** The code of a secret at an instant, as the authenticator app shows it ("012345"). */
    public static String code(byte[] secret, Instant at) {
        try {
            int code = GENERATOR.generateOneTimePassword(new SecretKeySpec(secret, GENERATOR.getAlgorithm()), at);
            return String.format("%0" + DIGITS + "d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("not a TOTP secret", e);
        }
    }

    /**
     * The step whose code this is, within {@value #DRIFT} step of {@code now} and after
     * {@code lastStep} (null when no code was accepted yet); empty if the code is wrong,
     * malformed or already used.
     */
    public static OptionalLong accept(byte[] secret, String typed, Instant now, Long lastStep) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        var code = typed.replace(" ", "");
        if (!code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            boolean fresh = lastStep == null || step > lastStep;
            if (fresh && java.security.MessageDigest.isEqual(code(secret, at(step)).getBytes(), code.getBytes())) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** Whether the code is right for some step within the drift, used or not (to tell a replay from a wrong code). */
    public static boolean matchesAnyRecentStep(byte[] secret, String typed, Instant now) {
        return accept(secret, typed, now, null).isPresent();
    }

    private static Instant at(long step) {
        return Instant.ofEpochSecond(step * STEP.getSeconds());
    }
}
