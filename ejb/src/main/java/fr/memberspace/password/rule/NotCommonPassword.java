package fr.memberspace.password.rule;

import com.nulabinc.zxcvbn.StandardDictionaries;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Not one of the 30,000 most common passwords, compared case-insensitively. The list is
 * zxcvbn's {@code passwords} frequency list (from real leaks), shipped in zxcvbn4j.
 * Key {@code password.notCommon}.
 */
public final class NotCommonPassword implements PasswordRule {

    public static final String KEY = "password.notCommon";

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        return unless(!isCommon(attempt.password()));
    }

    /** Whether {@code password} is on the list, whatever its case. */
    public static boolean isCommon(String password) {
        return Blocklist.PASSWORDS.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Loaded once, on first use. */
    private static final class Blocklist {
        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try {
                return StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                        .map(p -> p.toLowerCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
            } catch (IOException e) {
                throw new UncheckedIOException("zxcvbn's password list cannot be read", e);
            }
        }
    }
}
