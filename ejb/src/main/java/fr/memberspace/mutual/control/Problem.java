package fr.memberspace.mutual.control;

import java.io.Serializable;
import java.util.List;

/**
 * A value an administrator gave that cannot be saved: the field it belongs to, the message
 * key the page translates ({@code admin.mutual.…} in the web bundles) and its parameters.
 */
public record Problem(String field, String key, List<Serializable> parameters) implements Serializable {

    public Problem {
        parameters = List.copyOf(parameters);
    }

    public static Problem of(String field, String key, Serializable... parameters) {
        return new Problem(field, key, List.of(parameters));
    }
}
