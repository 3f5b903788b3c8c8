package fr.memberspace.monitoring.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import fr.memberspace.health.Probes;

/** Hands the probes of {@link HealthProbes} to the health checks when the application starts, and takes them back. */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
public class HealthRegistration {

    @EJB
    HealthProbes probes;

    @PostConstruct
    void register() {
        Probes.register(Probes.DATABASE, probes::database);
        Probes.register(Probes.SCHEMA, probes::schema);
        Probes.register(Probes.OUTBOX, probes::outbox);
        Probes.register(Probes.MAIL_SENDER, probes::mailSender);
    }

    @PreDestroy
    void unregister() {
        Probes.unregister(Probes.DATABASE);
        Probes.unregister(Probes.SCHEMA);
        Probes.unregister(Probes.OUTBOX);
        Probes.unregister(Probes.MAIL_SENDER);
    }
}
