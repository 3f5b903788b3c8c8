package fr.memberspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;
import fr.memberspace.it.Mailboxes;
import fr.memberspace.it.OwnServer;
import fr.memberspace.it.PostgreSql;
import fr.memberspace.it.TcpProxy;
import fr.memberspace.web.reset.ResetWizardClient;

/**
 * The database goes away under a running server, then comes back: meanwhile pages that need
 * it answer 503 with a clear page in the member's language (no stack trace), readiness is
 * DOWN; afterwards the same server serves again without a restart (the pool validates its
 * connections and drops the dead ones), and nothing saved before is lost.
 * <p>
 * A server of its own ({@link OwnServer}, port offset {@value #PORT_OFFSET}) on a PostgreSQL
 * database of its own, reached through a {@link TcpProxy} the test cuts. Skipped, saying so,
 * where no PostgreSQL answers on 127.0.0.1:5432.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DatabaseOutageIT {

    static final int PORT_OFFSET = 1200;
    static final String DATABASE = "memberspace_outage";
    static final String PASSWORD = "Tournesol#Moulin2026";

    static final GreenMail SMTP = new GreenMail(new ServerSetup(Mailboxes.SMTP_SERVER.getPort() + PORT_OFFSET, null,
            ServerSetup.PROTOCOL_SMTP));
    static TcpProxy database;
    static OwnServer server;

    @BeforeAll
    static void serverOnAProxiedDatabase() throws Exception {
        assumeTrue(PostgreSql.reachable(),
                "DatabaseOutageIT needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust): none answers, skipped");
        PostgreSql.fresh(DATABASE);
        database = new TcpProxy("127.0.0.1", 5432).restore();
        SMTP.start();

        var base = OwnServer.JBOSS_HOME.getParent().resolve("database-outage");
        OwnServer.deleteTree(base);
        server = new OwnServer("database-outage", base, PORT_OFFSET).configuredLikeTheTestServer()
                .jvmOptions("-XX:TieredStopAtLevel=1");
        var ear = base.resolve("memberspace.ear");
        Deployments.withSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
        server.deploy(ear, "memberspace.ear");
        var environment = new java.util.HashMap<>(PostgreSql.environment(
                "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + DATABASE));
        environment.putAll(Map.of(
                "MEMBERSPACE_SECRET", OwnServer.randomSecret(),
                "MEMBERSPACE_SMTP_HOST", "localhost",
                "MEMBERSPACE_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort())));
        server.start("standalone.xml", List.of(), environment);
        server.awaitReady(Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (database != null) {
            database.close();
        }
        SMTP.stop();
    }

    @Test
    void whileTheDatabaseIsAwayPagesSay503AndReadinessIsDownThenTheSameServerServesAgain() throws Exception {
        var mutual = support("mutuals", Map.of("code", "outage", "name", "Mutuelle Panne",
                "sender", "no-reply@outage.example.org"));
        support("members", Map.of("mutual", mutual, "number", "100001", "firstName", "Louise", "lastName", "Martin",
                "email", "louise@outage.example.org"));
        support("password", Map.of("mutual", mutual, "number", "100001", "password", PASSWORD));
        assertThat(signIn(mutual, PASSWORD)).isTrue();
        // a member on the wizard's first page, and the sign-in form of another (answers asked before the outage)
        var wizard = new ResetWizardClient(server.http(), mutual, "127.0.0.1").open();
        var withScripts = new ResetWizardClient(server.http(), mutual, "127.0.0.1").open().byAjax();
        var form = LoginForm.of(server.http(), mutual);
        var answer = form.rightAnswer();

        database.cut();
        try {
            // the wizard's next step needs the database: 503, the French page, nothing technical
            wizard.acceptingAnyStatus().identify("100001");
            assertThat(wizard.status()).isEqualTo(503);
            assertClearPage(wizard.errorPage(), "Service momentanément indisponible", "réessayer dans quelques minutes");

            // the same step as a browser with scripts posts it (ajax): the message in the page, no error answer
            withScripts.identify("100001");
            assertThat(withScripts.page()).contains("<partial-response").contains("réessayer dans quelques minutes")
                    .doesNotContain("<error").doesNotContain("Exception").doesNotContain("SQL");

            // a sign-in in English: the English page
            var english = Http.send("POST", server.http().resolve(form.action()).toString(),
                    form.fields("100001", PASSWORD, answer), "Cookie", "memberspace-lang=en");
            assertThat(english.statusCode()).isEqualTo(503);
            assertThat(english.headers().firstValue("Retry-After")).isPresent();
            assertClearPage(english.body(), "Service temporarily unavailable", "try again in a few minutes");

            // readiness: DOWN, saying which check
            await("readiness down").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        var ready = Http.get(server.ready().toString());
                        assertThat(ready.statusCode()).isEqualTo(503);
                        assertThat(ready.body()).contains("memberspace-database");
                    });
        } finally {
            database.restore();
        }

        // back: the same server (no second boot) serves again, the password set before is there
        await("sign-in again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> signIn(mutual, PASSWORD));
        assertThat(OwnServer.status(server.ready())).isEqualTo(200);
        assertThat(server.isAlive()).isTrue();
        assertThat(server.log().split("WFLYSRV0025", -1)).as("booted once").hasSize(2);
        // and the wizard goes on for a member who starts it again
        var again = new ResetWizardClient(server.http(), mutual, "127.0.0.1").open().identify("100001");
        assertThat(again.step()).isEqualTo("send");
    }

    private static void assertClearPage(String page, String title, String text) {
        assertThat(page).contains("<title>" + title).contains(text)
                .doesNotContain("Exception").doesNotContain("at fr.memberspace").doesNotContain("java.")
                .doesNotContain("SQL").doesNotContain("IJ0");
    }

    private static boolean signIn(String mutual, String password) {
        try {
            var form = LoginForm.of(server.http(), mutual);
            var response = form.post("127.0.0.1", "100001", password, form.rightAnswer());
            return response.startsWith("HTTP/1.1 302") && response.contains("/espace/");
        } catch (RuntimeException | AssertionError notYet) {
            return false;
        }
    }

    private static String support(String path, Map<String, String> form) {
        var response = Http.post(server.http().resolve(Deployments.SUPPORT_CONTEXT + "/" + path).toString(), form);
        assertThat(response.statusCode()).as("support %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }
}
