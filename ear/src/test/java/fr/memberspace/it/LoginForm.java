package fr.memberspace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sign-in form of a mutual's login page, posted over a plain socket: so that a test
 * chooses the local address the server sees (any of 127.0.0.0/8) and the headers a proxy
 * would add, which the JDK's HTTP client does not allow.
 */
public final class LoginForm {

    private static final Pattern ACTION = Pattern.compile("<form id=\"login\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final URI server;
    private final String action;
    private final String challenge;
    private final String viewState;

    private LoginForm(URI server, String action, String challenge, String viewState) {
        this.server = server;
        this.action = action;
        this.challenge = challenge;
        this.viewState = viewState;
    }

    /** Opens the login page of a mutual (a new challenge comes with it). */
    public static LoginForm of(String mutual) {
        return of(Http.BASE, mutual);
    }

    /** Opens the login page of a mutual on another server than the tests' own (a node of a cluster). */
    public static LoginForm of(URI server, String mutual) {
        var page = Http.get(server.resolve("/" + mutual + "/").toString()).body();
        return new LoginForm(server, find(ACTION, page), find(CHALLENGE, page), find(VIEW_STATE, page));
    }

    /** The same form, posted to another server (the challenge and the stateless view go along). */
    public LoginForm to(URI otherServer) {
        return new LoginForm(otherServer, action, challenge, viewState);
    }

    /** The same form carrying another challenge (someone else's, a tampered one). */
    public LoginForm withChallenge(String token) {
        return new LoginForm(server, action, token, viewState);
    }

    /** The challenge token the page carries. */
    public String challenge() {
        return challenge;
    }

    private static String find(Pattern pattern, String page) {
        var matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new AssertionError("no " + pattern + " in the login page:\n" + page);
        }
        return matcher.group(1).replace("&amp;", "&");
    }

    /** The random id of the right picture (asked through the support module). */
    public String rightAnswer() {
        return Http.get(server.resolve(Deployments.SUPPORT_CONTEXT + "/challenge-answer?id=" + challenge).toString()).body();
    }

    /** The form's address (the mutual's login page). */
    public String action() {
        return action;
    }

    /** The same fields as {@link #post}, urlencoded, for a query string. */
    public String fields(String number, String password, String answer) {
        return encode(form(number, password, answer));
    }

    private Map<String, String> form(String number, String password, String answer) {
        var form = new LinkedHashMap<String, String>();
        form.put("login", "login");
        form.put("login:number", number);
        form.put("login:password", password);
        form.put("challenge", challenge);
        form.put("answer", answer);
        form.put("login:sign-in", "");
        form.put("jakarta.faces.ViewState", viewState);
        return form;
    }

    /**
     * Posts the form from {@code localAddress}, with these extra header lines
     * ({@code "X-Forwarded-For: 198.51.100.7"}); returns the status line and headers.
     */
    public String post(String localAddress, String number, String password, String answer, String... headers) {
        var body = encode(form(number, password, answer)).getBytes(StandardCharsets.UTF_8);

        var request = new StringBuilder()
                .append("POST ").append(action).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n")
                .append("Content-Type: application/x-www-form-urlencoded; charset=UTF-8\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("User-Agent: memberspace-it\r\n")
                .append("Connection: close\r\n");
        for (var header : headers) {
            request.append(header).append("\r\n");
        }
        request.append("\r\n");

        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var end = response.indexOf("\r\n\r\n");
            return end < 0 ? response : response.substring(0, end);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(Map<String, String> form) {
        return Http.encode(form);
    }
}
