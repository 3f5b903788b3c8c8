package fr.memberspace.reset.boundary;

import java.io.Serializable;
import java.time.Duration;

/** What asking for an activation code gives: the same shapes whether the number exists or not. */
public sealed interface CodeRequest extends Serializable {

    /** A code is on its way to this (masked) address; it is valid this long. */
    record Sent(String maskedEmail, Duration validity) implements CodeRequest {
    }

    /** Not now: {@code reasonKey} says why (cooldown, hourly limit, too many requests from here). */
    record Wait(String reasonKey, Duration retryAfter) implements CodeRequest {
    }
}
