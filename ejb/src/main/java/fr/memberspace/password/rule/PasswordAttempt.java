package fr.memberspace.password.rule;

import fr.memberspace.password.PasswordText;

import java.util.List;
import java.util.Objects;

/**
 * A new password as the member typed it: the password, its confirmation, the member's own
 * data and the hashes of their previous passwords (most recent first).
 * <p>
 * Password and confirmation are normalised to NFC here ({@link PasswordText#normalise}), so
 * every rule sees the same text the hash will be computed from. {@code toString()} hides them.
 */
public record PasswordAttempt(String password, String confirmation, MemberData member, List<String> previousHashes) {

    public PasswordAttempt {
        password = PasswordText.normalise(password);
        confirmation = PasswordText.normalise(confirmation);
        member = Objects.requireNonNullElse(member, MemberData.NONE);
        previousHashes = previousHashes == null ? List.of() : List.copyOf(previousHashes);
    }

    /** A first password: no previous hashes. */
    public PasswordAttempt(String password, String confirmation, MemberData member) {
        this(password, confirmation, member, List.of());
    }

    /** The password confirmed as typed, with no member data and no history. */
    public static PasswordAttempt of(String password) {
        return new PasswordAttempt(password, password, MemberData.NONE);
    }

    /** The password's length in code points. */
    public int length() {
        return PasswordText.length(password);
    }

    @Override
    public String toString() {
        return "PasswordAttempt[password=***, confirmation=***, member=" + member.memberNumber()
                + ", previousHashes=" + previousHashes.size() + "]";
    }
}
