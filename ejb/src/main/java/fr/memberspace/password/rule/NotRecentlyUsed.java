package fr.memberspace.password.rule;

import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * Not one of the member's last {@code count} passwords. The rule stays pure: it is given
 * the hashes (in the {@link PasswordAttempt}, most recent first) and a function telling
 * whether a password matches a stored hash (in production, the password hashes' verify).
 * Key {@code password.notRecentlyUsed}, {@code {count}}.
 */
public final class NotRecentlyUsed implements PasswordRule {

    public static final String KEY = "password.notRecentlyUsed";

    private final int count;
    private final BiPredicate<String, String> matchesHash;

    /**
     * @param count       how many previous passwords are refused
     * @param matchesHash {@code (password, storedHash) -> true} when the password is the one hashed
     */
    public NotRecentlyUsed(int count, BiPredicate<String, String> matchesHash) {
        if (count < 1) {
            throw new IllegalArgumentException("history size must be at least 1: " + count);
        }
        this.count = count;
        this.matchesHash = matchesHash;
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY, count);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        return unless(attempt.previousHashes().stream()
                .limit(count)
                .noneMatch(hash -> matchesHash.test(attempt.password(), hash)));
    }
}
