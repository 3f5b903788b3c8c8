package fr.memberspace.support.control;

import java.util.Locale;

/**
 * Text typed in a search box as a {@code LIKE} pattern that matches it literally: its
 * {@code %} and {@code _} are not wildcards. Queries say {@code ESCAPE '!'}. Lower case
 * (with {@code LOWER(…)} on the column, the search ignores case).
 */
public final class LikePattern {

    /** The escape character the queries name. */
    public static final char ESCAPE = '!';

    private LikePattern() {
    }

    /** Matches any text that contains {@code typed}. */
    public static String containing(String typed) {
        return "%" + escaped(typed) + "%";
    }

    /** Matches any text that starts with {@code typed}. */
    public static String startingWith(String typed) {
        return escaped(typed) + "%";
    }

    static String escaped(String typed) {
        var lower = typed.toLowerCase(Locale.ROOT);
        var out = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                out.append(ESCAPE);
            }
            out.append(c);
        }
        return out.toString();
    }
}
