package fr.memberspace.web.reset;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * The hand-over from the wizard's stateless first step (or from the sign-in page, for a
 * member who must renew) to the wizard proper: the member number, kept in the session for
 * the one request after the redirect, where the wizard takes it, with the masked address the
 * first step was given ({@code null} from the sign-in page: the wizard asks for it). The session is created
 * here, once a number was typed, never by merely opening the page.
 */
public record ResetStart(String number, boolean renewal, String maskedEmail) implements Serializable {

    static final String ATTRIBUTE = "memberspace.reset.start";

    /** Leaves the number for the wizard in this session map (the session is created if need be). */
    public void leaveIn(Map<String, Object> session) {
        session.put(ATTRIBUTE, this);
    }

    /** Whether a number waits in this session map ({@code null}: no session). */
    static boolean waitsIn(Map<String, Object> session) {
        return session != null && session.get(ATTRIBUTE) instanceof ResetStart;
    }

    /** Takes the number left in this session map, if any: it serves once. */
    static Optional<ResetStart> takeFrom(Map<String, Object> session) {
        return session.remove(ATTRIBUTE) instanceof ResetStart start ? Optional.of(start) : Optional.empty();
    }
}
