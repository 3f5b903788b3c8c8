package fr.memberspace.web.reset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;

/**
 * The reset wizard walked over plain HTTP, as a browser without JavaScript would: each step
 * is a full form post of the page's own fields (the command button's id names the action),
 * with the session cookie kept. For tests that must cut a request in the middle (the server
 * killed under it), where a browser would only wait.
 */
public final class ResetWizardClient {

    private static final Pattern STEP = Pattern.compile("<form id=\"reset\"[^>]*data-step=\"([^\"]+)\"");
    private static final Pattern ACTION = Pattern.compile("<form id=\"reset\"[^>]*action=\"([^\"]+)\"");
    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' script puts the page's CSP nonce into every form it posts; so does this client. */
    private static final Pattern NONCE = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");

    private final URI server;
    private final String mutual;
    private final String clientAddress;
    private final HttpClient client;
    private String page = "";
    private int status;
    private String lastError = "";
    private boolean anyStatus;
    private boolean ajax;

    /**
     * A fresh browser (no cookie) on this server, whose requests carry
     * {@code X-Forwarded-For: clientAddress} (the server must trust the tests' address as a proxy).
     */
    public ResetWizardClient(URI server, String mutual, String clientAddress) {
        this.server = server;
        this.mutual = mutual;
        this.clientAddress = clientAddress;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Opens the wizard's first page. */
    public ResetWizardClient open() {
        page = send(HttpRequest.newBuilder(server.resolve("/" + mutual + "/mot-de-passe")).GET());
        return this;
    }

    /** The step the page shows ({@code identify}, {@code send}, {@code code}, {@code new-password}, {@code done}). */
    public String step() {
        var matcher = STEP.matcher(page);
        return matcher.find() ? matcher.group(1) : "none";
    }

    /** From now on, an answer other than 200 is kept (see {@link #status()}) rather than thrown. */
    public ResetWizardClient acceptingAnyStatus() {
        anyStatus = true;
        return this;
    }

    /**
     * From now on, steps are posted as PrimeFaces' ajax requests ({@code Faces-Request:
     * partial/ajax}, rendering the form): {@link #page()} is then the partial response.
     */
    public ResetWizardClient byAjax() {
        ajax = true;
        return this;
    }

    /** The status of the last answer. */
    public int status() {
        return status;
    }

    /** The page last answered. */
    public String page() {
        return page;
    }

    public ResetWizardClient identify(String number) {
        return post("identify-submit", Map.of("reset:number", number));
    }

    public ResetWizardClient sendCode() {
        return post("send-submit", Map.of());
    }

    public ResetWizardClient typeCode(String code) {
        return post("code-submit", Map.of("reset:activation-code", code));
    }

    /** The new password twice and the right picture of the page's challenge (asked through the support module). */
    public ResetWizardClient choosePassword(String password) {
        var challenge = find(CHALLENGE);
        var answer = Http.get(server.resolve(Deployments.SUPPORT_CONTEXT + "/challenge-answer?id=" + challenge).toString()).body();
        var fields = new LinkedHashMap<String, String>();
        fields.put("reset:password", password);
        fields.put("reset:confirmation", password);
        fields.put("challenge", challenge);
        fields.put("answer", answer);
        return post("password-submit", fields);
    }

    private ResetWizardClient post(String button, Map<String, String> fields) {
        var form = new LinkedHashMap<String, String>();
        form.put("reset", "reset");
        form.putAll(fields);
        form.put("reset:" + button, "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE));
        form.put("primefaces.nonce", find(NONCE));
        var request = HttpRequest.newBuilder(server.resolve(find(ACTION)))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8");
        if (ajax) {
            form.remove("reset:" + button);
            form.put("jakarta.faces.partial.ajax", "true");
            form.put("jakarta.faces.source", "reset:" + button);
            form.put("jakarta.faces.partial.execute", "@all");
            form.put("jakarta.faces.partial.render", "reset");
            form.put("reset:" + button, "reset:" + button);
            request.header("Faces-Request", "partial/ajax");
        }
        request.POST(HttpRequest.BodyPublishers.ofString(Http.encode(form)));
        var answer = send(request);
        if (status == 200) {
            page = answer;
        } else {
            lastError = answer;
        }
        return this;
    }

    /** The last page that was not a 200, if any. */
    public String errorPage() {
        return lastError;
    }

    private String send(HttpRequest.Builder request) {
        request.timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", clientAddress).header("Accept-Language", "fr-FR");
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            status = response.statusCode();
            if (status != 200 && !anyStatus) {
                throw new IllegalStateException("the wizard answered " + response.statusCode() + ":\n" + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String find(Pattern pattern) {
        var matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in the wizard's page (step " + step() + "):\n" + page);
        }
        return matcher.group(1).replace("&amp;", "&");
    }
}
