package fr.memberspace.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;

/**
 * Security events reach the server's log (category fr.memberspace.security) as plain lines
 * in server.log and as JSON lines in memberspace-security.json (configure-security-log.cli,
 * which the build applies), without the password typed.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityLogIT {

    static final Path LOGS = Path.of(System.getProperty("jboss.home", "target/wildfly"), "standalone", "log");
    static final String WRONG_PASSWORD = "Wr0ng#Secret-" + System.nanoTime();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @Test
    void failedSignInsAreLoggedWithoutThePassword() throws IOException {
        var mutual = Http.newMutual("Mutuelle Journal");
        Http.support("members", Map.of("mutual", mutual, "number", "400001", "firstName", "Ines",
                "lastName", "Petit", "email", "400001@" + mutual + ".example.org"));
        Http.support("password", Map.of("mutual", mutual, "number", "400001", "password", "Adherent#2026ok"));

        for (int i = 0; i < 5; i++) {
            Http.support("sign-in", Map.of("mutual", mutual, "number", "400001", "password", WRONG_PASSWORD));
        }

        var failed = "event=SIGN_IN_FAILED mutual=" + mutual + " number=400001 address=";
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(Files.readString(LOGS.resolve("server.log")))
                        .containsPattern("INFO  \\[fr\\.memberspace\\.security\\] \\([^)]*\\) " + failed));

        var json = await().atMost(Duration.ofSeconds(10)).until(() -> jsonLine(failed), Optional::isPresent).get();
        assertThat(json.getString("loggerName")).isEqualTo("fr.memberspace.security");
        assertThat(json.getString("level")).isEqualTo("INFO");
        assertThat(json.getString("application")).isEqualTo("memberspace");
        // after repeated failures the member is slowed down or locked: a warning
        var warning = jsonLine("event=SIGN_IN_THROTTLED mutual=" + mutual)
                .or(() -> uncheckedJsonLine("event=ACCOUNT_LOCKED mutual=" + mutual)).orElseThrow();
        assertThat(warning.getString("level")).isEqualTo("WARNING");

        assertThat(Files.readString(LOGS.resolve("server.log"))).doesNotContain(WRONG_PASSWORD);
        assertThat(Files.readString(LOGS.resolve("memberspace-security.json"))).doesNotContain(WRONG_PASSWORD);
    }

    static Optional<JsonObject> uncheckedJsonLine(String message) {
        try {
            return jsonLine(message);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The JSON line whose message starts with this text; every line of the file must be a JSON object. */
    static Optional<JsonObject> jsonLine(String message) throws IOException {
        var file = LOGS.resolve("memberspace-security.json");
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        for (var line : Files.readAllLines(file)) {
            try (var reader = Json.createReader(new StringReader(line))) {
                var object = reader.readObject();
                if (object.getString("message").startsWith(message)) {
                    return Optional.of(object);
                }
            }
        }
        return Optional.empty();
    }
}
