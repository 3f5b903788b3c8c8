import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Click on "Recevoir mon code par MAIL" → the mail in the SMTP server, under load: WIZARDS
 * wizards at once, each identifying a member (the bench members 200000–200999 of the demo data,
 * db/demo/V41), opening the send step and clicking, then waiting for that member's mail in
 * the SMTP sink this program runs on SMTP_PORT. A benchmark, not a test. Run it with the JDK
 * alone (single-file source, no build), against a server whose mail goes to SMTP_PORT and that
 * believes X-Forwarded-For from 127.0.0.1 (bench/with-server.sh starts one so):
 *
 *   java bench/MailLatency.java                      # 8 wizards at once for 10 s
 *   WIZARDS=16 SECONDS=10 java bench/MailLatency.java
 *
 * Prints one RESULT line: mails, their click→mail p50/p90/p99/max, and the mails that never came.
 */
public class MailLatency {

    static final String BASE = env("BASE", "http://127.0.0.1:8080");
    static final String MUTUAL = env("MUTUAL", "mcrn");
    static final int SMTP_PORT = Integer.parseInt(env("SMTP_PORT", "2525"));
    static final int WIZARDS = Integer.parseInt(env("WIZARDS", "8"));
    static final int SECONDS = Integer.parseInt(env("SECONDS", "10"));
    static final int FIRST_NUMBER = Integer.parseInt(env("FIRST_NUMBER", "200000"));
    static final int MEMBERS = Integer.parseInt(env("MEMBERS", "1000"));

    static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /** When each recipient's mail ended its DATA, in System.nanoTime(). */
    static final Map<String, CompletableFuture<Long>> RECEIVED = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        var sink = new ServerSocket(SMTP_PORT);
        daemon(() -> acceptSmtp(sink));

        var next = new AtomicInteger(ThreadLocalRandom.current().nextInt(MEMBERS));
        var used = new AtomicInteger();
        var latencies = Collections.synchronizedList(new ArrayList<Long>());
        var lost = new AtomicInteger();
        var failed = new AtomicInteger();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        var workers = new ArrayList<Thread>();
        for (int w = 0; w < WIZARDS; w++) {
            var worker = new Thread(() -> {
                while (System.nanoTime() < end && used.incrementAndGet() <= MEMBERS) {
                    var number = String.valueOf(FIRST_NUMBER + Math.floorMod(next.getAndIncrement(), MEMBERS));
                    try {
                        var clicked = wizard(number);
                        var mail = RECEIVED.computeIfAbsent(address(number), a -> new CompletableFuture<>());
                        try {
                            latencies.add(mail.get(30, TimeUnit.SECONDS) - clicked);
                        } catch (java.util.concurrent.TimeoutException never) {
                            lost.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (failed.incrementAndGet() <= 3) {
                            System.err.println("wizard of " + number + ": " + e);
                        }
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        for (var worker : workers) {
            worker.join();
        }
        sink.close();
        var sorted = latencies.stream().sorted().toList();
        System.out.printf("RESULT wizards=%d mails=%d p50_ms=%.0f p90_ms=%.0f p99_ms=%.0f max_ms=%.0f lost=%d failed=%d%n",
                WIZARDS, sorted.size(), percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99),
                percentile(sorted, 100), lost.get(), failed.get());
    }

    /** One wizard up to the click; the click's time (System.nanoTime(), just before the request). */
    static long wizard(String number) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        var client = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + ThreadLocalRandom.current().nextInt(1, 255);
        var page = BASE + "/" + MUTUAL + "/mot-de-passe";
        var identified = http.send(post(page, client, "reset=reset&reset%3Anumber=" + number
                + "&reset%3Aidentify-submit=reset%3Aidentify-submit&jakarta.faces.ViewState=stateless"),
                HttpResponse.BodyHandlers.discarding());
        if (identified.statusCode() != 302) {
            throw new IOException("identify: " + identified.statusCode());
        }
        var send = http.send(HttpRequest.newBuilder(URI.create(page)).header("X-Forwarded-For", client).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var form = "reset=reset&reset%3Asend-submit=reset%3Asend-submit&jakarta.faces.ViewState="
                + encode(find(VIEW_STATE, send)) + "&primefaces.nonce=" + encode(find(NONCE, send));
        long clicked = System.nanoTime();
        var code = http.send(post(page, client, form), HttpResponse.BodyHandlers.ofString());
        if (!code.body().contains("data-step=\"code\"")) {
            throw new IOException("send: " + code.statusCode() + " without the code step");
        }
        return clicked;
    }

    static HttpRequest post(String url, String client, String form) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", client)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    /** A minimal SMTP server: accepts every mail, notes when each recipient's DATA ended. */
    static void acceptSmtp(ServerSocket sink) {
        while (!sink.isClosed()) {
            try {
                var socket = sink.accept();
                daemon(() -> converse(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    static void daemon(Runnable task) {
        var thread = new Thread(task);
        thread.setDaemon(true);
        thread.start();
    }

    static void converse(Socket socket) {
        try (socket; var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
             OutputStream out = socket.getOutputStream()) {
            reply(out, "220 bench SMTP sink");
            var recipients = new ArrayList<String>();
            String line;
            while ((line = in.readLine()) != null) {
                var verb = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
                switch (verb) {
                    case "EHLO", "HELO" -> reply(out, "250 bench");
                    case "MAIL" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>\\s]+)>?.*$", "$1").toLowerCase());
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 go on");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // the message itself does not matter here
                        }
                        long at = System.nanoTime();
                        for (var to : recipients) {
                            RECEIVED.computeIfAbsent(to, a -> new CompletableFuture<>()).complete(at);
                        }
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException gone) {
            // the client went away
        }
    }

    static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static String address(String number) {
        return "banc." + number + "@example.org";
    }

    static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    static String find(Pattern pattern, String text) throws IOException {
        var matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IOException("no " + pattern + " in the page");
        }
        return matcher.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
