package fr.memberspace.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Mailboxes;

/**
 * Two member space nodes and a load balancer on loopback, each a WildFly of its own (the
 * distribution the build unpacked, with a base directory and a port offset per instance):
 * <ul>
 * <li>the nodes run {@code standalone-ha.xml} configured by the scripts of
 * {@code wildfly-config/} as the README prescribes, on one PostgreSQL database made afresh,
 * trusting the balancer's {@code X-Forwarded-For};</li>
 * <li>the balancer runs a pristine {@code standalone.xml} with Undertow's reverse-proxy handler
 * ({@code cluster/load-balancer.cli}), sticky on the session cookie's route.</li>
 * </ul>
 * The servers' logs stay in {@code target/cluster/<instance>/log/}.
 */
final class LocalCluster implements AutoCloseable {

    /** Where the nodes' database lives: PostgreSQL on loopback, trust authentication (as in CI). */
    static final String POSTGRESQL = "jdbc:postgresql://127.0.0.1:5432/";
    static final String DATABASE = "memberspace_cluster";

    static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/wildfly")).toAbsolutePath();
    static final Path SCRIPTS = Path.of(System.getProperty("wildfly.config.dir", "../wildfly-config")).toAbsolutePath();
    static final Path PRISTINE = Path.of(System.getProperty("pristine.configuration",
            "target/pristine/standalone.xml")).toAbsolutePath().getParent();
    static final Path WORK = JBOSS_HOME.getParent().resolve("cluster");

    /** One WildFly instance: its name, base directory and port offset. */
    record Instance(String name, Path base, int offset) {

        URI http() {
            return URI.create("http://localhost:" + (8080 + offset));
        }

        URI ready() {
            return URI.create("http://127.0.0.1:" + (9990 + offset) + "/health/ready");
        }

        int jgroupsPort() {
            return 7600 + offset;
        }

        Path serverLog() {
            return base.resolve("log/server.log");
        }
    }

    final Instance balancer = new Instance("balancer", WORK.resolve("balancer"), 1000);
    final Instance nodeA = new Instance("node-a", WORK.resolve("node-a"), 1100);
    final Instance nodeB = new Instance("node-b", WORK.resolve("node-b"), 1200);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final java.util.Map<Instance, Process> running = new java.util.LinkedHashMap<>();

    /** Whether PostgreSQL answers on 127.0.0.1:5432. */
    static boolean databaseReachable() {
        try (var connection = DriverManager.getConnection(POSTGRESQL + "postgres", "postgres", "postgres")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** A fresh database, configured instances and the EAR in each node's deployments; starts all three. */
    void start() throws Exception {
        freshDatabase();
        deleteTree(WORK);
        var configureNodeA = configureNode(nodeA);
        var configureBalancer = configureBalancer();
        awaitExit(configureNodeA, nodeA.base().resolve("cli.out"));
        awaitExit(configureBalancer, balancer.base().resolve("cli.out"));
        // node B: the very configuration node A got (the same scripts on the same file)
        copyTree(nodeA.base().resolve("configuration"), nodeB.base().resolve("configuration"));

        Files.createDirectories(balancer.base().resolve("deployments"));
        var ear = WORK.resolve("memberspace.ear");
        Deployments.withSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
        for (var node : List.of(nodeA, nodeB)) {
            Files.createDirectories(node.base().resolve("deployments"));
            Files.copy(ear, node.base().resolve("deployments/memberspace.ear"));
        }

        // one node after the other: the first one migrates the empty database, and two
        // deployments at once on a small machine can outlast the management timeout
        var secret = randomSecret();
        running.put(nodeA, startNode(nodeA, secret));
        awaitReady(nodeA);
        running.put(nodeB, startNode(nodeB, secret));
        running.put(balancer, startServer(balancer, "standalone.xml", List.of(), Map.of()));
        awaitReady(nodeB);
        // both nodes own the web sessions (JGroups found each other through TCPPING, Infinispan rebalanced)
        await("web sessions distributed over both nodes").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Stream.of(nodeA, nodeB).anyMatch(node -> webSessionsOnBoth(node)));
        // the balancer passes requests on (any answer of a node, not a 503 of its own)
        await("the balancer").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> status(balancer.http().resolve("/")) / 100 < 5);
    }

