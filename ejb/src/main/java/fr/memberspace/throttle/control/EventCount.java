package fr.memberspace.throttle.control;

import java.time.Instant;
import java.util.Objects;

/**
 * The number of events of one kind from one address during the minute starting at
 * {@code minute}: one row of a table keyed by (address, kind, minute).
 */
public record EventCount(Instant minute, int count) {

    public EventCount {
        Objects.requireNonNull(minute, "minute");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
    }
}
