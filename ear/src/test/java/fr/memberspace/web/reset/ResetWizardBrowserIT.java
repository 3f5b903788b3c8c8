package fr.memberspace.web.reset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.interactions.Actions;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Browser;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.web.login.LoginPage;

/**
 * The reset and first-connection wizard as a member walks it in Chromium: the code read
 * from the real e-mail (GreenMail), wrong and expired codes, the cooldown, the live
 * checklist, a phone-sized window in English, two tabs, and what an unknown number sees.
 */
class ResetWizardBrowserIT extends AbstractBrowserIT {

    static final String NEW_PASSWORD = "Tournesol#Moulin2026";

    ResetPasswordPage wizard;

    @BeforeEach
    void theWizard() {
        wizard = new ResetPasswordPage(browser, mutual);
    }

    @Test
    void aFirstConnectionMemberChoosesAPasswordWithTheCodeFromTheEmail() {
        var email = member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");

        wizard.startWith("100001");
        assertThat(wizard.maskedEmail()).matches("m\\*+[a-z0-9]@example\\.org");
        assertThat(browser.driver().getPageSource()).contains("Vous pouvez choisir de recevoir votre code d'activation par MAIL.");
        browser.screenshot("wizard-1-send-fr");

        wizard.sendCode();
        var code = code(email, 1);
        browser.awaitText("Un code d'activation a été envoyé à");
        browser.screenshot("wizard-2-code-fr");
        wizard.typeCode(code);
        wizard.awaitStep("new-password");

        var password = wizard.passwordField();
        assertThat(password.getAttribute("autocomplete")).isEqualTo("new-password");
        password.sendKeys("court");
        assertThat(wizard.checklist("password.minimumLength")).isEqualTo("unmet");
        password.sendKeys("-Tournesol#2026");
        assertThat(wizard.checklist("password.minimumLength")).isEqualTo("met");
        assertThat(wizard.checklist("password.characterClasses")).isEqualTo("met");
        assertThat(wizard.checklist("password.confirmationMatches")).isEqualTo("unmet");
        assertThat(wizard.checklist("password.notCommon")).isEqualTo("server");
        assertThat(wizard.stepText("new-password"))
                .contains("Le mot de passe doit avoir au moins 12 caractères avec 3 des 4 types suivants : "
                        + "Majuscule, minuscule, chiffre et caractères spéciaux")
                .contains("Caractères interdits : Apostrophe ', Pourcent %, Antislash \\, et underscore _");
        browser.screenshot("wizard-3-new-password-fr");

        // a wrong picture: refused, nothing changed, a new challenge
        wizard.typeConfirmation("court-Tournesol#2026");
        wizard.pickWrongPicture();
        wizard.submitPassword();
        browser.awaitText("Image incorrecte");
        assertThat(signInOutcome("100001", "court-Tournesol#2026")).isEqualTo("Refused");

        wizard.choosePassword(NEW_PASSWORD);
        wizard.awaitStep("done");
        assertThat(wizard.stepText("done"))
                .contains("Votre nouveau mot de passe est créé, vous pouvez vous connecter")
                .contains("N'oubliez pas de noter votre nouveau mot de passe !");
        browser.screenshot("wizard-4-done-fr");
        assertThat(signInOutcome("100001", NEW_PASSWORD)).isEqualTo("SignedIn");
    }

