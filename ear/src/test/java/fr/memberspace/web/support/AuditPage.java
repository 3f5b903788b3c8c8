package fr.memberspace.web.support;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;

/** The audit trail's page (/admin/audit) as an agent uses it. */
public final class AuditPage {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Browser browser;

    public AuditPage(Browser browser) {
        this.browser = browser;
    }

    public AuditPage open() {
        browser.go("/admin/audit");
        browser.await(By.id("audit:go"));
        return this;
    }

    /** Types these filters ({@code number}, {@code from}, {@code to}: the fields' ids) and applies them. */
    public AuditPage filter(Map<String, String> fields) {
        fields.forEach((id, value) -> ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.getElementById('audit:' + arguments[0]); f.type = 'text'; f.value = arguments[1];",
                id, value));
        browser.click(By.id("audit:go"));
        return this;
    }

    /** Sends an event type the list does not offer (as a forged form would). */
    public void forgeType(String type) {
        ((JavascriptExecutor) browser.driver()).executeScript(
                "var s = document.getElementById('audit:type'); var o = document.createElement('option');"
                        + " o.value = arguments[0]; o.text = arguments[0]; s.appendChild(o); s.value = arguments[0];", type);
        browser.click(By.id("audit:go"));
    }

    /** The event types of the table's rows. */
    public List<String> types() {
        return browser.driver().findElements(By.cssSelector("#audit\\:lines tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * The CSV export as the page's button posts it, over HTTP with the browser's session: the
     * page's view state and these fields (full ids).
     */
    public HttpResponse<String> csv(Map<String, String> fields) {
        var cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var page = Http.get("/admin/audit", "Cookie", cookie);
        var state = VIEW_STATE.matcher(page.body());
        if (!state.find()) {
            throw new AssertionError("no view state in " + page.body());
        }
        var form = new LinkedHashMap<String, String>();
        form.put("audit", "audit");
        form.putAll(fields);
        form.put("audit:csv", "csv");
        form.put("jakarta.faces.ViewState", state.group(1));
        form.put("primefaces.nonce", Http.pageNonce(page.body()));
        return Http.post("/admin/audit", form, "Cookie", cookie, "Sec-Fetch-Site", "same-origin",
                "Origin", Http.BASE.toString());
    }
}
