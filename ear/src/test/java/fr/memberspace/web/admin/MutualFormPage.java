package fr.memberspace.web.admin;

import org.openqa.selenium.By;

import fr.memberspace.it.Browser;

/** The back-office's mutuals: the table ({@code /admin/mutuals}) and a mutual's form ({@code /admin/mutual}). */
public final class MutualFormPage {

    static final By TABLE = By.id("mutuals:table");
    static final By CNIL = By.id("mutual:cnil");

    private final Browser browser;

    public MutualFormPage(Browser browser) {
        this.browser = browser;
    }

    /** The table of mutuals, by the menu as an administrator reaches it. */
    public String table() {
        browser.go("/admin/mutuals");
        return browser.await(TABLE).getText();
    }

    /** The form of a new mutual, by the table's link. */
    public MutualFormPage openNew() {
        table();
        browser.click(By.id("mutuals:create"));
        browser.await(By.id("mutual:code"));
        return this;
    }

    public MutualFormPage openEdit(String code) {
        browser.go("/admin/mutual?code=" + code);
        browser.await(CNIL);
        return this;
    }

    public MutualFormPage type(String field, String value) {
        browser.type(By.id("mutual:" + field), value);
        return this;
    }

    /** Saves, answering the confirmation dialog. */
    public void save() {
        browser.click(By.id("mutual:save"));
        browser.click(By.id("mutual:confirm-yes"));
    }

    /** The error under a field, once shown. */
    public String errorOf(String field) {
        return browser.until(d -> {
            var text = d.findElement(By.id("mutual:" + field + "-error")).getText();
            return text.isBlank() ? null : text;
        });
    }

    public String cnil() {
        return browser.await(CNIL).getText();
    }

    /** Waits for the CNIL line to say this. */
    public void awaitCnil(String text) {
        browser.until(d -> d.findElement(CNIL).getText().contains(text));
    }
}
