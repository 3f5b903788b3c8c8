package fr.memberspace.web.login;

import java.security.Principal;
import java.util.Optional;

/** The caller name of a signed-in member, {@code <mutual>/<number>}, and back. */
public final class Callers {

    private Callers() {
    }

    static String name(String mutualCode, String number) {
        return mutualCode + "/" + number;
    }

    /** The member number of the caller if the caller is a member of this mutual. */
    public static Optional<String> numberIn(String mutualCode, Principal caller) {
        if (caller == null || mutualCode == null) {
            return Optional.empty();
        }
        var prefix = mutualCode + "/";
        return caller.getName().startsWith(prefix) ? Optional.of(caller.getName().substring(prefix.length()))
                : Optional.empty();
    }
}
