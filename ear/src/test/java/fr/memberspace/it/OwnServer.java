package fr.memberspace.it;

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

/**
 * A WildFly of a test's own, beside the tests' server: the distribution the build unpacked
 * and configured, run with a base directory of its own (configuration, deployments, data,
 * logs) and every port shifted by an offset, with the environment the test gives it.
 * {@link #kill()} is {@code kill -9} of the server's JVM (not of the launcher script). Its
 * waits ignore exceptions of other threads (Awaitility would fail on them): a mail server of
 * the test whose client was killed mid-conversation throws one.
 */
public final class OwnServer implements AutoCloseable {

    public static final Path JBOSS_HOME = Path.of(System.getProperty("jboss.home", "target/wildfly")).toAbsolutePath();
    public static final Path SCRIPTS = Path.of(System.getProperty("wildfly.config.dir", "../wildfly-config")).toAbsolutePath();
    /** The product's EAR as the build packs it (what {@link #deploy} usually gets). */
    public static final Path EAR = Path.of(System.getProperty("memberspace.ear", "target/memberspace.ear")).toAbsolutePath();
    /** The distribution's configuration files, untouched (standalone.xml, standalone-ha.xml). */
    public static final Path PRISTINE = Path.of(System.getProperty("pristine.configuration",
            "target/pristine/standalone.xml")).toAbsolutePath().getParent();

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path base;
    private final int offset;
    private Process process;
    private String jvmOptions = "";
    /** The length of the log when the server was last started: the current boot's lines follow. */
    private int logAtStart;
    /** The server's JVM, found once it booted, so that a kill costs no search of the process table. */
    private ProcessHandle jvm;

    public OwnServer(String name, Path base, int offset) {
        this.name = name;
        this.base = base.toAbsolutePath();
        this.offset = offset;
    }

    public String name() {
        return name;
    }

    public Path base() {
        return base;
    }

    public int offset() {
        return offset;
    }

    public URI http() {
        return URI.create("http://localhost:" + (8080 + offset));
    }

    public URI management() {
        return URI.create("http://127.0.0.1:" + (9990 + offset));
    }

    public URI ready() {
        return management().resolve("/health/ready");
    }

    public Path serverLog() {
        return base.resolve("log/server.log");
    }

    public String log() throws IOException {
        return Files.exists(serverLog()) ? Files.readString(serverLog()) : "";
    }

    /** The build's configured server configuration (standalone.xml with wildfly-config/ applied) as this server's own. */
    public OwnServer configuredLikeTheTestServer() throws IOException {
        copyTree(JBOSS_HOME.resolve("standalone/configuration"), configuration());
        return this;
    }

    /** The distribution's configuration directory (properties files, logging) with the pristine {@code config} file. */
    public OwnServer pristine(String config) throws IOException {
        copyTree(JBOSS_HOME.resolve("standalone/configuration"), configuration());
        Files.copy(PRISTINE.resolve(config), configuration().resolve(config), StandardCopyOption.REPLACE_EXISTING);
        return this;
    }

    public Path configuration() {
        return base.resolve("configuration");
    }

    /** JVM options added to the build's server options. */
    public OwnServer jvmOptions(String options) {
        this.jvmOptions = options;
        return this;
    }

    /** Copies the archive into the deployment scanner's directory. */
    public OwnServer deploy(Path archive, String as) throws IOException {
        var deployments = Files.createDirectories(base.resolve("deployments"));
        Files.copy(archive, deployments.resolve(as), StandardCopyOption.REPLACE_EXISTING);
        return this;
    }

    /**
     * Runs a CLI script offline against this server's configuration (the script starts
     * with {@code embed-server}); fails with the CLI's output.
     */
    public void cli(String script) throws Exception {
        awaitExit(startCli(script), base.resolve("cli.out"));
    }

