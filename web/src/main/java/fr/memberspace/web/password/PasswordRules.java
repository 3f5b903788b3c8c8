package fr.memberspace.web.password;

import java.util.List;
import java.util.MissingResourceException;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.password.rule.Requirement;
import fr.memberspace.password.rule.Violation;
import fr.memberspace.web.mutual.CurrentMutual;
import fr.memberspace.web.request.Messages;

/**
 * The current mutual's password rules in the page's language ({@code #{passwordRules}}):
 * the checklist items (with their parameters for checklist.js), the guide's sentences with
 * this mutual's numbers, and a Faces message per broken rule.
 */
@Named
@RequestScoped
public class PasswordRules {

    @Inject
    Accounts accounts;

    @Inject
    CurrentMutual mutual;

    private static final String CONFIRMATION_RULE = "password.confirmationMatches";

    private List<Requirement> rules;

    public List<Requirement> getAll() {
        if (rules == null) {
            rules = accounts.passwordRules(mutual.getCode());
        }
        return rules;
    }

    /** The text of a rule for the checklist. */
    public String describe(Requirement requirement) {
        return Messages.text("rule." + requirement.key(), displayed(requirement.parameters()));
    }

    /** The parameters of a rule for checklist.js, separated by a line feed. */
    public String parameters(Requirement requirement) {
        return requirement.parameters().stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }

    /** The customer guide's sentence on length and character types, with this mutual's numbers. */
    public String getLengthSentence() {
        var min = parameter("password.minimumLength", 0);
        var classes = parameter("password.characterClasses", 0);
        var of = parameter("password.characterClasses", 1);
        return min == null || classes == null ? null : Messages.text("reset.newPassword.rules", min, classes, of);
    }

    /** The guide's sentence on forbidden characters ("Apostrophe ', Pourcent %, …"), or null if none. */
    public String getForbiddenSentence() {
        var characters = parameter("password.forbiddenCharacters", 0);
        if (characters == null || characters.toString().isEmpty()) {
            return null;
        }
        var names = characters.toString().codePoints().mapToObj(PasswordRules::named).toList();
        var list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + Messages.text("list.last")
                        + names.get(names.size() - 1);
        return Messages.text("reset.newPassword.forbidden", list);
    }

    /**
     * One error message per broken rule, under the field it is about: the confirmation's
     * rule under {@code form:confirmation}, the others under {@code form:password}.
     */
    public static void report(List<Violation> violations, String form) {
        violations.forEach(violation -> Messages.errorOn(
                form + (violation.key().equals(CONFIRMATION_RULE) ? ":confirmation" : ":password"),
                "violation." + violation.key(), displayed(violation.parameters())));
    }

    private Object parameter(String rule, int index) {
        return getAll().stream()
                .filter(requirement -> requirement.key().equals(rule) && requirement.parameters().size() > index)
                .map(requirement -> requirement.parameters().get(index))
                .findFirst()
                .orElse(null);
    }

    private static String named(int character) {
        try {
            return Messages.text("character." + Integer.toHexString(character));
        } catch (MissingResourceException unnamed) {
            return Character.toString(character);
        }
    }

    /** Forbidden characters are shown one by one ("' % \ _"), numbers as they are. */
    private static Object[] displayed(List<Object> parameters) {
        return parameters.stream()
                .map(p -> p instanceof String text && !text.matches("[0-9]+")
                        ? text.codePoints().mapToObj(Character::toString).collect(Collectors.joining(" ")) : p)
                .toArray();
    }
}
