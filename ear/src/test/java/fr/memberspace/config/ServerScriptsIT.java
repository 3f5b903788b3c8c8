package fr.memberspace.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripts of {@code wildfly-config/} as IT runs them, on a pristine copy of the
 * distribution's {@code standalone.xml}, offline (embed-server): every configure script
 * twice, then every remove script twice. The README promises each is safe to run twice,
 * and the removes must leave the configuration exactly as the distribution shipped it. A
 * cluster node's scripts run the same way on {@code standalone-ha.xml}.
 * <p>
 * The copy of the server links the distribution's own modules and binaries; only its
 * configuration and its added modules are its own, so the build's server is never touched.
 */
class ServerScriptsIT {

    /** In the order the README gives them. */
    static final List<String> CONFIGURE = List.of("add-postgresql-driver", "configure-memberspace",
            "configure-batch", "configure-monitoring", "configure-security-log", "configure-smtp-auth");
    /** In the reverse order. */
    static final List<String> REMOVE = List.of("remove-smtp-auth", "remove-security-log", "remove-monitoring",
            "remove-batch", "remove-memberspace", "remove-postgresql-driver");
    /** A cluster node, on standalone-ha.xml, in the order the README gives them ("Running several nodes"). */
    static final List<String> CONFIGURE_NODE = List.of("configure-memberspace", "configure-monitoring", "configure-cluster");
    static final List<String> REMOVE_NODE = List.of("remove-cluster", "remove-monitoring", "remove-memberspace");

    static Path distribution = Path.of(System.getProperty("jboss.home", "target/wildfly"));
    static Path scripts = Path.of(System.getProperty("wildfly.config.dir", "../wildfly-config"));
    static Path pristine = Path.of(System.getProperty("pristine.configuration", "target/pristine/standalone.xml"));
    static Path driver = Path.of(System.getProperty("postgresql.driver.jar", "target/drivers/postgresql.jar"));

    @TempDir
    static Path work;

    static Path home;

    @BeforeAll
    static void copyOfTheServer() throws IOException {
        home = work.resolve("wildfly");
        Files.createDirectories(home.resolve("modules"));
        Files.createSymbolicLink(home.resolve("bin"), distribution.resolve("bin").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("jboss-modules.jar"), distribution.resolve("jboss-modules.jar").toAbsolutePath());
        Files.createSymbolicLink(home.resolve("modules/system"), distribution.resolve("modules/system").toAbsolutePath());
        var configuration = Files.createDirectories(home.resolve("standalone/configuration"));
        try (var files = Files.list(distribution.resolve("standalone/configuration"))) {
            for (var file : files.filter(f -> f.getFileName().toString().endsWith(".properties")).toList()) {
                Files.copy(file, configuration.resolve(file.getFileName()));
            }
        }
        Files.copy(pristine, configuration.resolve("standalone.xml"));
        Files.copy(pristineHa(), configuration.resolve("standalone-ha.xml"));
    }

    /** The web sessions' cache container of a server configuration. */
    private static String webCaches(String configuration) {
        var start = configuration.indexOf("<cache-container name=\"web\"");
        assertThat(start).as("the web cache container").isNotNegative();
        return configuration.substring(start, configuration.indexOf("</cache-container>", start));
    }

    /** The distribution's standalone-ha.xml, kept beside its standalone.xml (see ear/pom.xml). */
    private static Path pristineHa() {
        return pristine.resolveSibling("standalone-ha.xml");
    }

