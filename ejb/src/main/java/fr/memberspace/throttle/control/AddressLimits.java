package fr.memberspace.throttle.control;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits per client address: sign-in attempts, activation code requests, activation
 * code checks, and numbers typed in the reset wizard's first step (each opens a session).
 */
public record AddressLimits(AddressLimit signIn, AddressLimit codeRequests, AddressLimit codeChecks,
                            AddressLimit identify) {

    /**
     * Sign-in 20 per 10 minutes, code requests 10 per hour, code checks 30 per 10 minutes,
     * numbers typed in the wizard 30 per 10 minutes.
     */
    public static final AddressLimits DEFAULT = new AddressLimits(
            new AddressLimit(20, Duration.ofMinutes(10)),
            new AddressLimit(10, Duration.ofHours(1)),
            new AddressLimit(30, Duration.ofMinutes(10)),
            new AddressLimit(30, Duration.ofMinutes(10)));

    public AddressLimits {
        Objects.requireNonNull(signIn, "signIn");
        Objects.requireNonNull(codeRequests, "codeRequests");
        Objects.requireNonNull(codeChecks, "codeChecks");
        Objects.requireNonNull(identify, "identify");
    }
}