    @Test
    void aMutualWhoseNumbersHoldLettersLetsTheMemberTypeThemInAnyCase() {
        Http.support("number-format", java.util.Map.of("mutual", mutual, "format", "LETTERS_AND_DIGITS"));
        var email = member("AB1234", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");

        wizard.startWith("ab1234");
        assertThat(wizard.maskedEmail()).matches("m\\*+[a-z0-9]@example\\.org");
        wizard.sendCode();
        wizard.typeCode(code(email, 1));
        wizard.awaitStep("new-password");
        wizard.choosePassword(NEW_PASSWORD);
        wizard.awaitStep("done");
        browser.screenshot("wizard-letters-done-fr");

        assertThat(signInOutcome("ab1234", NEW_PASSWORD)).isEqualTo("SignedIn");
        assertThat(signInOutcome("AB1234", NEW_PASSWORD)).isEqualTo("SignedIn");
    }

    @Test
    void lettersAreRefusedWhereTheMutualsNumbersAreDigits() {
        member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        wizard.open().typeNumber("AB1234");
        browser.awaitText("ne contient que des chiffres");
        assertThat(browser.driver().findElement(org.openqa.selenium.By.id("reset:number")).getAttribute("aria-invalid"))
                .isEqualTo("true");
    }

    @Test
    void aMemberWhoMustRenewResetsOnAPhoneInEnglish() {
        var email = member("193592", "Louis");
        mustRenew("193592", "Ancien#Passe2024");
        browser.open(Browser.PHONE, "en-GB");

        wizard.startWith("193592");
        assertThat(browser.driver().getPageSource()).contains("You can receive your activation code by E-MAIL.");
        wizard.sendCode();
        wizard.typeCode(code(email, 1));
        wizard.awaitStep("new-password");
        browser.screenshot("wizard-3-new-password-en-phone");

        wizard.choosePassword("Ancien#Passe2024");
        browser.awaitText("You used this password recently");
        wizard.choosePassword(NEW_PASSWORD);
        wizard.awaitStep("done");
        assertThat(wizard.stepText("done")).contains("Your new password is set");
        browser.screenshot("wizard-4-done-en-phone");
        assertThat(signInOutcome("193592", NEW_PASSWORD)).isEqualTo("SignedIn");
        assertThat(signInOutcome("193592", "Ancien#Passe2024")).isEqualTo("Refused");
    }

    @Test
    void wrongAndExpiredCodesAreRefusedWithAClearMessageAndTheCooldownIsShown() {
        var email = member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        wizard.startWith("100001").sendCode();
        var code = code(email, 1);

        wizard.typeCode(code.equals("000000") ? "111111" : "000000");
        browser.awaitText("Code incorrect. Il vous reste 4 essais.");

        wizard.resend();
        browser.awaitText("Un code vient de vous être envoyé. Vous pourrez en demander un nouveau dans");

        clockAhead(660);
        wizard.typeCode(code);
        browser.awaitText("Ce code a expiré : demandez un nouveau code.");

        wizard.resend();
        wizard.typeCode(code(email, 2));
        wizard.awaitStep("new-password");
    }

    @Test
    void anUnknownNumberSeesTheSamePagesAndNoMailIsSent() {
        member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        wizard.startWith("100001");
        var known = normalised(browser.driver().getPageSource());
        var knownMask = wizard.maskedEmail();

        wizard.startWith("100009");
        var unknownMask = wizard.maskedEmail();
        var unknown = normalised(browser.driver().getPageSource());
        assertThat(unknownMask).matches("[a-z0-9]\\*{3,8}[a-z0-9]?@[a-z.]+");
        assertThat(unknown.replace(unknownMask, "MASK").replace("100009", "NUMBER"))
                .isEqualTo(known.replace(knownMask, "MASK").replace("100001", "NUMBER"));

        wizard.sendCode();
        browser.awaitText("Un code d'activation a été envoyé à " + unknownMask);
        wizard.typeCode("123456");
        browser.awaitText("Code incorrect. Il vous reste 4 essais.");
        assertThat(Http.get(Deployments.SUPPORT_CONTEXT + "/outbox?mutual=" + mutual + "&number=100009").body()).isEmpty();
    }

    @Test
    void aDoubleClickSendsOneCodeAndTwoTabsEachSeeTheirOwnStep() {
        var email = member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        wizard.startWith("100001");
        new Actions(browser.driver()).doubleClick(wizard.sendButton()).perform();
        wizard.awaitStep("code");
        var first = code(email, 1);
        // the second click's request, if any, has been answered: PrimeFaces queues requests one after the other
        browser.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
        assertThat(Http.get(Deployments.SUPPORT_CONTEXT + "/outbox?mutual=" + mutual + "&number=100001").body())
                .isEqualTo("SENT");

        var firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        clockAhead(61);
        wizard.startWith("100001").sendCode();
        var second = code(email, 2);
        var secondTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(firstTab);
        if (!first.equals(second)) {
            wizard.typeCode(first);
            browser.awaitText("Code incorrect.");
        }
        browser.driver().switchTo().window(secondTab);
        wizard.typeCode(second);
        wizard.awaitStep("new-password");
    }

    @Test
    void theBackAndForwardButtonsAfterSuccessShowNothingOldAndAFreshWizard() {
        var email = member("100001", "Louis");
        browser.open(Browser.DESKTOP, "fr-FR");
        wizard.startWith("100001").sendCode();
        wizard.typeCode(code(email, 1));
        wizard.awaitStep("new-password");
        wizard.choosePassword(NEW_PASSWORD);
        wizard.awaitStep("done");

        // the wizard is one page updated in place: back leaves it for the sign-in page
        browser.driver().navigate().back();
        new LoginPage(browser, mutual).awaitShown();
        assertThat(browser.driver().getPageSource()).doesNotContain("100001");
        // and forward fetches it again (never cached): a fresh wizard, nothing of the old one
        browser.driver().navigate().forward();
        wizard.awaitStep("identify");
        assertThat(browser.driver().getPageSource()).doesNotContain("100001").doesNotContain("@example.org");
    }

    /** The page without what differs between any two renderings (view state, generated ids, script nonce). */
    static String normalised(String html) {
        return html.replaceAll("value=\"[^\"]*:[0-9-]+:[0-9-]+\"", "value=\"STATE\"")
                .replaceAll("jakarta\\.faces\\.ViewState[^>]*value=\"[^\"]*\"", "VIEWSTATE")
                .replaceAll("j_idt[0-9]+", "ID")
                .replaceAll("nonce=\"[^\"]*\"", "nonce")
                .replaceAll("(name=\"primefaces\\.nonce\"[^>]*value=)\"[^\"]*\"", "$1NONCE")
                .replaceAll("csp\\.init\\('[^']*'\\)", "csp.init(NONCE)");
    }
}
