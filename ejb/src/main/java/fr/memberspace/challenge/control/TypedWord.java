package fr.memberspace.challenge.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a word as the member typed it, so that "Clé", " cle ", "CLÉ" and "la clé" all read
 * "cle": accents dropped, lower case, spaces trimmed and collapsed, and one leading French
 * or English article removed.
 */
public final class TypedWord {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
    private static final Pattern ARTICLE = Pattern.compile("^(?:(?:le|la|les|un|une|des|the|an|a) |l')");

    private TypedWord() {
    }

    /** The comparable form of {@code typed}; empty for {@code null} or blank input. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(typed, Normalizer.Form.NFKD)).replaceAll("");
        String spaced = SPACES.matcher(plain.replace('\u2019', '\'')).replaceAll(" ").strip();
        String lower = spaced.toLowerCase(Locale.ROOT);
        return ARTICLE.matcher(lower).replaceFirst("").strip();
    }
}
