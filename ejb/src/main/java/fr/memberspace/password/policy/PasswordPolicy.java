package fr.memberspace.password.policy;

import fr.memberspace.password.rule.CharacterClasses;
import fr.memberspace.password.rule.ConfirmationMatches;
import fr.memberspace.password.rule.ForbiddenCharacters;
import fr.memberspace.password.rule.MaximumLength;
import fr.memberspace.password.rule.MinimumLength;
import fr.memberspace.password.rule.NotCommonPassword;
import fr.memberspace.password.rule.NotMemberData;
import fr.memberspace.password.rule.NotRecentlyUsed;
import fr.memberspace.password.rule.PasswordAttempt;
import fr.memberspace.password.rule.PasswordRule;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.password.rule.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The password policy of one mutual: the rules built from its {@link PasswordSettings}, run
 * all at once so that a page can show every unmet rule in a checklist, and described in
 * order so that the page can list them before the member types.
 */
public final class PasswordPolicy {

    private final PasswordSettings settings;
    private final List<PasswordRule> rules;

    /**
     * @param settings    the mutual's settings
     * @param matchesHash {@code (password, storedHash) -> true} when they match: checks history
     */
    public PasswordPolicy(PasswordSettings settings, BiPredicate<String, String> matchesHash) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(matchesHash, "matchesHash");
        List<PasswordRule> built = new ArrayList<>();
        built.add(new MinimumLength(settings.minLength()));
        built.add(new MaximumLength(settings.maxLength()));
        if (settings.requiredClasses() > 0) {
            built.add(new CharacterClasses(settings.requiredClasses()));
        }
        if (!settings.forbiddenCharacters().isEmpty()) {
            built.add(new ForbiddenCharacters(settings.forbiddenCharacters()));
        }
        if (settings.blocklist()) {
            built.add(new NotCommonPassword());
        }
        if (settings.memberData()) {
            built.add(new NotMemberData());
        }
        if (settings.historySize() > 0) {
            built.add(new NotRecentlyUsed(settings.historySize(), matchesHash));
        }
        built.add(new ConfirmationMatches());
        this.rules = List.copyOf(built);
    }

    /** Every rule {@code attempt} breaks, in the order of {@link #requirements()}; empty if none. */
    public List<Violation> check(PasswordAttempt attempt) {
        return rules.stream()
                .map(rule -> rule.check(attempt))
                .flatMap(Optional::stream)
                .toList();
    }

    /** What each rule asks for, in order, to describe the policy on a page. */
    public List<Requirement> requirements() {
        return rules.stream().map(PasswordRule::requirement).toList();
    }

    public PasswordSettings settings() {
        return settings;
    }
}
