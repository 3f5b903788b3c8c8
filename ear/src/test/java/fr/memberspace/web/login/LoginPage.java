package fr.memberspace.web.login;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.memberspace.it.Browser;
import fr.memberspace.it.PageObject;
import fr.memberspace.it.ChallengeAnswers;

/** The sign-in page of a mutual ({@code /{mutual}/}), as a member sees and uses it. */
public final class LoginPage extends PageObject {

    static final By NUMBER = By.id("login:number");
    static final By PASSWORD = By.cssSelector("input[id='login:password']");
    static final By SIGN_IN = By.id("login:sign-in");
    static final By WORD_ANSWER = By.id("answer");

    public LoginPage(Browser browser, String mutual) {
        super(browser, mutual);
    }

    public LoginPage open() {
        browser.go("/" + mutual + "/");
        return awaitShown();
    }

    /** Waits until the browser shows this page (after a redirect, a sign-out, …). */
    public LoginPage awaitShown() {
        browser.await(NUMBER);
        return this;
    }

    public LoginPage fillIn(String number, String password) {
        browser.type(NUMBER, number);
        browser.type(PASSWORD, password);
        return this;
    }

    public LoginPage pickRightPicture() {
        ChallengeAnswers.clickRightPicture(browser);
        return this;
    }

    public LoginPage pickWrongPicture() {
        ChallengeAnswers.click(browser, ChallengeAnswers.aWrongPicture(browser));
        return this;
    }

    public void submit() {
        browser.click(SIGN_IN);
    }

    /** Opens the page, fills it in, picks the right picture and signs in. */
    public void signIn(String number, String password) {
        open().fillIn(number, password).pickRightPicture().submit();
    }

    /** "Je ne peux pas voir les images": the question in words instead. */
    public LoginPage withoutPictures() {
        browser.click(By.id("without-pictures"));
        browser.await(WORD_ANSWER);
        return this;
    }

    public String question() {
        return browser.await(By.cssSelector("label[for='answer']")).getText();
    }

    public LoginPage answer(String words) {
        browser.type(WORD_ANSWER, words);
        return this;
    }

    /** The sentence above the pictures. */
    public String challengeLegend() {
        return browser.await(By.tagName("legend")).getText();
    }

    /** The random id of the picture that answers the challenge (only the server knows it). */
    public String rightPictureId() {
        return ChallengeAnswers.rightPicture(browser);
    }

    /** Where the picture {@code pictureId} is served: the last segment of its image's address. */
    public String pictureAddress(String pictureId) {
        var src = browser.present(By.xpath("//input[@name='answer'][@value='" + pictureId + "']/following-sibling::img"))
                .getAttribute("src");
        return src.substring(src.lastIndexOf('/') + 1);
    }

    public void pickPicture(String pictureId) {
        ChallengeAnswers.click(browser, pictureId);
    }

    /** Waits for the page's messages (not tied to a field) and returns them. */
    public String awaitMessages() {
        return browser.await(By.cssSelector("#messages .message")).findElement(By.xpath("..")).getText();
    }

    /** "Mot de passe oublié, ou première connexion". */
    public void forgotten() {
        browser.click(By.id("forgotten"));
    }

    public WebElement passwordField() {
        return browser.await(PASSWORD);
    }

    /** The show / hide button of the password field. */
    public WebElement passwordToggle() {
        return browser.await(By.cssSelector("button.password-toggle[aria-controls='login:password']"));
    }

    public WebElement numberField() {
        return browser.await(NUMBER);
    }
}
