package fr.memberspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.memberspace.it.OwnServer;

/**
 * Web sessions stay in memory: a server that stops writes none of them to its disk (the
 * distribution's file store would put each one, a wizard's state or a signed-in member's
 * identity, under {@code data/infinispan/web} at every stop; configure-memberspace.cli
 * removes it). A server of its own, from the build's configured WildFly, with the demo
 * mutuals and ports shifted by {@value #PORT_OFFSET}.
 */
class SessionsAtRestIT {

    static final int PORT_OFFSET = 1400;
    /** The demo member 100002's password (ejb/src/main/resources/db/demo). */
    static final String DEMO_PASSWORD = "Adherent#2026ok";

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
    void aServerThatStopsWritesNoSessionToItsDisk() throws Exception {
        // C1 only: a boot compiles less (this server lives seconds)
        server = new OwnServer("sessions-at-rest", base, PORT_OFFSET).configuredLikeTheTestServer()
                .jvmOptions("-XX:TieredStopAtLevel=1")
                .deploy(OwnServer.EAR, "memberspace.ear")
                // the picture challenge off (test-only setting): the sign-in below answers none
                .start("standalone.xml", List.of("-Dmemberspace.demo=true"),
                        Map.of("MEMBERSPACE_SECRET", OwnServer.randomSecret(), "MEMBERSPACE_CHALLENGE", "off"));
        server.awaitReady(Duration.ofMinutes(3));

        // a demo member signs in: a session holding who they are
        var signIn = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.http() + "/mcrn/"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Anumber=100002&login%3Apassword="
                                + URLEncoder.encode(DEMO_PASSWORD, StandardCharsets.UTF_8)
                                + "&challenge=off&answer=off&login%3Asign-in=&jakarta.faces.ViewState=stateless"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/espace/"));
        assertThat(signIn.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("JSESSIONID="));

        server.close();
        server = null;
        assertThat(filesUnder(base.resolve("data/infinispan/web"))).as("session files left by the stop").isEmpty();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
