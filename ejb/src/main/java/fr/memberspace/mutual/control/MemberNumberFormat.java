package fr.memberspace.mutual.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a mutual writes its member numbers: a small closed set, never a pattern typed by an
 * administrator (a regular expression from outside could backtrack for minutes on a
 * crafted number: ReDoS). Each format is a single bounded character class, checked in linear
 * time. Letters are matched in ASCII only, case-insensitively, and kept in upper case, so
 * {@code ab12} and {@code AB12} are the same member; no other letter (no {@code ı}, no
 * {@code ß}) becomes an ASCII one on the way.
 */
public enum MemberNumberFormat {

    /** 1 to 20 digits: the platform's default. */
    DIGITS("[0-9]{1,20}"),
    /** 1 to 20 letters A–Z or digits, any case typed, kept in upper case. */
    LETTERS_AND_DIGITS("[A-Za-z0-9]{1,20}");

    /** What any format gives once normalised: the widest shape a stored number has. */
    public static final String ANY_NORMALISED = "[0-9A-Z]{1,20}";

    /** Longer than this, a typed value is refused before any pattern sees it. */
    private static final int LONGEST_TYPED = 64;

    private final Pattern pattern;

    MemberNumberFormat(String regex) {
        this.pattern = Pattern.compile(regex);
    }

    /** The format stored for a mutual; a value this version does not know reads as the default. */
    public static MemberNumberFormat of(String stored) {
        for (var format : values()) {
            if (format.name().equals(stored)) {
                return format;
            }
        }
        return DIGITS;
    }

    /** Whether this name is one of the formats (for the settings' check). */
    public static boolean isKnown(String name) {
        for (var format : values()) {
            if (format.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The member number as stored, from what a member typed (spaces around allowed), or
     * nothing if it cannot be a number of this format. A longer value is refused, never cut.
     */
    public Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > LONGEST_TYPED) {
            return Optional.empty();
        }
        var stripped = typed.strip();
        if (!pattern.matcher(stripped).matches()) {
            return Optional.empty();
        }
        return Optional.of(stripped.toUpperCase(Locale.ROOT));
    }
}
