package fr.memberspace.password.rule;

import java.util.List;

/**
 * What a rule asks of a new password, for a page to describe it before the member types:
 * the same message key and parameters as the {@link Violation} the rule reports.
 */
public record Requirement(String key, List<Object> parameters) implements java.io.Serializable {

    public Requirement {
        parameters = List.copyOf(parameters);
    }

    public static Requirement of(String key, Object... parameters) {
        return new Requirement(key, List.of(parameters));
    }
}
