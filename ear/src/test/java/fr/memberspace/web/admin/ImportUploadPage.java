package fr.memberspace.web.admin;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;

/** The member imports' page (/admin/imports) as an administrator uses it. */
public final class ImportUploadPage {

    static final By MUTUAL = By.id("imports:mutual");
    static final By FILE = By.cssSelector("#imports input[type=file]");
    static final By INVITE = By.id("imports:invite");
    static final By UPLOAD = By.id("imports:upload");
    static final By RUNS = By.cssSelector("#follow\\:runs tbody tr");

    private final Browser browser;

    public ImportUploadPage(Browser browser) {
        this.browser = browser;
    }

    public ImportUploadPage open(String mutual) {
        browser.go("/admin/imports" + (mutual == null ? "" : "?mutual=" + mutual));
        browser.await(UPLOAD);
        return this;
    }

    /** Chooses the mutual (its runs show), the file, invitations or not, and uploads. */
    public ImportUploadPage upload(String mutual, Path file, boolean invite) {
        new Select(browser.await(MUTUAL)).selectByValue(mutual);
        browser.present(FILE).sendKeys(file.toAbsolutePath().toString());
        if (invite != browser.await(INVITE).isSelected()) {
            browser.click(INVITE);
        }
        browser.click(UPLOAD);
        return this;
    }

    /** Text of a cell of the newest run: {@code state}, {@code created}, {@code refused}, {@code progress}, … */
    public String newest(String column) {
        return browser.await(By.cssSelector("#follow\\:runs tbody tr:first-child td.run-" + column)).getText()
                .replaceFirst("^[^:]*: ", "").strip();
    }

    /** The progress bar's value of the newest run (null while the total is unknown). */
    public String progressValue() {
        return browser.await(By.cssSelector("#follow\\:runs tbody tr:first-child td.run-progress progress"))
                .getDomAttribute("value");
    }

    /** Waits until the newest run shows this state (the page polls while it runs). */
    public void awaitNewestState(String state) {
        browser.until(d -> {
            var cells = d.findElements(By.cssSelector("#follow\\:runs tbody tr:first-child td.run-state"));
            return !cells.isEmpty() && cells.get(0).getText().contains(state);
        });
    }

    public List<String> fileNames() {
        return browser.driver().findElements(By.cssSelector("#follow\\:runs tbody tr td.run-file")).stream()
                .map(WebElement::getText).toList();
    }

    /** Downloads the newest run's refused rows as the link does, with the browser's session. */
    public HttpResponse<String> refusedRows() {
        var href = browser.await(By.cssSelector("#follow\\:runs tbody tr:first-child a.run-refused-link"))
                .getDomAttribute("href");
        return Http.get(href, "Cookie", "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
    }

    /** The error under a field ({@code mutual}, {@code file}). */
    public String errorOf(String field) {
        return browser.await(By.id("imports:" + field + "-error")).getText();
    }
}
