package fr.memberspace.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;

/**
 * The application's checks at WildFly's health endpoint on the management interface:
 * ready when the database answers, the schema is complete and the outbox flows; not ready
 * when a mail has waited longer than the limit (15 minutes); alive while the mail sender's
 * timer ticks.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @BeforeEach
    void settleTheOutbox() {
        Http.support("operations/settle-outbox", Map.of());
    }

    @AfterEach
    void resetClock() {
        Http.support("clock", Map.of("seconds", "0"));
    }

    @Test
    void readyWhenTheDatabaseAnswersTheSchemaIsCompleteAndTheOutboxFlows() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            var ready = ManagementEndpoints.get("/health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ManagementEndpoints.check("/health/ready", "memberspace-outbox").getString("status")).isEqualTo("UP");
        });
        assertThat(ManagementEndpoints.check("/health/ready", "memberspace-database").getString("status")).isEqualTo("UP");
        var schema = ManagementEndpoints.check("/health/ready", "memberspace-schema");
        assertThat(schema.getString("status")).isEqualTo("UP");
        assertThat(schema.getJsonObject("data").getString("version")).matches("[0-9.]+");
        assertThat(schema.getJsonObject("data").getJsonNumber("pending").longValue()).isZero();
    }

    @Test
    void notReadyWhenAMailHasWaitedLongerThanTheLimit() {
        // no SMTP server listens: the notice stays in the outbox (retried, up to 4 attempts in
        // tests); a notice, not a code mail, whose code would expire before the 15 minutes
        var mutual = Http.newMutual("Mutuelle Sante");
        assertThat(Http.support("notice", Map.of("mutual", mutual, "number", "600001",
                "to", "600001@" + mutual + ".example.org"))).isEqualTo("queued");

        Http.support("clock", Map.of("seconds", String.valueOf(Duration.ofMinutes(16).toSeconds())));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var ready = ManagementEndpoints.get("/health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(503);
            var outbox = ManagementEndpoints.check("/health/ready", "memberspace-outbox");
            assertThat(outbox.getString("status")).isEqualTo("DOWN");
            assertThat(outbox.getJsonObject("data").getJsonNumber("oldest-waiting-seconds").longValue())
                    .isGreaterThan(Duration.ofMinutes(15).toSeconds());
        });

        Http.support("clock", Map.of("seconds", "0"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ManagementEndpoints.check("/health/ready", "memberspace-outbox").getString("status"))
                        .isEqualTo("UP"));
    }

    @Test
    void aliveWhileTheMailSenderTicks() {
        assertThat(ManagementEndpoints.get("/health/live").statusCode()).isEqualTo(200);
        var sender = ManagementEndpoints.check("/health/live", "memberspace-mail-sender");
        assertThat(sender.getString("status")).isEqualTo("UP");
        assertThat(sender.getJsonObject("data").getJsonNumber("seconds-since-last-tick").longValue()).isLessThan(10);
    }
}
