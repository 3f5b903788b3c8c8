package fr.memberspace.activation.control;

import java.io.Serializable;
import java.time.Duration;

/** What typing an activation code gives. */
public sealed interface CodeCheck extends Serializable {

    /** The right code: the grant allows one password change for a short while. */
    record Accepted(String grant) implements CodeCheck {
    }

    /** Not the code; {@code triesLeft} more tries for this code. */
    record Wrong(int triesLeft) implements CodeCheck {
    }

    /** The code's time ran out: ask for a new one. */
    record Expired() implements CodeCheck {
    }

    /** Too many wrong tries, or the code was replaced or used: ask for a new one. */
    record NoLongerValid() implements CodeCheck {
    }

    /** No code was asked for this number. */
    record NoCode() implements CodeCheck {
    }

    /** Too many checks from this address: try again after this long. */
    record Wait(Duration retryAfter) implements CodeCheck {
    }
}
