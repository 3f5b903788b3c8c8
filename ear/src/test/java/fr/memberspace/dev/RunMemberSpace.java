package fr.memberspace.dev;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

import fr.memberspace.it.OwnServer;
import fr.memberspace.request.PublicAddress;

import fr.memberspace.team.boundary.StaffAtStartup;

/**
 * The README's run command ({@code ./mvnw -Prun verify}): starts the mail catcher, then the
 * WildFly unpacked and configured by the build, with the EAR, the demo data and an H2 file
 * database in the checkout's {@code data/} folder; prints where to click; stays in the
 * foreground. Ctrl-C or SIGTERM stops the server and the catcher, leaving nothing running.
 * <p>
 * The server runs from its own base directory ({@code ear/target/run-server}), so the tests'
 * deployments and this one never meet. {@code MEMBERSPACE_PORT_OFFSET} (default 0) shifts
 * every port (web 8080, management 9990, the catcher's 3025, 3143 and 8025), for a second
 * checkout or a benchmark beside another server on the machine.
 *
 * @see MailCatcher
 */
public final class RunMemberSpace {

    /** The server secret of the run command when none is set: public, so for a demo only. */
    static final String DEV_SECRET = "memberspace-demo-secret-never-in-production";

    private RunMemberSpace() {
    }

    public static void main(String[] args) throws Exception {
        var jbossHome = Path.of(args[0]).toAbsolutePath();
        var ear = Path.of(args[1]).toAbsolutePath();
        var dataDir = Path.of(args[2]).toAbsolutePath();
        var serverJvmArgs = args.length > 3 ? args[3] : "";

        var base = prepareBaseDir(jbossHome, ear);
        Files.createDirectories(dataDir);

        int offset = Integer.parseInt(System.getenv().getOrDefault("MEMBERSPACE_PORT_OFFSET", "0"));
        var catcher = offset == 0 ? new MailCatcher() : new MailCatcher(new ServerSetup[] {
            ServerSetupTest.SMTP.withPort(ServerSetupTest.SMTP.getPort() + offset),
            ServerSetupTest.IMAP.withPort(ServerSetupTest.IMAP.getPort() + offset)}, MailCatcher.WEB_PORT + offset);
        catcher.start();
        int web = 8080 + offset;

        List<String> command = new ArrayList<>(List.of(
                jbossHome.resolve("bin/standalone.sh").toString(),
                "-Djboss.server.base.dir=" + base,
                "-Dmemberspace.demo=true"));
        var server = new ProcessBuilder(command).inheritIO();
        var env = server.environment();
        env.put("LAUNCH_JBOSS_IN_BACKGROUND", "1");
        // the server runs on this JVM's Java unless JAVA names another, whose version is not known
        // here: then without the class archive
        var archiveFlags = List.<String>of();
        if (!env.containsKey("JAVA")) {
            env.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            archiveFlags = new ClassArchive(Files.createDirectories(base.resolve("class-archive")),
                    jbossHome.getFileName().toString(), Runtime.version().feature()).jvmFlags();
        }
        env.put("JAVA_OPTS", serverJvmArgs + " " + String.join(" ", archiveFlags)
                + (offset == 0 ? "" : " -Djboss.socket.binding.port-offset=" + offset
                + " -D" + PublicAddress.PROPERTY + "=http://localhost:" + web));
        env.putIfAbsent("MEMBERSPACE_DB_URL",
                "jdbc:h2:" + dataDir.resolve("memberspace") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        env.putIfAbsent("MEMBERSPACE_SMTP_PORT", String.valueOf(catcher.smtpPort()));
        // a known secret for the demo only: a production server must have its own (README)
        env.putIfAbsent("MEMBERSPACE_SECRET", DEV_SECRET);
        var process = server.start();

        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop(process);
            catcher.close();
        }, "stop-member-space"));

        if (waitUntilUp(process, web)) {
            System.out.println(banner(dataDir, web, catcher));
        }
        int exit = process.waitFor();
        catcher.close();
        if (exit != 0) {
            System.err.println("WildFly stopped with exit code " + exit);
        }
    }

    /**
     * A fresh base directory: the configured standalone.xml and the EAR to deploy (and none of
     * the web session files an earlier version's server wrote under data/infinispan).
     */
    private static Path prepareBaseDir(Path jbossHome, Path ear) throws IOException {
        var base = ear.getParent().resolve("run-server");
        for (var dir : List.of("configuration", "deployments", "tmp", "data/infinispan")) {
            OwnServer.deleteTree(base.resolve(dir));
        }
        OwnServer.copyTree(jbossHome.resolve("standalone/configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(ear, base.resolve("deployments").resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return base;
    }

    private static boolean waitUntilUp(Process process, int web) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var page = HttpRequest.newBuilder(URI.create("http://localhost:" + web + "/mcrn/")).timeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 180 && process.isAlive(); i++) {
            try {
                if (client.send(page, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** Asks the script and the server JVM under it to stop; forces them after 30 s. */
    private static void stop(Process process) {
        OwnServer.stop(process);
    }

    private static String banner(Path dataDir, int web, MailCatcher catcher) {
        return """

                ==========================================================================
                 Member space is running (Ctrl-C stops everything)

                   Member space of the mutual MCRN   http://localhost:%1$d/mcrn/
                   and of the second mutual MOA      http://localhost:%1$d/moa/
                   Mail catcher (read the codes)     http://localhost:%2$d/
                     or with a mail client over IMAP  localhost:%3$d, user = password = the address

                 Demo members of MCRN:
                   193592  must renew its password    current password  Ancien#Passe2024
                   100001  first connection           no password yet
                   100002  active                     password          Adherent#2026ok
                 Demo members of MOA (numbers with letters, passwords of 14+, 8-digit codes):
                   MOA193592  must renew              current password  Ancien#Passe2024
                   MOA100001  first connection        no password yet
                   MOA100002  active                  password          Adherent#2026ok

                 Back-office  http://localhost:%1$d/admin/  (password, then the TOTP code of an
                 authenticator app given this key, or: oathtool --totp -b KEY)
                   %4$s  administrator     %5$s  key %6$s
                   %7$s  support of mcrn   %8$s  key %9$s

                 Database (H2): %10$s  (delete this folder to start afresh)
                ==========================================================================
                """.formatted(web, catcher.webPort(), catcher.imapPort(),
                StaffAtStartup.DEMO_ADMIN, StaffAtStartup.DEMO_ADMIN_PASSWORD, StaffAtStartup.DEMO_ADMIN_TOTP,
                StaffAtStartup.DEMO_AGENT, StaffAtStartup.DEMO_AGENT_PASSWORD, StaffAtStartup.DEMO_AGENT_TOTP, dataDir);
    }
}
