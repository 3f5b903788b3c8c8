package fr.memberspace.web.reset;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import fr.memberspace.it.Browser;
import fr.memberspace.it.PageObject;
import fr.memberspace.it.ChallengeAnswers;

/**
 * The reset and first-connection wizard ({@code /{mutual}/mot-de-passe}): one page whose
 * form says its step in {@code data-step} (identify, send, code, new-password, done).
 */
public final class ResetPasswordPage extends PageObject {

    static final By FORM = By.id("reset");
    static final By NUMBER = By.id("reset:number");
    static final By CODE = By.id("reset:activation-code");
    static final By PASSWORD = By.cssSelector("input[id='reset:password']");
    static final By CONFIRMATION = By.cssSelector("input[id='reset:confirmation']");

    public ResetPasswordPage(Browser browser, String mutual) {
        super(browser, mutual);
    }

    /** Opens the wizard at its first step, by the sign-in page's link as a member does. */
    public ResetPasswordPage open() {
        browser.go("/" + mutual + "/");
        browser.click(By.id("forgotten"));
        awaitStep("identify");
        return this;
    }

    /** Opens the wizard by its address. */
    public ResetPasswordPage openDirectly() {
        browser.go("/" + mutual + "/mot-de-passe");
        awaitStep("identify");
        return this;
    }

    public void awaitStep(String step) {
        browser.until(d -> step.equals(d.findElement(FORM).getAttribute("data-step")));
    }

    /** Step identify: types the number and goes on to the send step. */
    public ResetPasswordPage identify(String number) {
        typeNumber(number);
        awaitStep("send");
        return this;
    }

    /** Step identify: types the number and submits it, whatever comes of it. */
    public void typeNumber(String number) {
        browser.type(NUMBER, number);
        browser.click(By.id("reset:identify-submit"));
    }

    /** Opens the wizard and identifies. */
    public ResetPasswordPage startWith(String number) {
        return open().identify(number);
    }

    public String maskedEmail() {
        return browser.await(By.id("masked-email")).getText();
    }

    public String memberNumber() {
        return browser.await(By.id("member-number")).getText();
    }

    /** The renewal notice of a member sent here by the sign-in page. */
    public String renewalNotice() {
        return browser.await(By.className("renewal")).getText();
    }

    /** Step send: "Recevoir mon code par MAIL", then the code step. */
    public ResetPasswordPage sendCode() {
        browser.click(By.id("reset:send-submit"));
        awaitStep("code");
        return this;
    }

    public WebElement sendButton() {
        return browser.await(By.id("reset:send-submit"));
    }

    /** "Ce n'est pas mon numéro". */
    public void notMyNumber() {
        browser.click(By.id("reset:restart"));
    }

    /** Step code: types the code and submits it, whatever comes of it. */
    public void typeCode(String code) {
        browser.type(CODE, code);
        browser.click(By.id("reset:code-submit"));
    }

    /** Step code: "Renvoyer le code". */
    public void resend() {
        browser.click(By.id("reset:resend"));
    }

    public WebElement codeField() {
        return browser.await(CODE);
    }

    public WebElement passwordField() {
        return browser.await(PASSWORD);
    }

    public void typePassword(String password) {
        browser.type(PASSWORD, password);
    }

    public void typeConfirmation(String confirmation) {
        browser.type(CONFIRMATION, confirmation);
    }

    /** Step new-password: the password twice, the right picture, "Valider". */
    public void choosePassword(String password) {
        typePassword(password);
        typeConfirmation(password);
        ChallengeAnswers.clickRightPicture(browser);
        submitPassword();
    }

    public void pickRightPicture() {
        ChallengeAnswers.clickRightPicture(browser);
    }

    public void pickWrongPicture() {
        ChallengeAnswers.click(browser, ChallengeAnswers.aWrongPicture(browser));
    }

    public void submitPassword() {
        browser.click(By.id("reset:password-submit"));
    }

    /** "Je ne peux pas voir les images" on the new-password step. */
    public void withoutPictures() {
        browser.click(By.id("reset:without-pictures"));
        browser.await(By.id("answer"));
    }

    /** Answers the question in words (the challenge of a member who cannot see the pictures). */
    public void answerInWords(String answer) {
        browser.type(By.id("answer"), answer);
    }

    /** The right answer to the challenge shown (a picture's id, or the word of a question). */
    public String rightAnswer() {
        return ChallengeAnswers.rightPicture(browser);
    }

    /** The countdown before another code may be asked for. */
    public WebElement resendTimer() {
        return browser.await(By.id("resend-wait"));
    }

    /** The polite status that says, once, that another code may be asked for. */
    public WebElement resendReady() {
        return browser.present(By.id("resend-ready"));
    }

    /** The polite status that sums the checklist up once typing pauses. */
    public WebElement checklistStatus() {
        return browser.present(By.id("checklist-status"));
    }

    /** The state of one rule in the live checklist: met, unmet or server. */
    public String checklist(String rule) {
        return browser.await(By.cssSelector("#checklist li[data-rule='" + rule + "']")).getAttribute("class");
    }

    /** The text of the current step's panel. */
    public String stepText(String step) {
        return browser.await(By.id(step)).getText();
    }

    /** The heading of the current step (the focus goes there when the step changes). */
    public WebElement stepHeading() {
        return browser.await(By.cssSelector(".step-heading"));
    }
}