    @Test
    void eachScriptRunsTwiceAndTheRemovesLeaveThePristineConfiguration() throws Exception {
        cli("configure", CONFIGURE, driver);
        var configured = Files.readString(standaloneXml());
        assertThat(configured)
                .contains("jndi-name=\"java:jboss/datasources/MemberSpaceDS\"")
                .contains("statistics-enabled=\"true\"")
                .contains("<driver name=\"postgresql\" module=\"org.postgresql\">")
                .contains("jndi-name=\"java:jboss/mail/MemberSpace\"")
                .contains("<property name=\"mail.smtp.ssl.enable\" value=\"${env.MEMBERSPACE_SMTP_SSL:false}\"/>")
                .contains("username=\"${env.MEMBERSPACE_SMTP_USER}\" password=\"${env.MEMBERSPACE_SMTP_PASSWORD}\"")
                .contains("<property name=\"memberspace.trusted-proxies\" value=\"${env.MEMBERSPACE_TRUSTED_PROXIES:none}\"/>")
                .contains("<prometheus-registry context=\"/prometheus\" security-enabled=\"false\"/>")
                .contains("<subsystem xmlns=\"urn:wildfly:microprofile-health-smallrye")
                .contains("<logger category=\"fr.memberspace.security\">")
                .contains("<application-security-domain name=\"memberspace\"")
                .contains("<default-job-repository name=\"memberspace\"/>")
                .contains("<jdbc data-source=\"MemberSpaceDS\"/>");
        // the management interface, which serves /health and /prometheus, stays on loopback
        assertThat(configured).contains("<interface name=\"management\">\n"
                + "            <inet-address value=\"${jboss.bind.address.management:127.0.0.1}\"/>");
        assertThat(module()).exists();
        // web sessions stay in memory: the distribution's file store is gone from their cache
        assertThat(webCaches(Files.readString(pristine))).contains("<file-store passivation=\"true\"/>");
        assertThat(webCaches(configured)).doesNotContain("store");

        cli("remove", REMOVE, null);
        assertThat(Files.readString(standaloneXml())).isEqualTo(Files.readString(pristine));
        assertThat(module().getParent()).doesNotExist();
    }

