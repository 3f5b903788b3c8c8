package fr.memberspace.monitoring.boundary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import fr.memberspace.mail.entity.OutboxMail;

/**
 * The outbox as gauges ({@code memberspace_outbox_mails{mutual, status}}): mails waiting to
 * be sent ({@code pending}) and given up ({@code failed}), per mutual, counted in the
 * database every {@value #REFRESH_SECONDS} s, so every node shows the platform's figure.
 * A mutual's gauges stay (at 0) once seen, so an alert resolves instead of losing its series.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class OutboxGauges {

    static final String NAME = "memberspace.outbox.mails";
    static final int REFRESH_SECONDS = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    MeterRegistry registry;

    @Resource
    TimerService timers;

    /** One holder per (mutual, status), registered once: {@code registry.gauge} reads it at each scrape. */
    private final Map<Tags, AtomicLong> gauges = new ConcurrentHashMap<>();

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(1_000, REFRESH_SECONDS * 1_000L, new TimerConfig("outbox-gauges", false));
    }

    @Timeout
    void refresh() {
        var seen = new HashSet<Tags>();
        var counts = em.createNamedQuery(OutboxMail.COUNT_BY_MUTUAL, Object[].class)
                .setParameter("statuses", List.of(OutboxMail.Status.PENDING, OutboxMail.Status.SENDING,
                        OutboxMail.Status.FAILED))
                .getResultList();
        var totals = new HashMap<Tags, Long>();
        for (var row : counts) {
            var status = row[1] == OutboxMail.Status.FAILED ? "failed" : "pending";
            totals.merge(Tags.of("mutual", (String) row[0], "status", status), ((Number) row[2]).longValue(), Long::sum);
        }
        totals.forEach((tags, count) -> {
            holder(tags).set(count);
            seen.add(tags);
        });
        gauges.forEach((tags, holder) -> {
            if (!seen.contains(tags)) {
                holder.set(0);
            }
        });
    }

    private AtomicLong holder(Tags tags) {
        return gauges.computeIfAbsent(tags, key -> registry.gauge(NAME, key, new AtomicLong(), AtomicLong::get));
    }
}
