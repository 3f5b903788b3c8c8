package fr.memberspace.monitoring.boundary;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.microprofile.health.HealthCheckResponse;

import fr.memberspace.database.Migrations;
import fr.memberspace.health.Probes;
import fr.memberspace.mail.control.SenderHeartbeat;
import fr.memberspace.mail.entity.OutboxMail;

/**
 * What the application's health checks answer ({@link HealthRegistration} hands them to
 * the checks that the EAR's lib/ declares to MicroProfile Health, see {@link Probes}).
 * <p>
 * Readiness says whether this node should take members: the database answers, its schema
 * holds every migration of this release, and the outbox flows. Liveness says whether only a
 * restart can help: the mail sender's timer has stopped waking up. A database outage is
 * not a liveness failure: restarting would not bring the database back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthProbes {

    /** Minutes the oldest unsent mail may wait before the outbox counts as stuck (default 15). */
    static final String STUCK_MINUTES_PROPERTY = "memberspace.outbox.stuck-minutes";
    /** The mail sender's timer ticks every 5 s; this long without a tick means it stopped. */
    static final Duration SENDER_SILENCE = Duration.ofMinutes(2);

    @Resource(lookup = "java:jboss/datasources/MemberSpaceDS")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SenderHeartbeat heartbeat;

    /** The database answers a validation within 2 s. */
    public HealthCheckResponse database() {
        var response = HealthCheckResponse.named(Probes.DATABASE);
        var start = System.nanoTime();
        try (var connection = dataSource.getConnection()) {
            return response.status(connection.isValid(2))
                    .withData("answered-in-ms", (System.nanoTime() - start) / 1_000_000)
                    .build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", e.getClass().getName()).build();
        }
    }

    /**
     * Every migration this EAR ships is applied and none failed (Flyway's own account): a
     * node whose release does not match its schema must not take members.
     */
    public HealthCheckResponse schema() {
        var response = HealthCheckResponse.named(Probes.SCHEMA);
        try {
            var info = Migrations.on(dataSource).info();
            var pending = info.pending().length;
            var failed = Arrays.stream(info.all()).filter(migration -> migration.getState().isFailed()).count();
            var current = info.current();
            return response.status(pending == 0 && failed == 0)
                    .withData("version", current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending)
                    .withData("failed", failed)
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getName()).build();
        }
    }

    /**
     * The oldest mail not sent yet was written less than {@value #STUCK_MINUTES_PROPERTY}
     * minutes ago. Otherwise members wait for codes that do not come (relay down, refusing,
     * credentials expired) while every page still answers. The outbox is shared, so all
     * nodes turn unready together: alert on it rather than only route by it.
     */
    public HealthCheckResponse outbox() {
        var limit = Duration.ofMinutes(Long.getLong(STUCK_MINUTES_PROPERTY, 15));
        var response = HealthCheckResponse.named(Probes.OUTBOX).withData("limit-minutes", limit.toMinutes());
        try {
            var oldest = em.createNamedQuery(OutboxMail.OLDEST_WAITING, Instant.class)
                    .setParameter("waiting", OutboxMail.WAITING)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            var waiting = oldest.map(created -> Duration.between(created, clock.instant())).orElse(Duration.ZERO);
            return response.status(waiting.compareTo(limit) <= 0)
                    .withData("oldest-waiting-seconds", Math.max(0, waiting.toSeconds()))
                    .build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getName()).build();
        }
    }

    /** The mail sender's timer woke up within the last {@code SENDER_SILENCE}: a slow relay does not stop it. */
    public HealthCheckResponse mailSender() {
        var since = heartbeat.sinceLastBeat();
        return HealthCheckResponse.named(Probes.MAIL_SENDER)
                .status(since.compareTo(SENDER_SILENCE) <= 0)
                .withData("seconds-since-last-tick", since.toSeconds())
                .build();
    }
}