    /** kill -9 of the instance's JVM: no shutdown hook, no goodbye to the cluster. */
    void kill(Instance instance) {
        var script = running.get(instance);
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        await("the end of " + instance.name()).atMost(Duration.ofSeconds(10))
                .until(() -> script.descendants().noneMatch(ProcessHandle::isAlive) && !script.isAlive());
    }

    Instance named(String name) {
        return Stream.of(nodeA, nodeB).filter(node -> node.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node named " + name));
    }

    Instance other(Instance node) {
        return node == nodeA ? nodeB : nodeA;
    }

    String log(Instance instance) throws IOException {
        return Files.exists(instance.serverLog()) ? Files.readString(instance.serverLog()) : "";
    }

    private boolean webSessionsOnBoth(Instance node) {
        try {
            var log = log(node);
            return Stream.of("[node-a, node-b]", "[node-b, node-a]").anyMatch(members ->
                    log.contains("[Context=memberspace.ear.memberspace-web.war] ISPN100010: Finished rebalance with members " + members));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ERROR lines of the instance's log (their first lines). */
    private String errors(Instance instance) throws IOException {
        var errors = String.join("\n", log(instance).lines().filter(line -> line.contains(" ERROR ")).toList());
        return errors.length() > 4000 ? errors.substring(0, 4000) : errors;
    }

    /** Stops every instance still running (TERM, then KILL after 30 s). */
    @Override
    public void close() {
        for (var process : running.values()) {
            var tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
            tree.forEach(ProcessHandle::destroy);
            for (var handle : tree) {
                try {
                    handle.onExit().get(30, TimeUnit.SECONDS);
                } catch (TimeoutException | ExecutionException e) {
                    handle.destroyForcibly();
                } catch (InterruptedException e) {
                    handle.destroyForcibly();
                    Thread.currentThread().interrupt();
                }
            }
        }
        running.clear();
    }

    private static void freshDatabase() throws SQLException {
        try (var connection = DriverManager.getConnection(POSTGRESQL + "postgres", "postgres", "postgres");
             var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }

    /** The scripts of wildfly-config/ on a pristine standalone-ha.xml, offline, as the README gives them. */
    private Process configureNode(Instance node) throws IOException {
        var configuration = copyConfiguration(node);
        Files.copy(PRISTINE.resolve("standalone-ha.xml"), configuration.resolve("standalone-ha.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        var script = new StringBuilder("embed-server --server-config=standalone-ha.xml --std-out=discard\n");
        // the driver's module is already in the server (the build ran add-postgresql-driver.cli);
        // its jdbc-driver resource belongs to each configuration file
        script.append("""
                if (outcome != success) of /subsystem=datasources/jdbc-driver=postgresql:read-resource
                    /subsystem=datasources/jdbc-driver=postgresql:add(driver-name=postgresql, driver-module-name=org.postgresql)
                end-if
                """);
        for (var name : List.of("configure-memberspace", "configure-monitoring", "configure-cluster")) {
            script.append(Files.readString(SCRIPTS.resolve(name + ".cli"))).append('\n');
        }
        script.append("stop-embedded-server\n");
        return cli(node, script.toString());
    }

    private Process configureBalancer() throws IOException {
        var configuration = copyConfiguration(balancer);
        Files.copy(PRISTINE.resolve("standalone.xml"), configuration.resolve("standalone.xml"),
                StandardCopyOption.REPLACE_EXISTING);
        try (var template = LocalCluster.class.getResourceAsStream("/cluster/load-balancer.cli")) {
            var script = new String(template.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("@node-a.port@", Integer.toString(nodeA.http().getPort()))
                    .replace("@node-b.port@", Integer.toString(nodeB.http().getPort()))
                    .replace("@node-a.name@", nodeA.name())
                    .replace("@node-b.name@", nodeB.name());
            return cli(balancer, script);
        }
    }

    /** The distribution's configuration directory (properties files, logging) as the instance's own. */
    private static Path copyConfiguration(Instance instance) throws IOException {
        var configuration = instance.base().resolve("configuration");
        copyTree(JBOSS_HOME.resolve("standalone/configuration"), configuration);
        return configuration;
    }

    private static Process cli(Instance instance, String script) throws IOException {
        var file = Files.writeString(instance.base().resolve("configure.cli"), script);
        var builder = new ProcessBuilder(JBOSS_HOME.resolve("bin/jboss-cli.sh").toString(), "--file=" + file)
                .redirectErrorStream(true)
                .redirectOutput(instance.base().resolve("cli.out").toFile());
        builder.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + instance.base());
        return builder.start();
    }

    private static void awaitExit(Process process, Path output) throws Exception {
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not end within 3 minutes:\n" + Files.readString(output));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("the CLI failed:\n" + Files.readString(output));
        }
    }

    private Process startNode(Instance node, String secret) throws IOException {
        var hosts = "127.0.0.1[" + nodeA.jgroupsPort() + "],127.0.0.1[" + nodeB.jgroupsPort() + "]";
        return startServer(node, "standalone-ha.xml", List.of("-Djboss.node.name=" + node.name()), Map.of(
                "MEMBERSPACE_DB_DRIVER", "postgresql",
                "MEMBERSPACE_DB_URL", POSTGRESQL + DATABASE,
                "MEMBERSPACE_DB_USER", "postgres",
                "MEMBERSPACE_DB_PASSWORD", "postgres",
                "MEMBERSPACE_CLUSTER_HOSTS", hosts,
                // the balancer connects from 127.0.0.1: believe its X-Forwarded-For
                "MEMBERSPACE_TRUSTED_PROXIES", "127.0.0.1",
                "MEMBERSPACE_SECRET", secret,
                "MEMBERSPACE_SMTP_HOST", "localhost",
                "MEMBERSPACE_SMTP_PORT", String.valueOf(Mailboxes.SMTP_SERVER.getPort())));
    }

    private static Process startServer(Instance instance, String config, List<String> options,
                                       Map<String, String> environment) throws IOException {
        var command = new ArrayList<>(List.of(JBOSS_HOME.resolve("bin/standalone.sh").toString(),
                "-c", config,
                "-Djboss.server.base.dir=" + instance.base(),
                "-Djboss.socket.binding.port-offset=" + instance.offset()));
        command.addAll(options);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(instance.base().resolve("console.out").toFile());
        var env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("MEMBERSPACE_"));
        env.putAll(environment);
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // the build's server options, with a longer deployment timeout than a lone test server's
        env.put("JAVA_OPTS", System.getProperty("server.jvm.args", "-Xmx512m -Djava.net.preferIPv4Stack=true")
                + " -Djboss.as.management.blocking.timeout=240");
        return builder.start();
    }

    private void awaitReady(Instance node) {
        await(node.name() + " ready").atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    if (!running.get(node).isAlive()) {
                        throw new AssertionError(node.name() + " stopped:\n" + Files.readString(node.base().resolve("console.out")));
                    }
                    if (Files.exists(node.serverLog()) && log(node).contains("WFLYSRV0026")) {
                        throw new AssertionError(node.name() + " started with errors:\n" + errors(node));
                    }
                    return status(node.ready()) == 200;
                });
    }

    /** The status of a GET, or 999 when nothing answers yet. */
    private int status(URI uri) {
        try {
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return 999;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 999;
        }
    }

    private static String randomSecret() {
        var bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (var source : paths.toList()) {
                var target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
