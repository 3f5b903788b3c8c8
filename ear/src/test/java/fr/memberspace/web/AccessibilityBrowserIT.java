package fr.memberspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Accessibility;
import fr.memberspace.it.Browser;
import fr.memberspace.web.login.LoginPage;
import fr.memberspace.web.reset.ResetPasswordPage;
import fr.memberspace.web.space.SpacePage;

/**
 * WCAG 2.2 AA, checked: axe-core (WCAG 2.0, 2.1, 2.2, levels A and AA) and reflow at 320 px
 * on every page and every wizard step, errors shown, in French and in English; and what
 * axe cannot see: errors tied to their field and focused, the show / hide button's name in
 * the page's language, the checklist and the countdown said without flooding a screen reader.
 */
class AccessibilityBrowserIT extends AbstractBrowserIT {

    static final String PASSWORD = "Adherent#2026ok";

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr-FR", "en-GB"})
    void everyPageAndEveryWizardStepMeetsWcag22AA(String language) {
        var email = member("100001", "Louis");
        member("100002", "Chloé");
        password("100002", PASSWORD);
        browser.open(Browser.DESKTOP, language);
        var lang = language.substring(0, 2);
        var a11y = new Accessibility(browser);
        var login = new LoginPage(browser, mutual);
        var wizard = new ResetPasswordPage(browser, mutual);
        var space = new SpacePage(browser, mutual);

        login.open();
        a11y.audit(lang + "-login");
        login.fillIn("100002", "Wrong#Password1").pickWrongPicture().submit();
        login.awaitMessages();
        a11y.audit(lang + "-login-refused");
        login.open().withoutPictures();
        a11y.audit(lang + "-login-words");
        browser.go("/" + mutual + "/securite");
        a11y.audit(lang + "-security-advice");
        browser.go("/" + mutual + "/nulle-part");
        a11y.audit(lang + "-not-found");

        wizard.open();
        a11y.audit(lang + "-wizard-identify");
        wizard.typeNumber("12ab");
        browser.await(By.cssSelector("[id='reset:number'][aria-invalid='true']"));
        a11y.audit(lang + "-wizard-identify-invalid");
        wizard.identify("100001");
        a11y.audit(lang + "-wizard-send");
        wizard.sendCode();
        a11y.audit(lang + "-wizard-code");
        var code = code(email, 1);
        wizard.typeCode(code.equals("000000") ? "111111" : "000000");
        browser.await(By.cssSelector("[id='reset:activation-code'][aria-invalid='true']"));
        a11y.audit(lang + "-wizard-code-wrong");
        wizard.typeCode(code);
        wizard.awaitStep("new-password");
        wizard.typePassword("court");
        a11y.audit(lang + "-wizard-new-password");
        wizard.typePassword("Tournesol#Moulin2026");
        wizard.typeConfirmation("Tournesol#Moulin2027");
        wizard.pickRightPicture();
        wizard.submitPassword();
        browser.await(By.cssSelector("[id='reset:confirmation'][aria-invalid='true']"));
        a11y.audit(lang + "-wizard-new-password-refused");
        wizard.withoutPictures();
        a11y.audit(lang + "-wizard-new-password-words");
        wizard.typePassword("Tournesol#Moulin2026");
        wizard.typeConfirmation("Tournesol#Moulin2026");
        wizard.answerInWords(wizard.rightAnswer());
        wizard.submitPassword();
        wizard.awaitStep("done");
        a11y.audit(lang + "-wizard-done");

        login.signIn("100002", PASSWORD);
        space.greeting();
        a11y.audit(lang + "-space-home");
        space.toPasswordChange();
        a11y.audit(lang + "-space-change-password");
        space.typeCurrent("Wrong#Password1").typeNew("Tournesol#Moulin2026").typeConfirmation("Tournesol#Moulin2026")
                .submitChange();
        browser.await(By.cssSelector("[id='change:current'][aria-invalid='true']"));
        a11y.audit(lang + "-space-change-password-refused");
        space.typeCurrent(PASSWORD).typeNew("Tournesol#Moulin2026").typeConfirmation("Tournesol#Moulin2026")
                .submitChange();
        browser.await(By.cssSelector("#messages .message-info"));
        a11y.audit(lang + "-space-password-changed");

        assertThat(a11y.problems()).isEmpty();
    }

