package fr.memberspace.dev;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The run command's mail catcher: GreenMail answers SMTP on localhost:3025 and IMAP on
 * localhost:3143 (user = password = the e-mail address), and a page on
 * http://localhost:8025/ lists every message received, newest first.
 */
final class MailCatcher implements AutoCloseable {

    static final int WEB_PORT = 8025;

    private final GreenMail greenMail;
    private final int webPort;
    private HttpServer web;

    /** The run command's catcher: SMTP 3025, IMAP 3143, the page on 8025. */
    MailCatcher() {
        this(ServerSetupTest.SMTP_IMAP, WEB_PORT);
    }

    /** A catcher on other ports (tests: {@code ServerSetupTest.SMTP_IMAP.dynamicPort()} and 0). */
    MailCatcher(ServerSetup[] mailServers, int webPort) {
        this.greenMail = new GreenMail(mailServers);
        this.webPort = webPort;
    }

    void start() throws IOException {
        greenMail.start();
        web = HttpServer.create(new InetSocketAddress("127.0.0.1", webPort), 0);
        web.createContext("/", this::mailbox);
        web.start();
    }

    /** The SMTP port actually listened on. */
    int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    /** The IMAP port actually listened on. */
    int imapPort() {
        return greenMail.getImap().getPort();
    }

    /** The port of the mailbox page actually listened on. */
    int webPort() {
        return web.getAddress().getPort();
    }

    @Override
    public void close() {
        if (web != null) {
            web.stop(0);
        }
        greenMail.stop();
    }

    private void mailbox(HttpExchange exchange) throws IOException {
        var html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="5"><title>Mail catcher (dev only)</title>
                <style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;
                background:#f4f4f4}article{background:#fff;border-radius:6px;padding:1rem;margin:1rem 0;
                box-shadow:0 1px 3px #0002}pre{white-space:pre-wrap;font-size:1rem}h2{margin:.2rem 0}
                .meta{color:#555;font-size:.9rem}</style></head><body>
                <h1>Mail catcher</h1><p>Development only: every e-mail the member space sends on this
                machine lands here (refreshes every 5 s). SMTP localhost:3025, IMAP localhost:3143.</p>
                """);
        var messages = greenMail.getReceivedMessages();
        if (messages.length == 0) {
            html.append("<p><em>No e-mail yet.</em></p>");
        }
        Arrays.stream(messages)
                .sorted(Comparator.comparing(MailCatcher::sent).reversed())
                .forEach(message -> html.append(render(message)));
        html.append("</body></html>");
        var body = html.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
        exchange.sendResponseHeaders(200, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Date sent(MimeMessage message) {
        try {
            var date = message.getSentDate();
            return date == null ? new Date(0) : date;
        } catch (MessagingException e) {
            return new Date(0);
        }
    }

    private static String render(MimeMessage message) {
        try {
            return "<article><h2>" + escape(message.getSubject()) + "</h2><div class=\"meta\">From "
                    + escape(addresses(message.getFrom())) + " to "
                    + escape(addresses(message.getAllRecipients())) + ", " + sent(message)
                    + "</div><pre>" + escape(text(message)) + "</pre></article>";
        } catch (MessagingException | IOException e) {
            return "<article>Unreadable message: " + escape(e.toString()) + "</article>";
        }
    }

    /** The plain-text part (or the whole body) of a message. */
    static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            var multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                var text = text(body);
                if (!text.isEmpty()) {
                    return text;
                }
            }
            return "";
        }
        return part instanceof MimeMessage message ? GreenMailUtil.getBody(message) : "";
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : String.join(", ", Arrays.stream(addresses).map(Address::toString).toList());
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
