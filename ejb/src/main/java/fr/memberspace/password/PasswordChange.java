package fr.memberspace.password;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import fr.memberspace.password.rule.Violation;

/** What an attempt to set a new password gives. */
public sealed interface PasswordChange extends Serializable {

    /**
     * The new password is set at {@code at} (the server's clock); a notice e-mail is on its
     * way. Sessions signed in before that instant end. {@code deviceTicket}, when not null,
     * marks the browser as the member's known device (the page keeps it in a cookie).
     */
    record Changed(Instant at, String deviceTicket) implements PasswordChange {
    }

    /** The anti-robot answer was wrong (the reset wizard asks one with the new password). */
    record ChallengeFailed() implements PasswordChange {
    }

    /** The password breaks these rules of the mutual's policy (all of them at once). */
    record Rejected(List<Violation> violations) implements PasswordChange {
    }

    /** Not allowed: no verified activation code (or it expired, or was used), or a wrong current password. */
    record NotAllowed() implements PasswordChange {
    }

    /** Too many wrong current passwords: try again after this long. */
    record Wait(Duration retryAfter) implements PasswordChange {
    }
}
