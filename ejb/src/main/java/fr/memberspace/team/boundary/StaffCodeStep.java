package fr.memberspace.team.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** The answer to a TOTP code, the second step of a staff sign-in. */
public sealed interface StaffCodeStep {

    /** Signed in: tell the container this caller and role. */
    record SignedIn(String email, String displayName, String role, Instant at) implements StaffCodeStep, Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Wrong, malformed or already used code: the same grant may try again. */
    record WrongCode() implements StaffCodeStep {
    }

    /** The grant expired or was not genuine, or the account changed: sign in again from the password. */
    record StartOver() implements StaffCodeStep {
    }

    /** Too many attempts, from this address or on this account. */
    record Wait(Duration retryAfter) implements StaffCodeStep {
    }
}
