package fr.memberspace.activation.control;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * Draws numeric activation codes of a fixed length, every code of that length being
 * equally likely (leading zeros included).
 *
 * <p>Each digit comes from {@link SecureRandom#nextInt(int)}, which rejects the draws that
 * would cause modulo bias, so the digits are uniform and independent.
 */
public class ActivationCodes {

    private final int length;
    private final SecureRandom random;

    /** Codes of {@link CodePolicy#DEFAULT_LENGTH} digits from a new {@link SecureRandom}. */
    public ActivationCodes() {
        this(CodePolicy.DEFAULT_LENGTH);
    }

    /** Codes of {@code length} digits (5 to 10) from a new {@link SecureRandom}. */
    public ActivationCodes(int length) {
        this(length, new SecureRandom());
    }

    /**
     * Codes of {@code length} digits (5 to 10) from the given source.
     *
     * @throws IllegalArgumentException if the length is outside 5 to 10
     */
    public ActivationCodes(int length, SecureRandom random) {
        this.length = CodePolicy.requireValidLength(length);
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A new code of exactly {@link #length()} ASCII digits. Never log it. */
    public String next() {
        char[] digits = new char[length];
        for (int i = 0; i < length; i++) {
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return new String(digits);
    }

    /** The number of digits of every code drawn. */
    public int length() {
        return length;
    }
}
