package fr.memberspace.throttle.control;

import java.time.Duration;
import java.util.Objects;

/** At most {@code maxEvents} of one kind from one client address in any {@code window}. */
public record AddressLimit(int maxEvents, Duration window) {

    public AddressLimit {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be at least 1");
        }
        Objects.requireNonNull(window, "window");
        if (window.compareTo(SlidingWindow.BUCKET) < 0) {
            throw new IllegalArgumentException("window must be at least " + SlidingWindow.BUCKET);
        }
    }
}
