package fr.memberspace.password.rule;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiPredicate;

import static org.assertj.core.api.Assertions.assertThat;

class NotRecentlyUsedTest {

    /** A stand-in for the hash check: "hash:" + password, so the rule is tested without Argon2. */
    private static final BiPredicate<String, String> FAKE_HASH = (password, hash) -> hash.equals("hash:" + password);

    private final NotRecentlyUsed lastFive = new NotRecentlyUsed(5, FAKE_HASH);

    private static PasswordAttempt attempt(String password, String... previousPasswords) {
        List<String> hashes = java.util.Arrays.stream(previousPasswords).map(p -> "hash:" + p).toList();
        return new PasswordAttempt(password, password, MemberData.NONE, hashes);
    }

    @Test
    void theFifthPreviousPasswordFailsWithTheKeyAndTheCount() {
        assertThat(lastFive.check(attempt("p5", "p1", "p2", "p3", "p4", "p5", "p6")))
                .contains(new Violation("password.notRecentlyUsed", List.of(5)));
    }

    @Test
    void theSixthPreviousPasswordPasses() {
        assertThat(lastFive.check(attempt("p6", "p1", "p2", "p3", "p4", "p5", "p6"))).isEmpty();
    }

    @Test
    void theCurrentPasswordFails() {
        assertThat(lastFive.check(attempt("p1", "p1"))).isPresent();
    }

    @Test
    void aNewPasswordPasses() {
        assertThat(lastFive.check(attempt("new", "p1", "p2"))).isEmpty();
        assertThat(lastFive.check(attempt("new"))).isEmpty();
    }

    @Test
    void comparesTheNfcFormWithTheHashes() {
        // the stored hash was made from NFC "é"; the member now types NFD
        assertThat(lastFive.check(attempt("e\u0301t\u00e9", "\u00e9t\u00e9"))).isPresent();
    }
}
