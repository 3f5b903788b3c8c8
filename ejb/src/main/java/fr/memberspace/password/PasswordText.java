package fr.memberspace.password;

import java.text.Normalizer;

/**
 * The text of a password as the member space sees it: Unicode NFC, measured in code points.
 * <p>
 * The same password typed on two keyboards can reach us as NFC ({@code é} = U+00E9) or NFD
 * ({@code e} + U+0301). The policy and the hashes both go through {@link #normalise(String)}
 * so that both forms are one password. Lengths are counted in code points, so an emoji
 * counts as one character although Java stores it as two {@code char}s.
 */
public final class PasswordText {

    private PasswordText() {
    }

    /** The NFC form of {@code password}; {@code null} becomes the empty string. */
    public static String normalise(String password) {
        return password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    /** The number of code points (user-visible characters, near enough) in {@code password}. */
    public static int length(String password) {
        return password.codePointCount(0, password.length());
    }
}
