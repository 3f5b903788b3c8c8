package fr.memberspace.web.space;

import org.openqa.selenium.By;

import fr.memberspace.it.Browser;
import fr.memberspace.it.PageObject;

/** The member space of a signed-in member: home ({@code /{mutual}/espace/}) and changing the password. */
public final class SpacePage extends PageObject {

    static final By GREETING = By.id("greeting");
    static final By CURRENT = By.cssSelector("input[id='change:current']");
    static final By PASSWORD = By.cssSelector("input[id='change:password']");
    static final By CONFIRMATION = By.cssSelector("input[id='change:confirmation']");

    public SpacePage(Browser browser, String mutual) {
        super(browser, mutual);
    }

    /** Asks for the home page; a member who is not signed in is sent to the sign-in page instead. */
    public void open() {
        browser.go("/" + mutual + "/espace/");
    }

    /** "Bonjour Chloé", once the home page is shown. */
    public String greeting() {
        return browser.await(GREETING).getText();
    }

    public String memberNumber() {
        return browser.await(By.id("member-number")).getText();
    }

    public void signOut() {
        browser.click(By.id("home:sign-out"));
    }

    /** From home, "Changer mon mot de passe". */
    public SpacePage toPasswordChange() {
        browser.click(By.id("change-password"));
        browser.await(CURRENT);
        return this;
    }

    public SpacePage typeCurrent(String current) {
        browser.type(CURRENT, current);
        return this;
    }

    public SpacePage typeNew(String password) {
        browser.type(PASSWORD, password);
        return this;
    }

    public SpacePage typeConfirmation(String confirmation) {
        browser.type(CONFIRMATION, confirmation);
        return this;
    }

    public void submitChange() {
        browser.click(By.id("change:change-submit"));
    }

    /** The state of one rule in the live checklist: met, unmet or server. */
    public String checklist(String rule) {
        return browser.await(By.cssSelector("#checklist li[data-rule='" + rule + "']")).getAttribute("class");
    }
}
