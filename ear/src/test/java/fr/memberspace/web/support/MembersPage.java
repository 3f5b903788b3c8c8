package fr.memberspace.web.support;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import fr.memberspace.it.Browser;

/** The support desk's search (/admin/members) and a member's page (/admin/member), as an agent uses them. */
public final class MembersPage {

    private final Browser browser;

    public MembersPage(Browser browser) {
        this.browser = browser;
    }

    public MembersPage open() {
        browser.go("/admin/members");
        browser.await(By.id("search:go"));
        return this;
    }

    /** Searches a mutual (by its code) for this text; the results table shows. */
    public MembersPage search(String mutual, String text) {
        new Select(browser.await(By.id("search:mutual"))).selectByValue(mutual);
        browser.type(By.id("search:text"), text);
        browser.click(By.id("search:go"));
        browser.await(By.id("search:results"));
        return this;
    }

    /** Searches with a text the browser's maxlength would cut: set as a forged form would send it. */
    public MembersPage searchRaw(String mutual, String text) {
        new Select(browser.await(By.id("search:mutual"))).selectByValue(mutual);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.getElementById('search:text'); f.removeAttribute('maxlength'); f.value = arguments[0];", text);
        browser.click(By.id("search:go"));
        return this;
    }

    /** The member numbers the table shows. */
    public List<String> numbers() {
        return browser.driver().findElements(By.cssSelector("#search\\:results a.member-link")).stream()
                .map(WebElement::getText).toList();
    }

    /** The mutual codes the search form offers. */
    public List<String> mutuals() {
        return new Select(browser.await(By.id("search:mutual"))).getOptions().stream()
                .map(option -> option.getAttribute("value")).filter(value -> !value.isEmpty()).toList();
    }

    /** Opens a member's page from the results. */
    public MemberSupportPage openMember(String number) {
        browser.click(By.linkText(number));
        browser.await(By.id("member"));
        return new MemberSupportPage(browser);
    }

    /** Opens a member's page by its address. */
    public MemberSupportPage openMemberByUrl(String mutual, String number) {
        browser.go("/admin/member?mutual=" + java.net.URLEncoder.encode(mutual, java.nio.charset.StandardCharsets.UTF_8)
                + "&number=" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8));
        browser.await(By.id("member"));
        return new MemberSupportPage(browser);
    }

    /** A member's page. */
    public static final class MemberSupportPage {

        private final Browser browser;

        MemberSupportPage(Browser browser) {
            this.browser = browser;
        }

        public String fact(String id) {
            return browser.await(By.id(id)).getText();
        }

        public boolean shown() {
            return !browser.driver().findElements(By.id("facts")).isEmpty();
        }

        public String messages() {
            return browser.driver().findElement(By.id("messages")).getText();
        }

        /** Clicks an action's button ({@code unlock}, {@code renew}, {@code invite}), confirms it, awaits its message. */
        public void act(String action, String doneMessage) {
            browser.click(By.id("member:" + action));
            confirm();
            browser.awaitText(doneMessage);
        }

        public void correctEmail(String address, String doneMessage) {
            browser.type(By.id("member:new-email"), address);
            browser.click(By.id("member:correct-email"));
            confirm();
            browser.awaitText(doneMessage);
        }

        /** The confirmation dialog shows; the agent confirms. */
        public void confirm() {
            browser.until(d -> d.findElement(By.id("member:confirm-yes")).isDisplayed());
            browser.click(By.id("member:confirm-yes"));
        }
    }
}
