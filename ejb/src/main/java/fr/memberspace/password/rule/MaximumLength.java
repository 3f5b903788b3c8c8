package fr.memberspace.password.rule;

import java.util.Optional;

/**
 * At most {@code max} characters (code points): a bound on the work hashing does, far above
 * what a member types. Key {@code password.maximumLength}, {@code {max}}.
 */
public final class MaximumLength implements PasswordRule {

    public static final String KEY = "password.maximumLength";
    /** The default bound. */
    public static final int DEFAULT = 128;

    private final int max;

    public MaximumLength(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maximum length must be at least 1: " + max);
        }
        this.max = max;
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY, max);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        return unless(attempt.length() <= max);
    }
}
