package fr.memberspace.activation.control;

import java.time.Duration;
import java.util.Objects;

/**
 * How a mutual wants its activation codes: number of digits, how long a code is valid,
 * how many wrong tries a code allows, how long before another code may be sent, and how
 * many codes a member may receive per hour.
 */
public record CodePolicy(int length, Duration validity, int maxWrongTries, Duration resendCooldown,
        int maxCodesPerHour) {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 10;
    /** Six digits, the minimum of NIST SP 800-63B and OWASP ASVS. */
    public static final int DEFAULT_LENGTH = 6;

    /** 6 digits, valid 10 minutes, 5 wrong tries, 60 s between sends, 5 codes per hour. */
    public static final CodePolicy DEFAULT =
            new CodePolicy(DEFAULT_LENGTH, Duration.ofMinutes(10), 5, Duration.ofSeconds(60), 5);

    public CodePolicy {
        requireValidLength(length);
        requirePositive(validity, "validity");
        Objects.requireNonNull(resendCooldown, "resendCooldown");
        if (resendCooldown.isNegative()) {
            throw new IllegalArgumentException("resendCooldown must not be negative");
        }
        if (maxWrongTries < 1) {
            throw new IllegalArgumentException("maxWrongTries must be at least 1");
        }
        if (maxCodesPerHour < 1) {
            throw new IllegalArgumentException("maxCodesPerHour must be at least 1");
        }
    }

    /** This policy with codes of {@code length} digits. */
    public CodePolicy withLength(int length) {
        return new CodePolicy(length, validity, maxWrongTries, resendCooldown, maxCodesPerHour);
    }

    static int requireValidLength(int length) {
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "code length must be " + MIN_LENGTH + " to " + MAX_LENGTH + " digits, not " + length);
        }
        return length;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
