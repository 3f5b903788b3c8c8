package fr.memberspace.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/**
 * Test-only: replaces the application clock in in-container tests so they move time
 * forward (expiry, cooldowns, locks) instead of sleeping.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    public static void advance(Duration duration) {
        OFFSET.accumulateAndGet(duration, Duration::plus);
    }

    public static void reset() {
        OFFSET.set(Duration.ZERO);
    }

    @Produces
    @Alternative
    @Priority(100)
    @ApplicationScoped
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(OFFSET.get());
            }
        };
    }
}
