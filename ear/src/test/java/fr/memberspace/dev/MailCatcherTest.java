package fr.memberspace.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The run command's mail catcher stays idle once its IMAP readers are gone: GreenMail 2.1.5
 * left a handler looping on a closed connection after the first IMAP session, burning a
 * core until the run command stopped (GreenMail issue 891).
 */
class MailCatcherTest {

    private static final String ADDRESS = "adherent.100001@example.org";

    private MailCatcher catcher;

    @BeforeEach
    void start() throws IOException {
        catcher = new MailCatcher(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP), 0);
        catcher.start();
        GreenMailUtil.sendTextEmail(ADDRESS, "no-reply@mcrn.example.org", "Code d'activation",
                "Voici votre code d'activation : 123456",
                new ServerSetup(catcher.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stop() {
        catcher.close();
    }

    @Test
    void imapSessionsLeaveNoHandlerBehind() throws IOException {
        // a reader that signs in, opens the inbox and says goodbye
        session("a1 LOGIN " + ADDRESS + " " + ADDRESS, "a2 SELECT INBOX", "a3 FETCH 1 BODY[TEXT]", "a4 LOGOUT");
        // a reader with a wrong password, who says goodbye
        session("b1 LOGIN " + ADDRESS + " wrong", "b2 LOGOUT");
        // a reader that signs in and drops the connection without a word
        session("c1 LOGIN " + ADDRESS + " " + ADDRESS, "c2 SELECT INBOX");
        // one that connects and leaves before saying anything
        session();

        await("IMAP handler threads to end").atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(imapHandlers()).isEmpty());
        assertThat(handlerCpu()).as("CPU time of the catcher's IMAP threads over a second, in ms")
                .isLessThan(50);
    }

    @Test
    void theMailboxPageShowsTheMessage() throws Exception {
        var page = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + catcher.webPort() + "/")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Code d'activation").contains("123456").contains(ADDRESS);
    }

    /** An IMAP conversation: the greeting, then each command and its tagged answer; then the socket is closed. */
    private void session(String... commands) throws IOException {
        try (var socket = new Socket("127.0.0.1", catcher.imapPort())) {
            socket.setSoTimeout(5_000);
            var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            assertThat(in.readLine()).startsWith("* OK");
            for (var command : commands) {
                out.write((command + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                var tag = command.substring(0, command.indexOf(' '));
                String line;
                do {
                    line = in.readLine();
                } while (line != null && !line.startsWith(tag + " "));
            }
        }
    }

    /** GreenMail names each connection's thread {@code imap:<host>:<port><-<client>}. */
    private static List<Thread> imapHandlers() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("imap:") && thread.getName().contains("<-"))
                .filter(Thread::isAlive)
                .toList();
    }

    /** CPU time the catcher's IMAP threads (server and handlers) use in one second. */
    private static long handlerCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        var imap = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("imap")).toList();
        long before = imap.stream().mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
        await("a window of one second").pollDelay(Duration.ofSeconds(1)).until(() -> true);
        long after = imap.stream().mapToLong(thread -> Math.max(0, threads.getThreadCpuTime(thread.getId()))).sum();
        return Duration.ofNanos(after - before).toMillis();
    }
}