    @Test
    void theTrimRunsTwiceAfterTheConfigureScriptsAndKeepsWhatTheMemberSpaceUses() throws Exception {
        try {
            var configureThenTrim = new ArrayList<>(CONFIGURE);
            configureThenTrim.add("trim-unused-subsystems");
            cli("trim", configureThenTrim, driver);
            assertThat(Files.readString(standaloneXml()))
                    .doesNotContain("org.jboss.as.webservices", "org.wildfly.extension.microprofile.jwt-smallrye",
                            "org.wildfly.extension.elytron-oidc-client", "org.jboss.as.jdr", "org.jboss.as.pojo", "org.jboss.as.sar",
                            "org.wildfly.extension.security.manager")
                    .contains("<extension module=\"org.wildfly.extension.metrics\"/>", "<extension module=\"org.wildfly.extension.health\"/>",
                            "<extension module=\"org.wildfly.extension.microprofile.health-smallrye\"/>",
                            "<extension module=\"org.wildfly.extension.microprofile.config-smallrye\"/>",
                            "<extension module=\"org.wildfly.extension.micrometer\"/>", "<extension module=\"org.wildfly.extension.batch.jberet\"/>",
                            "<extension module=\"org.jboss.as.jsf\"/>", "<extension module=\"org.jboss.as.jaxrs\"/>", "jndi-name=\"java:jboss/datasources/MemberSpaceDS\"");
        } finally {
            cli("remove-after-trim", REMOVE, null);
            Files.copy(pristine, standaloneXml(), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aClusterNodeIsConfiguredTwiceOnStandaloneHaAndTheRemovesLeaveItPristine() throws Exception {
        var ha = home.resolve("standalone/configuration/standalone-ha.xml");
        cli("configure-node", "standalone-ha.xml", CONFIGURE_NODE, null);
        assertThat(Files.readString(ha))
                .contains("jndi-name=\"java:jboss/datasources/MemberSpaceDS\"")
                .contains("<channel name=\"ee\" stack=\"memberspace\" cluster=\"ejb\"/>")
                .contains("<transport type=\"TCP\" socket-binding=\"jgroups-tcp\"/>")
                .contains("<property name=\"initial_hosts\">${env.MEMBERSPACE_CLUSTER_HOSTS:127.0.0.1[7600]}</property>")
                .contains("<socket-protocol type=\"FD_SOCK2\" socket-binding=\"jgroups-tcp-fd\"/>")
                .contains("<distributed-cache name=\"dist\" owners=\"2\">")
                .contains("<core-environment node-identifier=\"${jboss.tx.node.id:${jboss.node.name}}\">");
        assertThat(webCaches(Files.readString(pristineHa()))).contains("<file-store passivation=\"true\" purge=\"true\"/>");
        assertThat(webCaches(Files.readString(ha))).doesNotContain("store");

        cli("remove-node", "standalone-ha.xml", REMOVE_NODE, null);
        assertThat(Files.readString(ha)).isEqualTo(Files.readString(pristineHa()));
    }

    @Test
    void theDriverScriptInstallsANewerJarOverAnOlderOne() throws Exception {
        var older = Files.copy(driver, work.resolve("postgresql-42.7.0.jar"));
        var newer = Files.copy(driver, work.resolve("postgresql-42.7.99.jar"));
        try {
            cli("older-driver", List.of("add-postgresql-driver"), older);
            cli("newer-driver", List.of("add-postgresql-driver"), newer);

            var moduleDir = module().getParent();
            assertThat(moduleDir.resolve("postgresql-42.7.99.jar")).exists();
            assertThat(moduleDir.resolve("postgresql-42.7.0.jar")).doesNotExist();
            assertThat(Files.readString(moduleDir.resolve("module.xml"))).contains("postgresql-42.7.99.jar")
                    .doesNotContain("postgresql-42.7.0.jar");
        } finally {
            cli("remove-driver", List.of("remove-postgresql-driver"), null);
        }
    }

    /**
     * The README's recipe for the SMTP password in an Elytron credential store, as written
     * there: the mail session refers to the store's alias and standalone.xml holds no password.
     */
    @Test
    void theReadmesCredentialStoreRecipeKeepsTheSmtpPasswordOutOfTheConfiguration() throws Exception {
        var readme = Files.readString(scripts.resolveSibling("README.md"));
        var section = readme.substring(readme.indexOf("**SMTP password in an Elytron credential store**"));
        var start = section.indexOf("$CLI <<'CLI'\n") + "$CLI <<'CLI'\n".length();
        var recipe = section.substring(start, section.indexOf("\nCLI\n", start))
                .replace("the SMTP password", "smtp-secret-of-the-test");
        var configure = Files.readString(scripts.resolve("configure-memberspace.cli"));
        var store = home.resolve("standalone/configuration/memberspace.cs");
        try {
            run("credential-store", "embed-server --server-config=standalone.xml --std-out=discard\n" + configure + "\n"
                    + recipe + "\nstop-embedded-server\n", Map.of("MEMBERSPACE_STORE_PASSWORD", "store-password-of-the-test"));

            assertThat(Files.readString(standaloneXml()))
                    .contains("<credential-reference store=\"memberspace\" alias=\"smtp\"/>")
                    .contains("username=\"${env.MEMBERSPACE_SMTP_USER}\"")
                    .doesNotContain("smtp-secret-of-the-test").doesNotContain("store-password-of-the-test");
            assertThat(store).exists();
            assertThat(Files.readString(store, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("smtp-secret-of-the-test");
        } finally {
            run("credential-store-removed", "embed-server --server-config=standalone.xml --std-out=discard\n"
                    + Files.readString(scripts.resolve("remove-smtp-auth.cli")) + "\n"
                    + Files.readString(scripts.resolve("remove-memberspace.cli")) + "\n"
                    + "/subsystem=elytron/credential-store=memberspace:remove\nstop-embedded-server\n", Map.of());
            Files.deleteIfExists(store);
        }
        assertThat(Files.readString(standaloneXml())).isEqualTo(Files.readString(pristine));
    }

    private static Path standaloneXml() {
        return home.resolve("standalone/configuration/standalone.xml");
    }

    /** The driver module's jar as {@code add-postgresql-driver.cli} installs it. */
    private static Path module() {
        return home.resolve("modules/org/postgresql/main").resolve(driver.getFileName());
    }

    /** One embedded boot running each script twice in a row; fails with the CLI's output if any step fails. */
    private static void cli(String name, List<String> names, Path driverJar) throws Exception {
        cli(name, "standalone.xml", names, driverJar);
    }

    private static void cli(String name, String serverConfig, List<String> names, Path driverJar) throws Exception {
        var text = new StringBuilder("embed-server --server-config=" + serverConfig + " --std-out=discard\n");
        for (var script : names) {
            var body = Files.readString(scripts.resolve(script + ".cli"));
            text.append(body).append('\n').append(body).append('\n');
        }
        text.append("stop-embedded-server\n");
        run(name, text.toString(), driverJar, Map.of());
    }

    private static void run(String name, String text, Map<String, String> environment) throws Exception {
        run(name, text, null, environment);
    }

    private static void run(String name, String text, Path driverJar, Map<String, String> environment) throws Exception {
        var file = Files.writeString(work.resolve(name + ".cli"), text);
        var output = work.resolve(name + ".out");

        var command = new ArrayList<>(List.of(home.resolve("bin/jboss-cli.sh").toString()));
        if (driverJar != null) {
            command.add("-Dpostgresql.driver.jar=" + driverJar.toAbsolutePath());
        }
        command.add("--file=" + file);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("JBOSS_HOME", home.toString());
        builder.environment().putAll(environment);
        var process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the CLI did not end within 3 minutes:\n" + Files.readString(output));
        }
        assertThat(process.exitValue()).as("CLI exit of %s, output:%n%s", name, Files.readString(output)).isZero();
    }
}
