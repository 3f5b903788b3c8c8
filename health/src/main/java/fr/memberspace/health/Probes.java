package fr.memberspace.health;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Where the EJB jar registers its probes at startup, by name, for {@link HealthChecks}
 * to call. The EAR's lib/ cannot see the EJB jar's classes, but the EJB jar sees these.
 * One per deployment: the EAR's class loader holds it.
 */
public final class Probes {

    /** Readiness: the database answers. */
    public static final String DATABASE = "memberspace-database";
    /** Readiness: every migration of this release is applied. */
    public static final String SCHEMA = "memberspace-schema";
    /** Readiness: the outbox is not stuck. */
    public static final String OUTBOX = "memberspace-outbox";
    /** Liveness: the background mail sender still wakes up. */
    public static final String MAIL_SENDER = "memberspace-mail-sender";

    private static final Map<String, Supplier<HealthCheckResponse>> PROBES = new ConcurrentHashMap<>();

    private Probes() {
    }

    public static void register(String name, Supplier<HealthCheckResponse> probe) {
        PROBES.put(name, probe);
    }

    public static void unregister(String name) {
        PROBES.remove(name);
    }

    /** The probe's answer, or DOWN while the application has not registered it (starting, stopping). */
    static HealthCheckResponse call(String name) {
        var probe = PROBES.get(name);
        if (probe == null) {
            return HealthCheckResponse.named(name).down().withData("state", "not started").build();
        }
        try {
            return probe.get();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(name).down().withData("error", e.getClass().getName()).build();
        }
    }
}
