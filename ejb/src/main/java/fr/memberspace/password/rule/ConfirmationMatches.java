package fr.memberspace.password.rule;

import java.util.Optional;

/** The confirmation is the same password (both NFC). Key {@code password.confirmationMatches}. */
public final class ConfirmationMatches implements PasswordRule {

    public static final String KEY = "password.confirmationMatches";

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        return unless(attempt.password().equals(attempt.confirmation()));
    }
}
