package fr.memberspace.password.rule;

import java.util.Optional;

/** At least {@code min} characters (code points). Key {@code password.minimumLength}, {@code {min}}. */
public final class MinimumLength implements PasswordRule {

    public static final String KEY = "password.minimumLength";

    private final int min;

    public MinimumLength(int min) {
        if (min < 1) {
            throw new IllegalArgumentException("minimum length must be at least 1: " + min);
        }
        this.min = min;
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY, min);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        return unless(attempt.length() >= min);
    }
}