    /** The CLI started, not awaited (see {@link #awaitExit}): several servers are configured at once. */
    public Process startCli(String script) throws IOException {
        Files.createDirectories(base);
        var file = Files.writeString(base.resolve("configure.cli"), script);
        var builder = new ProcessBuilder(JBOSS_HOME.resolve("bin/jboss-cli.sh").toString(), "--file=" + file)
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("cli.out").toFile());
        builder.environment().put("JAVA_OPTS", "-Djboss.server.base.dir=" + base);
        return builder.start();
    }

    public static void awaitExit(Process process, Path output) throws Exception {
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not end within 3 minutes:\n" + Files.readString(output));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("the CLI failed:\n" + Files.readString(output));
        }
    }

    /**
     * Starts {@code bin/standalone.sh -c config} with the build's JVM options and this
     * environment (none of the test JVM's {@code MEMBERSPACE_*} variables pass through).
     */
    public OwnServer start(String config, List<String> options, Map<String, String> environment) throws IOException {
        // another test's server on the same offset (a cluster test of another checkout) must end first
        await(name + "'s ports free").dontCatchUncaughtExceptions().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !listening(8080 + offset) && !listening(9990 + offset));
        var command = new ArrayList<>(List.of(JBOSS_HOME.resolve("bin/standalone.sh").toString(),
                "-c", config,
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + offset));
        command.addAll(options);
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(base.resolve("console.out").toFile()));
        var env = builder.environment();
        env.keySet().removeIf(variable -> variable.startsWith("MEMBERSPACE_"));
        env.putAll(environment);
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // the build's server options, with a longer deployment timeout than the tests' server's
        env.put("JAVA_OPTS", System.getProperty("server.jvm.args", "-Xmx512m -Djava.net.preferIPv4Stack=true")
                .replaceAll("-Djboss.socket.binding.port-offset=\\S+", "")
                + " -Djboss.as.management.blocking.timeout=240 " + jvmOptions);
        logAtStart = log().length();
        jvm = null;
        process = builder.start();
        return this;
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Waits until {@code /health/ready} answers 200; fails early if the server stopped or booted with errors. */
    public Duration awaitReady(Duration atMost) {
        long start = System.nanoTime();
        // first the end of this boot in the log (cheap to poll: the readiness checks query the
        // database), then the readiness
        await(name + " booted").dontCatchUncaughtExceptions().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new AssertionError(name + " stopped:\n" + tail(base.resolve("console.out")));
                    }
                    var log = log();
                    var boot = log.length() >= logAtStart ? log.substring(logAtStart) : log;
                    if (boot.contains("WFLYSRV0026")) {
                        throw new AssertionError(name + " started with errors:\n" + errors());
                    }
                    return boot.contains("WFLYSRV0025");
                });
        jvm = findJvm();
        await(name + " ready").dontCatchUncaughtExceptions().atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> status(ready()) == 200);
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /**
     * {@code kill -9} of the server's JVM: no shutdown hook, no transaction ended, no buffer
     * flushed. The JVM is the launcher script's {@code java} child (with
     * {@code LAUNCH_JBOSS_IN_BACKGROUND} the script waits for it), so it is killed first,
     * then whatever is left of the script.
     */
    public void kill() {
        var target = jvm != null ? jvm : findJvm();
        var script = process;
        target.destroyForcibly();
        script.descendants().forEach(ProcessHandle::destroyForcibly);
        script.destroyForcibly();
        await("the end of " + name).dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(20))
                .until(() -> !target.isAlive() && !script.isAlive());
        jvm = null;
    }

    private ProcessHandle findJvm() {
        return process.descendants()
                .filter(handle -> handle.info().command().map(command -> command.endsWith("/java")).orElse(false))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no java process under " + name + "'s launcher"));
    }

    /** Stops the server if it runs (TERM, then KILL after 30 s). */
    @Override
    public void close() {
        if (process != null) {
            stop(process);
            process = null;
        }
    }

    /** Asks a launcher script and the server JVM under it to stop (TERM); forces them after 30 s. */
    public static void stop(Process process) {
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

    /** The ERROR lines of the server's log (at most 4,000 characters). */
    public String errors() throws IOException {
        var errors = String.join("\n", log().lines().filter(line -> line.contains(" ERROR ")).toList());
        return errors.length() > 4000 ? errors.substring(0, 4000) : errors;
    }

    private static boolean listening(int port) {
        try (var socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException nothing) {
            return false;
        }
    }

    /** The status of a GET, or 999 when nothing answers yet. */
    public static int status(URI uri) {
        try {
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return 999;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 999;
        }
    }

    /** A server secret of 48 random characters, as a test server needs one. */
    public static String randomSecret() {
        var bytes = new byte[36];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static void copyTree(Path from, Path to) throws IOException {
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

    public static void deleteTree(Path dir) throws IOException {
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

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        var text = Files.readString(file);
        return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
    }
}
