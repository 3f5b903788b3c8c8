package fr.memberspace.monitoring.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import fr.memberspace.audit.control.Audited;

/**
 * Counts every audit event by type and mutual ({@code memberspace_events_total} at the
 * Prometheus endpoint): sign-ins ok, refused, throttled, accounts locked, codes issued,
 * accepted, expired, mails sent or given up, challenges passed or failed. The audit trail
 * already sees each of them, so no boundary has to count anything itself.
 * <p>
 * {@code registry.counter(name, tags)}, not {@code Counter.builder(...).register(registry)}:
 * WildFly's per-deployment registry passes only the former on to the Prometheus registry.
 */
@ApplicationScoped
public class EventCounters {

    public static final String NAME = "memberspace.events";

    @Inject
    MeterRegistry registry;

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) Audited event) {
        registry.counter(NAME, Tags.of("type", event.type().name(),
                "mutual", event.mutualCode() == null ? "none" : event.mutualCode())).increment();
    }
}
