package fr.memberspace.password.rule;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * At least {@code required} of the four kinds of characters: upper case, lower case, digit,
 * special ("3 des 4 types suivants : Majuscule, minuscule, chiffre et caractères spéciaux").
 * Key {@code password.characterClasses}, {@code {required, 4}}.
 * <p>
 * Unicode, decided so that a French member is never surprised:
 * <ul>
 * <li>upper case is {@link Character#isUpperCase(int)} or title case: {@code É}, {@code Ç};</li>
 * <li>lower case is {@link Character#isLowerCase(int)}: {@code é}, {@code ß}; a letter
 * without case (CJK, Arabic, Hebrew…) also counts here, as "a letter": it is no special
 * character, and counting it as nothing would leave such a member one class short;</li>
 * <li>digit is {@link Character#isDigit(int)} (any script's decimal digits);</li>
 * <li>special is everything else: punctuation, symbols, emoji, spaces.</li>
 * </ul>
 */
public final class CharacterClasses implements PasswordRule {

    public static final String KEY = "password.characterClasses";

    /** The four kinds of characters. */
    public enum CharacterClass { UPPER_CASE, LOWER_CASE, DIGIT, SPECIAL }

    private final int required;

    public CharacterClasses(int required) {
        if (required < 0 || required > CharacterClass.values().length) {
            throw new IllegalArgumentException("required classes must be 0 to 4: " + required);
        }
        this.required = required;
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY, required, CharacterClass.values().length);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        return unless(classesIn(attempt.password()).size() >= required);
    }

    /** The kinds of characters found in {@code password}. */
    public static Set<CharacterClass> classesIn(String password) {
        Set<CharacterClass> found = EnumSet.noneOf(CharacterClass.class);
        password.codePoints().forEach(c -> found.add(classOf(c)));
        return found;
    }

    static CharacterClass classOf(int codePoint) {
        if (Character.isUpperCase(codePoint) || Character.isTitleCase(codePoint)) {
            return CharacterClass.UPPER_CASE;
        }
        if (Character.isLowerCase(codePoint) || Character.isLetter(codePoint)) {
            return CharacterClass.LOWER_CASE;
        }
        if (Character.isDigit(codePoint)) {
            return CharacterClass.DIGIT;
        }
        return CharacterClass.SPECIAL;
    }
}
