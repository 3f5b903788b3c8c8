package fr.memberspace.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A small HTTP client for client-side tests of the server the build provisioned. */
public final class Http {

    public static final URI BASE = URI.create(System.getProperty("memberspace.base-url", "http://localhost:8080"));

    private static final java.util.regex.Pattern PAGE_NONCE =
            java.util.regex.Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    /**
     * The nonce PrimeFaces' script adds to every form of a page ({@code primefaces.nonce}),
     * which a program posting the form must send as a browser does.
     */
    public static String pageNonce(String html) {
        var nonce = PAGE_NONCE.matcher(html);
        if (!nonce.find()) {
            throw new AssertionError("no PrimeFaces nonce in the page");
        }
        return nonce.group(1);
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    public static HttpResponse<String> get(String path, String... headers) {
        var request = HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** POSTs a form (urlencoded, UTF-8) to a path of the server, with these extra headers (name, value, …). */
    public static HttpResponse<String> post(String path, Map<String, String> form, String... headers) {
        return send("POST", path, encode(form), headers);
    }

    /** Any method, with a form body or none ({@code null}), and these extra headers (name, value, …). */
    public static HttpResponse<String> send(String method, String path, String form, String... headers) {
        var request = HttpRequest.newBuilder(BASE.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            request.header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** The {@code name=value} pairs of the response's Set-Cookie headers, for a Cookie header. */
    public static String cookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
    }

    /** A form urlencoded in UTF-8, in the map's order. */
    public static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** POSTs a form to the support module (see {@link Deployments#withSupport()}). */
    public static String support(String path, Map<String, String> form) {
        var body = encode(form);
        var request = HttpRequest.newBuilder(BASE.resolve(Deployments.SUPPORT_CONTEXT + "/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var response = send(request);
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("support " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** Registers a mutual with a fresh code through the product's boundary; returns the code. */
    public static String newMutual(String name) {
        var code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        return support("mutuals", Map.of("code", code, "name", name, "sender", "no-reply@" + code + ".example.org"));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
