package fr.memberspace.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte as the test writes it: any method, any path
 * (invalid UTF-8 included), any content type and body, from any local address of
 * 127.0.0.0/8 (the test server trusts 127.0.0.2 as a proxy, so a request from there with
 * {@code X-Forwarded-For} comes from the address the test chooses). One connection per
 * request ({@code Connection: close}); a chunked response is decoded.
 */
public final class RawHttp {

    private final URI server;
    private final String localAddress;

    public RawHttp(URI server, String localAddress) {
        this.server = server;
        this.localAddress = localAddress;
    }

    /** A response; {@code status} 0 when the server closed the connection without answering. */
    public record Response(int status, List<String> headers, String body, long nanos) {

        public Optional<String> header(String name) {
            var prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        public List<String> all(String name) {
            var prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }

        /** The {@code name=value} pairs of the Set-Cookie headers, for a Cookie header. */
        public String cookies() {
            return String.join("; ", all("Set-Cookie").stream().map(c -> c.split(";", 2)[0]).toList());
        }
    }

    /**
     * Sends a request. {@code target} is written as is on the request line (percent-encode it
     * yourself); {@code headers} are whole lines ({@code "Cookie: a=b"}); a body, if any,
     * gets its Content-Length.
     */
    public Response send(String method, String target, byte[] body, String... headers) {
        var head = new StringBuilder()
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(server.getHost()).append(':').append(server.getPort()).append("\r\n")
                .append("User-Agent: memberspace-it\r\n")
                .append("Connection: close\r\n");
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        for (var header : headers) {
            head.append(header).append("\r\n");
        }
        head.append("\r\n");
        var start = System.nanoTime();
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (SocketException e) {
                // the server may answer (e.g. 413) and close before the whole body is written
            }
            var raw = readAll(socket.getInputStream());
            return parse(raw, System.nanoTime() - start);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A urlencoded form POST (the body as given, already encoded). */
    public Response postForm(String target, String encodedForm, String... headers) {
        var all = new ArrayList<String>(List.of(headers));
        all.add("Content-Type: application/x-www-form-urlencoded; charset=UTF-8");
        return send("POST", target, encodedForm.getBytes(StandardCharsets.ISO_8859_1), all.toArray(String[]::new));
    }

    public Response get(String target, String... headers) {
        return send("GET", target, null, headers);
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var buffer = new ByteArrayOutputStream();
        var chunk = new byte[16384];
        try {
            for (int n; (n = in.read(chunk)) >= 0; ) {
                buffer.write(chunk, 0, n);
            }
        } catch (SocketException e) {
            // reset after the response: keep what came
        }
        return buffer.toByteArray();
    }

    static Response parse(byte[] raw, long nanos) {
        var end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (raw.length == 0 || end < 0) {
            return new Response(0, List.of(), new String(raw, StandardCharsets.UTF_8), nanos);
        }
        var head = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        var status = Integer.parseInt(head[0].split(" ")[1]);
        var headers = List.of(head).subList(1, head.length);
        var bodyBytes = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        var chunked = headers.stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:")
                && h.toLowerCase(Locale.ROOT).contains("chunked"));
        if (chunked) {
            bodyBytes = dechunk(bodyBytes);
        }
        return new Response(status, headers, new String(bodyBytes, StandardCharsets.UTF_8), nanos);
    }

    private static byte[] dechunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        var position = 0;
        while (position < body.length) {
            var lineEnd = indexOf(body, new byte[] {'\r', '\n'}, position);
            if (lineEnd < 0) {
                break;
            }
            var size = Integer.parseInt(new String(body, position, lineEnd - position, StandardCharsets.ISO_8859_1)
                    .split(";")[0].strip(), 16);
            if (size == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(size, body.length - lineEnd - 2));
            position = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
