package fr.memberspace.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Browser;
import fr.memberspace.web.login.LoginPage;
import fr.memberspace.web.reset.ResetPasswordPage;
import fr.memberspace.web.space.SpacePage;

/**
 * A member who uses only the keyboard: signs in with an old password (the pictures as a
 * radio group: Tab, arrows), is sent through the whole wizard (a wrong code first, then the
 * right one, the new password with its show button and the pictures again), signs in with
 * the new password and signs out. Nothing is clicked; every key goes to the focused element.
 */
class KeyboardBrowserIT extends AbstractBrowserIT {

    static final String OLD = "Ancien#Passe2024";
    static final String NEW = "Tournesol#Moulin2026";

    /** Enough Tab presses to cross any of the pages. */
    static final int MOST_TABS = 20;

    @Test
    void signInTheWholeWizardAndSignOutWithTheKeyboardOnly() {
        var email = member("193592", "Louis");
        mustRenew("193592", OLD);
        browser.open(Browser.DESKTOP, "fr-FR");
        var login = new LoginPage(browser, mutual).open();
        var wizard = new ResetPasswordPage(browser, mutual);

        // sign-in: the number field has the focus when the page opens
        signInWithKeys(login, "193592", OLD);

        // the wizard, step send: from the top of the page to its button
        wizard.awaitStep("send");
        tabTo("the send button", e -> "reset:send-submit".equals(e.getAttribute("id")));
        browser.press(Keys.ENTER);

        // step code: the focus is on the step's heading, the field is next
        wizard.awaitStep("code");
        browser.until(d -> isStepHeading(browser.focused()));
        assertThat(browser.focused().getText()).isEqualTo("Merci de saisir votre code d'activation");
        browser.press(Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("reset:activation-code");
        var code = code(email, 1);
        browser.press(code.equals("000000") ? "111111" : "000000", Keys.ENTER);

        // a wrong code: the focus is back on the field, marked invalid and described by the error
        browser.until(d -> "true".equals(browser.focused().getAttribute("aria-invalid")));
        var field = browser.focused();
        assertThat(field.getAttribute("id")).isEqualTo("reset:activation-code");
        assertThat(field.getAttribute("aria-describedby")).contains("reset:activation-code-error");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("reset:activation-code-error")).getText())
                .isEqualTo("Code incorrect. Il vous reste 4 essais.");
        assertThat(field.getAttribute("value")).isEmpty(); // a wrong code is not shown again
        browser.press(code, Keys.ENTER);

        // step new-password: heading, password, its show button, confirmation, its button, pictures
        wizard.awaitStep("new-password");
        browser.until(d -> isStepHeading(browser.focused()));
        browser.press(Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("reset:password");
        browser.press(NEW, Keys.TAB);
        assertThat(browser.focused().getAccessibleName()).isEqualTo("Afficher le mot de passe");
        browser.press(Keys.SPACE);
        assertThat(wizard.passwordField().getAttribute("type")).isEqualTo("text");
        assertThat(browser.focused().getAccessibleName()).isEqualTo("Masquer le mot de passe");
        browser.press(Keys.SPACE, Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("reset:confirmation");
        browser.press(NEW, Keys.TAB, Keys.TAB);
        pickThePictureWithArrows(wizard.rightAnswer());
        tabTo("the submit button", e -> "reset:password-submit".equals(e.getAttribute("id")));
        browser.press(Keys.ENTER);

        // done: the heading says so, the next stop is the way back to the sign-in page
        wizard.awaitStep("done");
        browser.until(d -> isStepHeading(browser.focused()));
        assertThat(browser.focused().getText()).isEqualTo("Votre nouveau mot de passe est créé, vous pouvez vous connecter");
        browser.press(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Se connecter");
        browser.press(Keys.ENTER);

        // sign in with the new password, then sign out
        login.awaitShown();
        signInWithKeys(login, "193592", NEW);
        assertThat(new SpacePage(browser, mutual).greeting()).isEqualTo("Bonjour Louis");
        tabTo("the sign-out button", e -> "home:sign-out".equals(e.getAttribute("id")));
        browser.press(Keys.ENTER);
        login.awaitShown();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + mutual + "/");
    }

    private void signInWithKeys(LoginPage login, String number, String password) {
        var answer = login.rightPictureId();
        browser.until(d -> "login:number".equals(browser.focused().getAttribute("id")));
        browser.press(number, Keys.TAB);
        assertThat(browser.focused().getAttribute("id")).isEqualTo("login:password");
        browser.press(password, Keys.TAB);
        assertThat(browser.focused().getAccessibleName()).isEqualTo("Afficher le mot de passe");
        browser.press(Keys.TAB);
        pickThePictureWithArrows(answer);
        tabTo("the sign-in button", e -> "login:sign-in".equals(e.getAttribute("id")));
        browser.press(Keys.ENTER);
    }

    /** From the first picture of the group, the arrows move the choice to the right one. */
    private void pickThePictureWithArrows(String answer) {
        assertThat(browser.focused().getAttribute("type")).isEqualTo("radio");
        browser.press(Keys.SPACE);
        for (int i = 0; i < 8 && !answer.equals(browser.focused().getAttribute("value")); i++) {
            browser.press(Keys.ARROW_RIGHT);
        }
        assertThat(browser.focused().getAttribute("value")).isEqualTo(answer);
        assertThat(browser.focused().isSelected()).isTrue();
    }

    private void tabTo(String what, Predicate<WebElement> reached) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (reached.test(browser.focused())) {
                return;
            }
            browser.press(Keys.TAB);
        }
        throw new AssertionError(what + " is not reached with " + MOST_TABS + " presses of Tab");
    }

    private static boolean isStepHeading(WebElement element) {
        return "h2".equals(element.getTagName()) && element.getAttribute("class").contains("step-heading");
    }
}
