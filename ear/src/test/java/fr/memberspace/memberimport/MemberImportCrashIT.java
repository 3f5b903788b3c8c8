package fr.memberspace.memberimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.OwnServer;
import fr.memberspace.it.PostgreSql;

/**
 * {@code kill -9} of the server in the middle of a member import, a new boot, a restart of the
 * run: every member of the file exactly once, the counts right (a chunk committed before the
 * kill is neither imported nor counted again: its checkpoint was committed with it), every
 * refused row reported once. The run is started from the management CLI, as IT would, and
 * restarted through {@code MemberImports.restart} (JBeret's restart mode {@code detect}: the
 * execution still says STARTED after the kill).
 * <p>
 * A server of its own ({@link OwnServer}, port offset {@value #PORT_OFFSET}) on the tests'
 * database: an H2 file in its data directory, or a PostgreSQL database of its own made afresh.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class MemberImportCrashIT {

    static final int PORT_OFFSET = 1300;
    static final int ROWS = 20_000;
    /** Every this-many-th row has a number no mutual has: refused. */
    static final int BAD_EVERY = 997;
    static final String DATABASE = "memberspace_import_crash";

    static OwnServer server;
    static Map<String, String> environment;

    @BeforeAll
    static void ownServer() throws Exception {
        var base = OwnServer.JBOSS_HOME.getParent().resolve("import-crash");
        OwnServer.deleteTree(base);
        server = new OwnServer("import-crash", base, PORT_OFFSET).configuredLikeTheTestServer();
        var ear = base.resolve("memberspace.ear");
        Files.createDirectories(base);
        Deployments.withSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
        server.deploy(ear, "memberspace.ear");
        environment = new HashMap<>(Map.of("MEMBERSPACE_SECRET", OwnServer.randomSecret()));
        if ("postgresql".equals(System.getenv("MEMBERSPACE_DB_DRIVER"))) {
            PostgreSql.fresh(DATABASE);
            environment.putAll(PostgreSql.environment(PostgreSql.URL + DATABASE));
        }
        boot();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aRunKilledMidwayAndRestartedImportsEveryMemberOnce() throws Exception {
        var mutual = support("mutuals", Map.of("code", "crash-" + Long.toHexString(System.nanoTime() & 0xffffff),
                "name", "Mutuelle Crash", "sender", "no-reply@crash.example.org"));
        var file = file(server.base().resolve("crash-members.csv"));
        int refused = ROWS / BAD_EVERY;

        var started = cli("/deployment=memberspace.ear/subdeployment=" + Deployments.EJB_JAR
                + "/subsystem=batch-jberet:start-job(job-xml-name=member-import, properties={mutual=" + mutual
                + ", file=\"" + file + "\", chunk=100})");
        assertThat(started).contains("\"outcome\" => \"success\"");
        // killed once the log shows progress (every 20 chunks: 2,000 rows), in the middle of the file
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> server.log().contains("Member import run "));
        server.kill();
        boot();

        var cut = latest(mutual);
        assertThat(cut[1]).isEqualTo("STARTED");
        long readBeforeKill = Long.parseLong(cut[2]);
        assertThat(readBeforeKill).isBetween(1L, ROWS - 1L);
        assertThat(Long.parseLong(cut[7])).as("members committed before the kill").isEqualTo(Long.parseLong(cut[3]));

        support("imports/restart", Map.of("run", cut[0]));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> List.of("COMPLETED", "FAILED").contains(latest(mutual)[1]));

        var done = latest(mutual);
        System.out.printf("MemberImportCrashIT: killed after %d of %d rows; after the restart: %s%n", readBeforeKill,
                ROWS, String.join(" ", done));
        // run state rows created updated unchanged refused | members refusal rows
        assertThat(done).containsExactly(cut[0], "COMPLETED", String.valueOf(ROWS), String.valueOf(ROWS - refused), "0",
                "0", String.valueOf(refused), String.valueOf(ROWS - refused), String.valueOf(refused));
    }

    private static Path file(Path file) throws IOException {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("numero;nom;prenom;email\n");
            for (int i = 1; i <= ROWS; i++) {
                out.write((i % BAD_EVERY == 0 ? "X" : "") + (2_000_000 + i) + ";Nom" + i + ";Prénom;m" + i
                        + "@crash.example.org\n");
            }
        }
        return file;
    }

    /** The latest run's report and what it left: run state rows created updated unchanged refused members refusals. */
    private static String[] latest(String mutual) {
        var response = Http.get(server.http().resolve(Deployments.SUPPORT_CONTEXT + "/imports?mutual=" + mutual).toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().split(" ");
    }

    private static String cli(String command) throws Exception {
        var process = new ProcessBuilder(OwnServer.JBOSS_HOME.resolve("bin/jboss-cli.sh").toString(), "--connect",
                "--controller=localhost:" + (9990 + PORT_OFFSET), "--command=" + command)
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return output;
    }

    private static void boot() throws IOException {
        server.start("standalone.xml", List.of(), environment);
        var boot = server.awaitReady(Duration.ofMinutes(3));
        System.out.printf("MemberImportCrashIT: boot to ready in %.1f s%n", boot.toMillis() / 1000.0);
    }

    private static String support(String path, Map<String, String> form) {
        var response = Http.post(server.http().resolve(Deployments.SUPPORT_CONTEXT + "/" + path).toString(), form);
        assertThat(response.statusCode()).as("support %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }
}
