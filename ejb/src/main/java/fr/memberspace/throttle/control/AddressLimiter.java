package fr.memberspace.throttle.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.throttle.entity.AddressEvent;

/**
 * Limits per client address, counted in the database (so every node of a cluster sees the
 * same counts), in the caller's transaction.
 */
@ApplicationScoped
public class AddressLimiter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    AddressLimits limits = AddressLimits.DEFAULT;

    /** How long the address must wait before trying this again, if it must. */
    public Optional<Duration> waitBefore(Attempt kind, String address) {
        var key = key(address);
        var window = new SlidingWindow(limit(kind));
        var now = clock.instant();
        var counts = em.createNamedQuery(AddressEvent.COUNTS, Object[].class)
                .setParameter("address", key)
                .setParameter("kind", kind.name())
                .setParameter("since", window.forgottenBefore(now))
                .getResultStream()
                .map(row -> new EventCount((Instant) row[0], ((Number) row[1]).intValue()))
                .toList();
        return window.waitBeforeNext(counts, now);
    }

    /** Counts one attempt of this kind from this address. */
    public void record(Attempt kind, String address) {
        em.persist(new AddressEvent(key(address), kind.name(), SlidingWindow.minuteOf(clock.instant())));
    }

    /** Forgets events older than every window (called by a timer). */
    public int forgetOld() {
        var longest = Duration.ZERO;
        for (var kind : Attempt.values()) {
            var window = limit(kind).window();
            longest = window.compareTo(longest) > 0 ? window : longest;
        }
        return em.createNamedQuery(AddressEvent.FORGET)
                .setParameter("before", clock.instant().minus(longest).minus(Duration.ofMinutes(2)))
                .executeUpdate();
    }

    private AddressLimit limit(Attempt kind) {
        return switch (kind) {
            case SIGN_IN -> limits.signIn();
            case CODE_REQUEST -> limits.codeRequests();
            case CODE_CHECK -> limits.codeChecks();
            case IDENTIFY -> limits.identify();
        };
    }

    private static String key(String address) {
        return ClientAddress.of(address).map(ClientAddress::key).orElse("unknown");
    }
}
