package fr.memberspace.mail.control;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * When the background mail sender's timer last woke up (every 5 s when all is well), for
 * the liveness check: a sender that stopped waking sends nothing until a restart.
 */
@ApplicationScoped
public class SenderHeartbeat {

    /** {@link System#nanoTime()}: immune to clock changes. */
    private volatile long last = System.nanoTime();

    public void beat() {
        last = System.nanoTime();
    }

    public Duration sinceLastBeat() {
        return Duration.ofNanos(System.nanoTime() - last);
    }
}
