package fr.memberspace.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Mailboxes;
import fr.memberspace.it.OwnServer;
import fr.memberspace.it.PostgreSql;

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
    static final String POSTGRESQL = PostgreSql.URL;
    static final String DATABASE = "memberspace_cluster";

    static final Path JBOSS_HOME = OwnServer.JBOSS_HOME;
    static final Path SCRIPTS = OwnServer.SCRIPTS;
    static final Path WORK = JBOSS_HOME.getParent().resolve("cluster");

    final OwnServer balancer = new OwnServer("balancer", WORK.resolve("balancer"), 1000);
    final OwnServer nodeA = new OwnServer("node-a", WORK.resolve("node-a"), 1100);
    final OwnServer nodeB = new OwnServer("node-b", WORK.resolve("node-b"), 1200);

    /** Whether PostgreSQL answers on 127.0.0.1:5432. */
    static boolean databaseReachable() {
        return PostgreSql.reachable();
    }

    /** A fresh database, configured instances and the EAR in each node's deployments; starts all three. */
    void start() throws Exception {
        freshDatabase();
        OwnServer.deleteTree(WORK);
        var configureNodeA = configureNode(nodeA);
        var configureBalancer = configureBalancer();
        OwnServer.awaitExit(configureNodeA, nodeA.base().resolve("cli.out"));
        OwnServer.awaitExit(configureBalancer, balancer.base().resolve("cli.out"));
        // node B: the very configuration node A got (the same scripts on the same file)
        OwnServer.copyTree(nodeA.configuration(), nodeB.configuration());

        Files.createDirectories(balancer.base().resolve("deployments"));
        var ear = WORK.resolve("memberspace.ear");
        Deployments.withSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
        for (var node : List.of(nodeA, nodeB)) {
            node.deploy(ear, "memberspace.ear");
        }

        // one node after the other: the first one migrates the empty database, and two
        // deployments at once on a small machine can outlast the management timeout
        var secret = OwnServer.randomSecret();
        startNode(nodeA, secret);
        nodeA.awaitReady(Duration.ofSeconds(180));
        startNode(nodeB, secret);
        balancer.start("standalone.xml", List.of(), Map.of());
        nodeB.awaitReady(Duration.ofSeconds(180));
        // both nodes own the web sessions (JGroups found each other through TCPPING, Infinispan rebalanced)
        await("web sessions distributed over both nodes").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> Stream.of(nodeA, nodeB).anyMatch(node -> webSessionsOnBoth(node)));
        // the balancer passes requests on (any answer of a node, not a 503 of its own)
        await("the balancer").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> OwnServer.status(balancer.http().resolve("/")) / 100 < 5);
    }

    /** kill -9 of the instance's JVM: no shutdown hook, no goodbye to the cluster. */
    void kill(OwnServer instance) {
        instance.kill();
    }

    OwnServer named(String name) {
        return Stream.of(nodeA, nodeB).filter(node -> node.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node named " + name));
    }

    OwnServer other(OwnServer node) {
        return node == nodeA ? nodeB : nodeA;
    }

    private static boolean webSessionsOnBoth(OwnServer node) {
        try {
            var log = node.log();
            return Stream.of("[node-a, node-b]", "[node-b, node-a]").anyMatch(members ->
                    log.contains("[Context=memberspace.ear.memberspace-web.war] ISPN100010: Finished rebalance with members " + members));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops every instance still running (TERM, then KILL after 30 s). */
    @Override
    public void close() {
        Stream.of(nodeA, nodeB, balancer).forEach(OwnServer::close);
    }

    private static void freshDatabase() throws SQLException {
        PostgreSql.fresh(DATABASE);
    }

    /** The scripts of wildfly-config/ on a pristine standalone-ha.xml, offline, as the README gives them. */
    private static Process configureNode(OwnServer node) throws IOException {
        node.pristine("standalone-ha.xml");
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
        return node.startCli(script.toString());
    }

    private Process configureBalancer() throws IOException {
        balancer.pristine("standalone.xml");
        try (var template = LocalCluster.class.getResourceAsStream("/cluster/load-balancer.cli")) {
            var script = new String(template.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("@node-a.port@", Integer.toString(nodeA.http().getPort()))
                    .replace("@node-b.port@", Integer.toString(nodeB.http().getPort()))
                    .replace("@node-a.name@", nodeA.name())
                    .replace("@node-b.name@", nodeB.name());
            return balancer.startCli(script);
        }
    }

    private void startNode(OwnServer node, String secret) throws IOException {
        var hosts = "127.0.0.1[" + (7600 + nodeA.offset()) + "],127.0.0.1[" + (7600 + nodeB.offset()) + "]";
        var environment = new java.util.HashMap<>(PostgreSql.environment(POSTGRESQL + DATABASE));
        environment.putAll(Map.of(
                "MEMBERSPACE_CLUSTER_HOSTS", hosts,
                // the balancer connects from 127.0.0.1: believe its X-Forwarded-For
                "MEMBERSPACE_TRUSTED_PROXIES", "127.0.0.1",
                "MEMBERSPACE_SECRET", secret,
                "MEMBERSPACE_SMTP_HOST", "localhost",
                "MEMBERSPACE_SMTP_PORT", String.valueOf(Mailboxes.SMTP_SERVER.getPort())));
        node.start("standalone-ha.xml", List.of("-Djboss.node.name=" + node.name()), environment);
    }
}
