package fr.memberspace.activation.control;

import java.util.Optional;

/**
 * Reads the activation code as the member typed or pasted it: spaces and dashes are
 * dropped, any Unicode decimal digit (full-width, Arabic-Indic, ...) becomes its ASCII
 * digit, and anything else makes the input unreadable.
 */
public final class CodeInput {

    private CodeInput() {
    }

    /**
     * The ASCII digits of the typed code, or empty if it holds anything other than digits,
     * spaces and dashes, or no digit at all.
     */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder digits = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); ) {
            int codePoint = typed.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isDigit(codePoint)) {
                digits.append((char) ('0' + Character.digit(codePoint, 10)));
            } else if (!isSeparator(codePoint)) {
                return Optional.empty();
            }
        }
        return digits.length() == 0 ? Optional.empty() : Optional.of(digits.toString());
    }

    /** The ASCII digits of the typed code if it reads as exactly {@code length} digits. */
    public static Optional<String> normalise(String typed, int length) {
        return normalise(typed).filter(digits -> digits.length() == length);
    }

    private static boolean isSeparator(int codePoint) {
        return Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint) // no-break spaces, as in "123 456" in French
                || Character.getType(codePoint) == Character.DASH_PUNCTUATION
                || codePoint == '\u2212'; // minus sign
    }
}
