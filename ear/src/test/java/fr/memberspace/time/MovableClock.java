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
 * Test-only: replaces the application clock so tests move time forward (expiry, cooldowns,
 * locks) instead of sleeping.
 * <p>
 * An in-container test owns its time: {@link #advance} moves the clock of the calling
 * thread only (the boundaries it calls run on that thread), so no test sees the time of
 * another, whatever their order. Client tests, whose requests the server handles on its own
 * threads, move the server's time for every thread with {@link #advanceEverywhere} (through
 * the support module) and put it back after each test.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableClock {

    private static final AtomicReference<Duration> EVERYWHERE = new AtomicReference<>(Duration.ZERO);
    private static final ThreadLocal<Duration> THIS_THREAD = ThreadLocal.withInitial(() -> Duration.ZERO);

    /** Moves the clock of the calling thread. */
    public static void advance(Duration duration) {
        THIS_THREAD.set(THIS_THREAD.get().plus(duration));
    }

    /** The calling thread back to the server's time. */
    public static void reset() {
        THIS_THREAD.remove();
    }

    /** Moves the clock of every thread (client tests). */
    public static void advanceEverywhere(Duration duration) {
        EVERYWHERE.accumulateAndGet(duration, Duration::plus);
    }

    /** Every thread back to now (client tests). */
    public static void resetEverywhere() {
        EVERYWHERE.set(Duration.ZERO);
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
                return Instant.now().plus(EVERYWHERE.get()).plus(THIS_THREAD.get());
            }
        };
    }
}
