package fr.memberspace.mutual.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of a mutual's identity before it is saved. The code becomes the first segment
 * of every member URL, so it is short, plain and cannot hide a path of the platform itself.
 */
public final class IdentityCheck {

    /** Lower-case letters, digits and hyphens, 2 to 20, starting with a letter or digit. */
    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,19}");

    /** First segments the platform serves itself: a mutual there would hide them, or be hidden. */
    public static final Set<String> RESERVED = Set.of("admin", "support", "health", "resources",
            "jakarta.faces.resource", "api", "metrics", "static", "login", "logout", "error", "www");

    /** A plain address: something, {@code @}, a domain with a dot; no spaces or angle brackets. */
    static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static final int NAME_MAX = 120;
    public static final int ADDRESS_MAX = 254;

    private IdentityCheck() {
    }

    /** Every problem of a new mutual's identity (its code included). */
    public static List<Problem> problemsOfNew(IdentityValues values) {
        var problems = new ArrayList<Problem>();
        var code = values.code();
        if (code == null || code.isBlank()) {
            problems.add(Problem.of("code", "admin.mutual.required"));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(Problem.of("code", "admin.mutual.code.pattern"));
        } else if (RESERVED.contains(code.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of("code", "admin.mutual.code.reserved"));
        }
        problems.addAll(problemsOfEdit(values));
        return problems;
    }

    /** Every problem of an existing mutual's name, sender and colour (its code does not change). */
    public static List<Problem> problemsOfEdit(IdentityValues values) {
        var problems = new ArrayList<Problem>();
        var name = values.name();
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("name", "admin.mutual.required"));
        } else if (name.length() > NAME_MAX || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(Problem.of("name", "admin.mutual.name.invalid", NAME_MAX));
        }
        var sender = values.senderAddress();
        if (sender == null || sender.isBlank()) {
            problems.add(Problem.of("senderAddress", "admin.mutual.required"));
        } else if (sender.length() > ADDRESS_MAX || !ADDRESS.matcher(sender).matches()) {
            problems.add(Problem.of("senderAddress", "admin.mutual.senderAddress.invalid"));
        }
        var colour = values.colour();
        if (colour != null && !colour.isBlank() && !COLOUR.matcher(colour.strip()).matches()) {
            problems.add(Problem.of("colour", "admin.mutual.colour.invalid"));
        }
        return problems;
    }
}
