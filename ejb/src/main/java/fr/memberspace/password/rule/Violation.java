package fr.memberspace.password.rule;

import java.util.List;

/**
 * A rule the new password breaks: a message key (e.g. {@code password.minimumLength}) and
 * the parameters the translated message needs (e.g. {@code 12}). Never holds the password.
 */
public record Violation(String key, List<Object> parameters) implements java.io.Serializable {

    public Violation {
        parameters = List.copyOf(parameters);
    }

    public static Violation of(Requirement requirement) {
        return new Violation(requirement.key(), requirement.parameters());
    }
}