    @Test
    void anErrorIsTiedToItsFieldWhichGetsTheFocus() {
        member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        var wizard = new ResetPasswordPage(browser, mutual).open();

        wizard.typeNumber("12ab");

        var field = browser.await(By.cssSelector("[id='reset:number'][aria-invalid='true']"));
        assertThat(browser.focused()).isEqualTo(field);
        var described = field.getAttribute("aria-describedby");
        assertThat(browser.driver().findElement(By.id(described)).getText())
                .isEqualTo("Le numéro d'adhérent ne contient que des chiffres (20 au plus).");
    }

    @Test
    void aNewStepsHeadingGetsTheFocus() {
        member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        var wizard = new ResetPasswordPage(browser, mutual).startWith("100001");

        assertThat(browser.focused()).isEqualTo(wizard.stepHeading());
        assertThat(browser.focused().getText()).isEqualTo("Vous pouvez choisir de recevoir votre code d'activation par MAIL.");
        wizard.sendCode();
        browser.until(d -> browser.focused().getText().equals("Merci de saisir votre code d'activation"));
        assertThat(browser.focused().getAttribute("class")).contains("step-heading");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr-FR, Afficher le mot de passe, Masquer le mot de passe", "en-GB, Show password, Hide password"})
    void theShowPasswordButtonSaysWhatItWillDoInThePagesLanguage(String language, String show, String hide) {
        browser.open(Browser.PHONE, language);
        var login = new LoginPage(browser, mutual).open();
        var toggle = login.passwordToggle();
        login.passwordField().sendKeys("secret");

        assertThat(toggle.getTagName()).isEqualTo("button");
        assertThat(toggle.getAccessibleName()).isEqualTo(show);
        assertThat(login.passwordField().getAttribute("type")).isEqualTo("password");
        toggle.click();
        assertThat(toggle.getAccessibleName()).isEqualTo(hide);
        assertThat(login.passwordField().getAttribute("type")).isEqualTo("text");
        toggle.click();
        assertThat(toggle.getAccessibleName()).isEqualTo(show);
        assertThat(login.passwordField().getAttribute("type")).isEqualTo("password");
        assertThat(toggle.getSize().getWidth()).isGreaterThanOrEqualTo(24);
        assertThat(toggle.getSize().getHeight()).isGreaterThanOrEqualTo(24);
        assertThat(browser.driver().findElement(By.cssSelector("nav.languages")).getAttribute("aria-label"))
                .isEqualTo(language.startsWith("fr") ? "Langue" : "Language");
    }

    @Test
    void theChecklistIsSaidOnceTypingPausesNotOnEveryKeystroke() {
        var email = member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        var wizard = new ResetPasswordPage(browser, mutual).startWith("100001").sendCode();
        wizard.typeCode(code(email, 1));
        wizard.awaitStep("new-password");
        var status = wizard.checklistStatus();
        assertThat(status.getAttribute("role")).isEqualTo("status");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "window.changes = 0; new MutationObserver(function () { window.changes++; })"
                        + ".observe(arguments[0], {childList: true, characterData: true, subtree: true});", status);

        wizard.passwordField().sendKeys("Tournesol#Moulin2026");

        browser.until(d -> !status.getAttribute("textContent").isEmpty());
        assertThat(status.getAttribute("textContent")).isEqualTo("Règles encore à respecter : Confirmation identique");
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.changes;")).intValue())
                .isEqualTo(1);
        assertThat(browser.driver().findElement(By.id("checklist")).getAttribute("aria-live")).isNull();
    }

    @Test
    void theCodeCooldownIsATimerToReadThatSpeaksOnceWhenItRunsOut() {
        var email = member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        var wizard = new ResetPasswordPage(browser, mutual).startWith("100001").sendCode();
        assertThat(wizard.resendTimer().getAttribute("role")).isEqualTo("timer"); // not live: read on demand
        assertThat(wizard.resendTimer().getText()).matches("Vous pourrez demander un nouveau code dans [0-9]+ secondes\\.");
        assertThat(wizard.resendReady().getAttribute("textContent")).isEmpty();

        clockAhead(57); // 3 s left when the step is shown again
        var code = code(email, 1);
        wizard.typeCode(code.equals("000000") ? "111111" : "000000");
        browser.until(d -> wizard.resendTimer().getText().matches(".* [1-3] secondes?\\."));

        browser.until(d -> wizard.resendReady().getAttribute("textContent")
                .equals("Vous pouvez maintenant demander un nouveau code."));
        assertThat(wizard.resendReady().getAttribute("role")).isEqualTo("status");
        assertThat(wizard.resendTimer().getText()).isEqualTo("Vous pouvez maintenant demander un nouveau code.");
    }
}
