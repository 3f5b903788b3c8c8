package fr.memberspace.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TimeZone;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Probe;
import fr.memberspace.mutual.boundary.Mutuals;

/**
 * Instants are UTC by construction: every instant column holds an absolute instant, and
 * one written while the server's default zone is UTC+14 reads back the same under UTC-8.
 */
@ExtendWith(ArquillianExtension.class)
class UtcIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(UtcIT.class, Probe.class, Fixtures.class);
    }

    @EJB
    Mutuals mutuals;

    @EJB
    Probe probe;

    @Test
    void everyInstantColumnHoldsItsTimeZone() {
        // H2 calls them TIMESTAMP, PostgreSQL TIMESTAMP WITHOUT TIME ZONE
        var withoutZone = new java.util.ArrayList<>(probe.columnsOfType("TIMESTAMP"));
        withoutZone.addAll(probe.columnsOfType("TIMESTAMP WITHOUT TIME ZONE"));

        // Flyway's history and the batch job repository's tables (JBeret's own schema, made by
        // WildFly: configure-batch.cli) are not the product's
        var batchRepository = List.of("job_instance.", "job_execution.", "step_execution.", "partition_execution.");
        assertEquals(List.of(), withoutZone.stream().filter(column -> !column.startsWith("flyway_"))
                .filter(column -> batchRepository.stream().noneMatch(column::startsWith)).toList());
        assertEquals("TIMESTAMP WITH TIME ZONE", probe.columnType("activation_code", "expires_at"));
    }

    @Test
    void anInstantWrittenInOneZoneIsTheSameInstantReadInAnother() {
        var serverZone = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            var code = Fixtures.mutualCode();
            var written = mutuals.register(code, "Mutuelle " + code, "no-reply@example.org").getCreatedAt();

            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            var read = probe.createdAt(code);

            assertEquals(written.truncatedTo(ChronoUnit.MILLIS), read.truncatedTo(ChronoUnit.MILLIS));
            var text = probe.createdAtAsText(code);
            assertTrue(text.endsWith("+00") || text.endsWith("+00:00") || text.endsWith("Z"), text);
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }
}
