package fr.memberspace.password.rule;

import java.util.Optional;

/**
 * None of the given characters ("Caractères interdits : Apostrophe ', Pourcent %, Antislash \,
 * et underscore _"). Key {@code password.forbiddenCharacters}, {@code {characters}}.
 */
public final class ForbiddenCharacters implements PasswordRule {

    public static final String KEY = "password.forbiddenCharacters";
    /** The seed policy's forbidden characters: ' % \ _ */
    public static final String DEFAULT = "'%\\_";

    private final String characters;

    public ForbiddenCharacters(String characters) {
        if (characters == null || characters.isEmpty()) {
            throw new IllegalArgumentException("no forbidden characters given");
        }
        this.characters = characters;
    }

    @Override
    public Requirement requirement() {
        return Requirement.of(KEY, characters);
    }

    @Override
    public Optional<Violation> check(PasswordAttempt attempt) {
        return unless(attempt.password().codePoints().noneMatch(c -> characters.indexOf(c) >= 0));
    }
}
