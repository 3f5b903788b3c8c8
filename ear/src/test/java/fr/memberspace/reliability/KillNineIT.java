package fr.memberspace.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.jboss.shrinkwrap.api.exporter.ZipExporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Http;
import fr.memberspace.it.LoginForm;
import fr.memberspace.it.Mailboxes;
import fr.memberspace.it.OwnServer;
import fr.memberspace.it.PostgreSql;
import fr.memberspace.web.reset.ResetWizardClient;

/**
 * {@code kill -9} of the server at random points of the wizard, then a restart: no password
 * change that was answered with the success page is lost, every mail committed to the outbox
 * is delivered, and the member whose wizard was cut can start it again and finish.
 * <p>
 * A server of its own ({@link OwnServer}, port offset {@value #PORT_OFFSET}), on the
 * database the tests run on: an H2 file in its own data directory, or, when the tests run
 * on PostgreSQL ({@code MEMBERSPACE_DB_DRIVER=postgresql}), a database of its own made afresh.
 * {@code -Dmemberspace.kills=N} sets the number of kills (10 by default: CI runs it on H2 and on PostgreSQL);
 * {@code -Dmemberspace.kills.seed=S} replays a run (the seed is printed).
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class KillNineIT {

    static final int PORT_OFFSET = 1100;
    static final int KILLS = Integer.getInteger("memberspace.kills", 10);
    static final long SEED = Long.getLong("memberspace.kills.seed", System.nanoTime());
    static final String DATABASE = "memberspace_kill";
    /** The steps a kill may cut, in the order a member walks them. */
    static final List<String> STEPS = List.of("identify", "send", "code", "new-password", "sign-in");
    /** What a walk may have reached when the server died. */
    static final List<String> REACHED = List.of("none", "identify", "send", "code", "done", "sign-in");
    /** Each life of the server is this much later than the one before (cooldowns and stale claims run out). */
    static final Duration LIFE = Duration.ofMinutes(3);

    static final GreenMail SMTP = new GreenMail(new ServerSetup(Mailboxes.SMTP_SERVER.getPort() + PORT_OFFSET, null,
            ServerSetup.PROTOCOL_SMTP));
    static OwnServer server;
    static Map<String, String> environment;
    static String mutual;
    static int life;
    static final List<Duration> boots = new ArrayList<>();

    final Random random = new Random(SEED);
    final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();

    @BeforeAll
    static void ownServer() throws Exception {
        SMTP.start();
        var base = OwnServer.JBOSS_HOME.getParent().resolve("kill-nine");
        OwnServer.deleteTree(base);
        // C1 only: a boot compiles less (this server lives seconds; boot time is the test's cost)
        server = new OwnServer("kill-nine", base, PORT_OFFSET).configuredLikeTheTestServer()
                .jvmOptions("-XX:TieredStopAtLevel=1");
        var ear = base.resolve("memberspace.ear");
        Deployments.withSupport().as(ZipExporter.class).exportTo(ear.toFile(), true);
        server.deploy(ear, "memberspace.ear");
        environment = new java.util.HashMap<>(Map.of(
                "MEMBERSPACE_SECRET", OwnServer.randomSecret(),
                "MEMBERSPACE_SMTP_HOST", "localhost",
                "MEMBERSPACE_SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
                // the test is the members' proxy: each walk comes from an address of its own
                "MEMBERSPACE_TRUSTED_PROXIES", "127.0.0.1"));
        if ("postgresql".equals(System.getenv("MEMBERSPACE_DB_DRIVER"))) {
            PostgreSql.fresh(DATABASE);
            environment.putAll(PostgreSql.environment(PostgreSql.URL + DATABASE));
        }
        boot();
        mutual = support("mutuals", Map.of("code", "kill-" + Long.toHexString(SEED & 0xffffff), "name", "Mutuelle Kill",
                "sender", "no-reply@kill.example.org"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        SMTP.stop();
    }

    @Test
    void noAnsweredPasswordChangeNorCommittedMailIsLostAndTheMemberCanFinish() throws Exception {
        System.out.printf("KillNineIT: %d kills, seed %d (-Dmemberspace.kills.seed=%d replays it)%n", KILLS, SEED, SEED);
        long start = System.nanoTime();
        for (int kill = 1; kill <= KILLS; kill++) {
            var number = String.format("77%04d", kill);
            var email = "m" + number + "@kill.example.org";
            support("members", Map.of("mutual", mutual, "number", number, "firstName", "Louise", "lastName", "Martin",
                    "email", email));
            var step = random.nextInt(STEPS.size());
            var delay = random.nextInt(300);
            var password = "Tournesol#Moulin2026";

            var answered = walkUntilKilled(number, email, password, STEPS.get(step), delay);
            System.out.printf("KillNineIT: kill %d at step %s + %d ms: walk reached %s%n", kill, STEPS.get(step), delay,
                    answered);
            // every mail that reached the member was a committed outbox row: it must still be there
            int mailed = mailsTo(email).size();
            boot();

            if (answered.startsWith("done") || answered.startsWith("sign-in")) {
                assertThat(signIn(number, password)).as("kill %d: the password answered with the success page", kill)
                        .isTrue();
            }
            // the code page answered: its mail was committed; the success page: the notice too
            int reached = REACHED.indexOf(answered.split(" ")[0]);
            int committed = Math.max(mailed, (reached >= 2 ? 1 : 0) + (reached >= 4 ? 1 : 0));
            awaitEveryMailSent(number, email, kill, committed);
            // whatever was cut, the member starts again and finishes
            var again = "Riviere#Lavande2027";
            walkToTheEnd(number, email, again);
            assertThat(signIn(number, again)).as("kill %d: the member finished the wizard again", kill).isTrue();
            awaitEveryMailSent(number, email, kill, 0);
        }
        var sorted = boots.stream().sorted().toList();
        System.out.printf("KillNineIT: %d kills in %d s; boot to ready: min %.1f s, median %.1f s, max %.1f s%n", KILLS,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start), sorted.get(0).toMillis() / 1000.0,
                sorted.get(sorted.size() / 2).toMillis() / 1000.0, sorted.get(sorted.size() - 1).toMillis() / 1000.0);
    }

    /**
     * The wizard and a sign-in, with the server killed {@code delay} ms after the request of
     * {@code killAt} left; returns the last step that answered ({@code none} if nothing did).
     */
    private String walkUntilKilled(String number, String email, String password, String killAt, int delay)
            throws Exception {
        var reached = new String[] {"none"};
        var killed = new AtomicBoolean();
        long start = System.nanoTime();
        var killedAfter = new long[1];
        var kill = new java.util.concurrent.CompletableFuture<java.util.concurrent.ScheduledFuture<?>>();
        try {
            walk(number, email, password, step -> {
                if (step.equals(killAt)) {
                    kill.complete(killer.schedule(() -> {
                        killedAfter[0] = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                        killed.set(true);
                        server.kill();
                    }, delay, TimeUnit.MILLISECONDS));
                }
            }, reached, killed);
        } catch (RuntimeException | AssertionError cut) {
            if (!killed.get()) {
                throw cut;
            }
        }
        // the kill may come after the step answered: wait until it is done
        kill.get(1, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
        assertThat(server.isAlive()).isFalse();
        return reached[0] + " (killed " + killedAfter[0] + " ms after the walk began)";
    }

    private void walkToTheEnd(String number, String email, String password) throws Exception {
        var reached = new String[] {"none"};
        walk(number, email, password, step -> { }, reached, new AtomicBoolean());
        assertThat(reached[0]).isEqualTo("sign-in");
    }

    private void walk(String number, String email, String password, java.util.function.Consumer<String> beforeStep,
                      String[] reached, AtomicBoolean killed) throws Exception {
        var address = "198.51.100." + (1 + random.nextInt(254));
        var wizard = new ResetWizardClient(server.http(), mutual, address).open();
        int mailsBefore = mailsTo(email).size();

        beforeStep.accept("identify");
        wizard.identify(number);
        assertThat(wizard.step()).isEqualTo("send");
        reached[0] = "identify";

        beforeStep.accept("send");
        wizard.sendCode();
        assertThat(wizard.step()).isEqualTo("code");
        reached[0] = "send";
        var mail = await("the code mail").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    if (killed.get()) {
                        throw new IllegalStateException("killed");
                    }
                    var mails = mailsTo(email);
                    return mails.size() > mailsBefore ? mails.get(mails.size() - 1) : null;
                }, java.util.Objects::nonNull);
        var code = Fixtures.codeIn((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent());

        beforeStep.accept("code");
        wizard.typeCode(code);
        assertThat(wizard.step()).isEqualTo("new-password");
        reached[0] = "code";

        beforeStep.accept("new-password");
        wizard.choosePassword(password);
        assertThat(wizard.step()).as(wizard.page()).isEqualTo("done");
        reached[0] = "done";

        beforeStep.accept("sign-in");
        assertThat(signIn(number, password)).isTrue();
        reached[0] = "sign-in";
    }

    private boolean signIn(String number, String password) {
        var form = LoginForm.of(server.http(), mutual);
        var response = form.post("127.0.0.1", number, password, form.rightAnswer(),
                "X-Forwarded-For: 203.0.113." + (1 + random.nextInt(254)));
        return response.startsWith("HTTP/1.1 302") && response.contains("/espace/");
    }

    /**
     * Every outbox mail of the number is sent, at least as many mails reached the member, and
     * no fewer rows are there than {@code committed} (mails answered or seen before the kill).
     */
    private void awaitEveryMailSent(String number, String email, int kill, int committed) {
        await("kill " + kill + ": every outbox mail of " + number + " sent").dontCatchUncaughtExceptions().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> {
                    var statuses = Http.get(server.http().resolve(Deployments.SUPPORT_CONTEXT + "/outbox?mutual=" + mutual
                            + "&number=" + number).toString()).body();
                    var rows = statuses.isEmpty() ? List.<String>of() : List.of(statuses.split(","));
                    assertThat(rows).as("outbox rows committed before the kill").hasSizeGreaterThanOrEqualTo(committed);
                    assertThat(rows).allMatch("SENT"::equals);
                    assertThat(mailsTo(email)).hasSizeGreaterThanOrEqualTo(rows.size());
                });
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> Mailboxes.recipientIs(m, email)).toList();
    }

    /** Starts the server (again), waits until it is ready, and moves its clock past the former life's. */
    private static void boot() throws Exception {
        server.start("standalone.xml", List.of(), environment);
        var boot = server.awaitReady(Duration.ofMinutes(3));
        System.out.printf("KillNineIT: boot to ready in %.1f s%n", boot.toMillis() / 1000.0);
        boots.add(boot);
        life++;
        support("clock", Map.of("seconds", String.valueOf(LIFE.multipliedBy(life).toSeconds())));
    }

    private static String support(String path, Map<String, String> form) {
        var response = Http.post(server.http().resolve(Deployments.SUPPORT_CONTEXT + "/" + path).toString(), form);
        assertThat(response.statusCode()).as("support %s: %s", path, response.body()).isEqualTo(200);
        return response.body();
    }
}
