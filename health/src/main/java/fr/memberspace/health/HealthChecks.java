package fr.memberspace.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/** Declares the application's checks to MicroProfile Health; each asks the probe of its name. */
@ApplicationScoped
public class HealthChecks {

    @Produces
    @Readiness
    HealthCheck database() {
        return () -> Probes.call(Probes.DATABASE);
    }

    @Produces
    @Readiness
    HealthCheck schema() {
        return () -> Probes.call(Probes.SCHEMA);
    }

    @Produces
    @Readiness
    HealthCheck outbox() {
        return () -> Probes.call(Probes.OUTBOX);
    }

    @Produces
    @Liveness
    HealthCheck mailSender() {
        return () -> Probes.call(Probes.MAIL_SENDER);
    }
}
