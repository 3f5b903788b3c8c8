package fr.memberspace.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The health and Prometheus endpoints of the test server's management interface (127.0.0.1:9990). */
final class ManagementEndpoints {

    static final URI BASE = URI.create(System.getProperty("memberspace.management-url", "http://localhost:9990"));

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private ManagementEndpoints() {
    }

    static HttpResponse<String> get(String path) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(BASE.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One named check of a health answer ({@code /health/ready}, {@code /health/live}). */
    static JsonObject check(String healthPath, String name) {
        var body = get(healthPath).body();
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .filter(check -> name.equals(check.getString("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no check " + name + " in " + body));
        }
    }

    /**
     * The value of a Prometheus sample of this metric whose labels include all of these
     * ({@code mutual="x"}, {@code type="SIGN_IN_OK"}), or 0 when there is none yet.
     */
    static double sample(String metric, String... labels) {
        var text = get("/prometheus").body();
        var line = Pattern.compile("^" + Pattern.quote(metric) + "\\{([^}]*)\\} (\\S+)$", Pattern.MULTILINE).matcher(text);
        while (line.find()) {
            var found = line.group(1);
            boolean all = true;
            for (var label : labels) {
                all &= found.contains(label);
            }
            if (all) {
                return Double.parseDouble(line.group(2));
            }
        }
        return 0;
    }
}
