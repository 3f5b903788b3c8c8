package fr.memberspace.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose {@code MEMBERSPACE_SECRET} is too short does not serve: the deployment
 * fails with one clear log line, instead of falling back to another secret (nodes would
 * disagree). A second server, from the build's configured WildFly with a base directory of
 * its own and ports shifted by {@value #PORT_OFFSET}, so it runs beside the tests' server.
 */
class ShortSecretIT {

    static final int PORT_OFFSET = 300;
    static final String SHORT_SECRET = "only-12-char";

    static Path distribution = Path.of(System.getProperty("jboss.home", "target/wildfly"));
    static Path ear = Path.of(System.getProperty("memberspace.ear", "target/memberspace.ear"));

    @TempDir
    Path base;

    Process server;

    @AfterEach
    void stop() throws InterruptedException {
        if (server != null) {
            var tree = Stream.concat(server.descendants(), Stream.of(server.toHandle())).toList();
            tree.forEach(ProcessHandle::destroy);
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                tree.forEach(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void aSecretShorterThan32CharactersFailsTheDeploymentWithAClearLine() throws Exception {
        var deployments = Files.createDirectories(base.resolve("deployments"));
        copyConfiguration(Files.createDirectories(base.resolve("configuration")));
        Files.copy(ear, deployments.resolve("memberspace.ear"));

        var builder = new ProcessBuilder(List.of(distribution.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base, "-Djboss.socket.binding.port-offset=" + PORT_OFFSET))
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile());
        builder.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        builder.environment().put("JAVA_OPTS", System.getProperty("server.jvm.args", "-Xmx512m"));
        builder.environment().put("MEMBERSPACE_SECRET", SHORT_SECRET);
        builder.environment().remove("MEMBERSPACE_PREVIOUS_SECRET");
        server = builder.start();

        var failed = deployments.resolve("memberspace.ear.failed");
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> Files.exists(failed) || Files.exists(deployments.resolve("memberspace.ear.deployed")));

        assertThat(failed).as("the deployment failed").exists();
        var log = Files.readString(base.resolve("log/server.log"));
        assertThat(log).contains("MEMBERSPACE_SECRET: the current secret must have at least 32 characters (it has 12)."
                + " Deployment refused.");
        assertThat(log).as("the secret itself is never logged").doesNotContain(SHORT_SECRET);
    }

    private static void copyConfiguration(Path to) throws IOException {
        try (var files = Files.list(distribution.resolve("standalone/configuration"))) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
