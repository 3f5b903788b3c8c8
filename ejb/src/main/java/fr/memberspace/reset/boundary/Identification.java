package fr.memberspace.reset.boundary;

import java.io.Serializable;
import java.time.Duration;

/** What the wizard's first step gets for a number typed. */
public sealed interface Identification extends Serializable {

    /**
     * Where the code will go, masked. The same shape for a number nobody has (a decoy
     * address): nothing tells a stranger which numbers exist.
     */
    record Shown(String number, String maskedEmail) implements Identification {
    }

    /** This client address typed too many numbers lately: it waits, and no session opens. */
    record Wait(Duration retryAfter) implements Identification {
    }
}
