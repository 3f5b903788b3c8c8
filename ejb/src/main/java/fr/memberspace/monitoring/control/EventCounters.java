package fr.memberspace.monitoring.control;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import fr.memberspace.audit.control.Audited;
import fr.memberspace.audit.entity.AuditType;

/**
 * Counts every audit event by type and mutual ({@code memberspace_events_total} at the
 * Prometheus endpoint): sign-ins ok, refused, throttled, accounts locked, codes issued,
 * accepted, expired, mails sent or given up, challenges passed or failed. The audit trail
 * already sees each of them, so no boundary has to count anything itself.
 * <p>
 * {@code registry.counter(name, tags)}, not {@code Counter.builder(...).register(registry)}:
 * WildFly's per-deployment registry passes only the former on to the Prometheus registry.
 * It looks the counter up among all the registry's meters at every call (a copy of the list,
 * then a scan), so each counter is asked for once and kept.
 */
@ApplicationScoped
public class EventCounters {

    public static final String NAME = "memberspace.events";

    @Inject
    MeterRegistry registry;

    private final ConcurrentMap<Key, Counter> counters = new ConcurrentHashMap<>();

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) Audited event) {
        var key = new Key(event.type(), event.mutualCode() == null ? "none" : event.mutualCode());
        counters.computeIfAbsent(key, k -> registry.counter(NAME, Tags.of("type", k.type().name(), "mutual", k.mutual())))
                .increment();
    }

    private record Key(AuditType type, String mutual) {
    }
}
