package fr.memberspace.challenge.control;

import java.util.Map;

/**
 * Whether the anti-robot challenge is checked: always, unless {@value #VARIABLE}{@code =off}
 * is in the environment (automated acceptance tests outside production only).
 */
public record ChallengeSwitch(boolean checked) {

    public static final String VARIABLE = "MEMBERSPACE_CHALLENGE";

    /** Read from an environment; anything but "off" (in any case, trimmed) keeps the check on. */
    public static ChallengeSwitch of(Map<String, String> environment) {
        var value = environment.get(VARIABLE);
        return new ChallengeSwitch(value == null || !value.strip().equalsIgnoreCase("off"));
    }

    /** The line the server logs at startup when the check is off. */
    public String warning() {
        return checked ? null : "*** " + VARIABLE + "=off: THE ANTI-ROBOT CHALLENGE ACCEPTS ANY ANSWER."
                + " For automated tests only, never in production. ***";
    }
}
