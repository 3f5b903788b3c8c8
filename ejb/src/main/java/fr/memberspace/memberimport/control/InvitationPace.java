package fr.memberspace.memberimport.control;

import java.time.Duration;
import java.time.Instant;

/**
 * When each first-connection invitation of an import may leave: the mutual's rate
 * ({@code invitations_per_minute}) turned into evenly spaced times, after the last invitation
 * this mutual already has waiting. The outbox holds each mail until its time, so the relay
 * gets the rate whatever the size of the file, and a restart changes nothing.
 */
public record InvitationPace(int perMinute) {

    public InvitationPace {
        if (perMinute < 1) {
            throw new IllegalArgumentException("at least one invitation a minute: " + perMinute);
        }
    }

    /** The time between two invitations of the mutual: a minute divided by the rate. */
    public Duration interval() {
        return Duration.ofNanos(Duration.ofMinutes(1).toNanos() / perMinute);
    }

    /**
     * The first free time: now, or one interval after the last invitation still waiting
     * (another run's, or this run's before a restart), whichever is later.
     */
    public Instant firstFree(Instant now, Instant lastWaiting) {
        if (lastWaiting == null) {
            return now;
        }
        var next = lastWaiting.plus(interval());
        return next.isAfter(now) ? next : now;
    }

    /** The time of the {@code index}-th invitation (from 0) from the first free time. */
    public Instant slot(Instant firstFree, long index) {
        return firstFree.plus(interval().multipliedBy(index));
    }
}
