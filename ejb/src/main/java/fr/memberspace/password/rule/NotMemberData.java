package fr.memberspace.password.rule;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Does not contain the member's number, first name, last name or e-mail local part (the part
 * before {@code @}), ignoring case and accents. Names and the local part are split into words
 * ({@code jean-pierre.dupont} gives {@code jean}, {@code pierre}, {@code dupont}); words of
 * fewer than 3 characters are ignored. Key {@code password.notMemberData} (no parameter: a
 * message must not echo the member's data).
 */
public final class NotMemberData implements PasswordRule {

    public static final String KEY = "password.notMemberData";
    /** Words shorter than this are too common to forbid ("Li", "Ba"). */
    public static final int SHORTEST_WORD = 3;

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        String password = fold(attempt.password());
        return unless(wordsOf(attempt.member()).noneMatch(password::contains));
    }

    /** The member's words a password must not contain, folded. */
    static Stream<String> wordsOf(MemberData member) {
        return Stream.of(member.memberNumber(), member.firstName(), member.lastName(), localPart(member.email()))
                .filter(s -> s != null)
                .map(NotMemberData::fold)
                .flatMap(s -> Arrays.stream(s.split("[^\\p{L}\\p{N}]+")))
                .filter(word -> word.codePointCount(0, word.length()) >= SHORTEST_WORD);
    }

    private static String localPart(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at < 0 ? email : email.substring(0, at);
    }

    /** Lower case without accents: {@code Hélène} → {@code helene}. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
    }
}
