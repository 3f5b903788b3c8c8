package fr.memberspace.account.control;

import java.util.Locale;
import java.util.Objects;

/**
 * An e-mail address as shown on the reset page, partly hidden: the first and last
 * characters of the local part, stars for the characters between (at least
 * {@value #MIN_STARS}, at most {@value #MAX_STARS}, so the length is only hinted) and the
 * domain readable, e.g. {@code xavier.e@mail.com} is shown {@code x******e@mail.com}.
 * A local part of one or two characters shows its first character and stars only.
 *
 * <p>The whole address is shown in lower case, as {@link DecoyEmails} are, so the case
 * does not tell a real address from a decoy.
 */
public record MaskedEmail(String value) {

    public static final int MIN_STARS = 3;
    public static final int MAX_STARS = 8;

    public MaskedEmail {
        Objects.requireNonNull(value, "value");
    }

    /**
     * Masks a member's address.
     *
     * @throws IllegalArgumentException if the address has no {@code @} with text on both sides
     */
    public static MaskedEmail of(String address) {
        Objects.requireNonNull(address, "address");
        String trimmed = address.strip();
        int at = trimmed.lastIndexOf('@');
        if (at <= 0 || at == trimmed.length() - 1) {
            throw new IllegalArgumentException("not an e-mail address");
        }
        String local = trimmed.substring(0, at);
        String domain = trimmed.substring(at + 1);
        int length = local.codePointCount(0, local.length());
        String first = local.substring(0, local.offsetByCodePoints(0, 1));
        if (length <= 2) {
            return shown(first, "", starsFor(length - 1), domain);
        }
        String last = local.substring(local.offsetByCodePoints(local.length(), -1));
        return shown(first, last, starsFor(length - 2), domain);
    }

    /** The number of stars that hide {@code hidden} characters. */
    static int starsFor(int hidden) {
        return Math.max(MIN_STARS, Math.min(MAX_STARS, hidden));
    }

    /** Builds the shown form; {@code last} is empty for the short form. */
    static MaskedEmail shown(String first, String last, int stars, String domain) {
        String masked = first + "*".repeat(stars) + last + "@" + domain;
        return new MaskedEmail(masked.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
