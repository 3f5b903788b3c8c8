package fr.memberspace.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.memberspace.it.OwnServer;

/**
 * A server whose {@code MEMBERSPACE_SECRET} is too short does not serve: the deployment
 * fails with one clear log line, instead of falling back to another secret (nodes would
 * disagree). A second server, from the build's configured WildFly with a base directory of
 * its own and ports shifted by {@value #PORT_OFFSET}, so it runs beside the tests' server.
 */
class ShortSecretIT {

    static final int PORT_OFFSET = 300;
    static final String SHORT_SECRET = "only-12-char";

    @TempDir
    Path base;

    OwnServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aSecretShorterThan32CharactersFailsTheDeploymentWithAClearLine() throws Exception {
        server = new OwnServer("short-secret", base, PORT_OFFSET).configuredLikeTheTestServer()
                .deploy(OwnServer.EAR, "memberspace.ear")
                .start("standalone.xml", List.of(), Map.of("MEMBERSPACE_SECRET", SHORT_SECRET));

        var deployments = base.resolve("deployments");
        var failed = deployments.resolve("memberspace.ear.failed");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(failed) || Files.exists(deployments.resolve("memberspace.ear.deployed")));

        assertThat(failed).as("the deployment failed").exists();
        var log = server.log();
        assertThat(log).contains("MEMBERSPACE_SECRET: the current secret must have at least 32 characters (it has 12)."
                + " Deployment refused.");
        assertThat(log).as("the secret itself is never logged").doesNotContain(SHORT_SECRET);
    }
}
