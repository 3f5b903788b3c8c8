package fr.memberspace.password.policy;

import fr.memberspace.password.rule.ForbiddenCharacters;
import fr.memberspace.password.rule.MaximumLength;

/**
 * The settings of a mutual's password policy.
 *
 * @param minLength           fewest characters (code points)
 * @param maxLength           most characters; at least {@value #LEAST_MAXIMUM}, as NIST SP 800-63B asks
 * @param requiredClasses     how many of upper case, lower case, digit, special (0 to 4; 0: no rule)
 * @param forbiddenCharacters characters refused (empty: no rule)
 * @param blocklist           whether common passwords are refused
 * @param memberData          whether the member's number, names and e-mail are refused
 * @param historySize         how many previous passwords are refused (0: no rule)
 */
public record PasswordSettings(int minLength, int maxLength, int requiredClasses, String forbiddenCharacters,
                               boolean blocklist, boolean memberData, int historySize) {

    /** Every policy accepts passwords at least this long. */
    public static final int LEAST_MAXIMUM = 64;

    public PasswordSettings {
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1: " + minLength);
        }
        if (maxLength < LEAST_MAXIMUM || maxLength < minLength) {
            throw new IllegalArgumentException("maxLength must be at least " + LEAST_MAXIMUM
                    + " and minLength: " + maxLength);
        }
        if (requiredClasses < 0 || requiredClasses > 4) {
            throw new IllegalArgumentException("requiredClasses must be 0 to 4: " + requiredClasses);
        }
        if (historySize < 0) {
            throw new IllegalArgumentException("historySize must not be negative: " + historySize);
        }
        forbiddenCharacters = forbiddenCharacters == null ? "" : forbiddenCharacters;
    }

    /**
     * The platform's default (the policy of the customer's guide): "au moins 12 caractères
     * avec 3 des 4 types suivants", forbidden {@code ' % \ _}, plus a blocklist, no member
     * data and none of the last 5 passwords.
     */
    public static final PasswordSettings DEFAULT =
            new PasswordSettings(12, MaximumLength.DEFAULT, 3, ForbiddenCharacters.DEFAULT, true, true, 5);

    public PasswordSettings withMinLength(int value) {
        return new PasswordSettings(value, maxLength, requiredClasses, forbiddenCharacters, blocklist, memberData, historySize);
    }

    public PasswordSettings withMaxLength(int value) {
        return new PasswordSettings(minLength, value, requiredClasses, forbiddenCharacters, blocklist, memberData, historySize);
    }

    public PasswordSettings withRequiredClasses(int value) {
        return new PasswordSettings(minLength, maxLength, value, forbiddenCharacters, blocklist, memberData, historySize);
    }

    public PasswordSettings withForbiddenCharacters(String value) {
        return new PasswordSettings(minLength, maxLength, requiredClasses, value, blocklist, memberData, historySize);
    }

    public PasswordSettings withBlocklist(boolean value) {
        return new PasswordSettings(minLength, maxLength, requiredClasses, forbiddenCharacters, value, memberData, historySize);
    }

    public PasswordSettings withMemberData(boolean value) {
        return new PasswordSettings(minLength, maxLength, requiredClasses, forbiddenCharacters, blocklist, value, historySize);
    }

    public PasswordSettings withHistorySize(int value) {
        return new PasswordSettings(minLength, maxLength, requiredClasses, forbiddenCharacters, blocklist, memberData, value);
    }
}
