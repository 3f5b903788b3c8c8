package fr.memberspace.web.reset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Multipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.interactions.Actions;

import fr.memberspace.it.Browser;
import fr.memberspace.it.ChallengeAnswers;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Http;
import fr.memberspace.it.Mailboxes;

/**
 * The reset and first-connection wizard as a member walks it in Chromium: the code read
 * from the real e-mail (GreenMail), wrong and expired codes, the cooldown, the live
 * checklist, a phone-sized window in English, two tabs, and what an unknown number sees.
 */
@ExtendWith(ArquillianExtension.class)
class ResetWizardBrowserIT {

    static final String NEW_PASSWORD = "Tournesol#Moulin2026";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    String mutual;

    @BeforeEach
    void freshLimitsForTheBrowsersAddress() {
        // every browser test comes from 127.0.0.1: the limits per address would add up across tests
        Http.support("forget-address", Map.of("address", "127.0.0.1"));
    }

    @AfterEach
    void backToNow() {
        Http.support("clock", Map.of("seconds", "0"));
    }

    /** A new mutual with a member (no password yet); returns the member's e-mail address. */
    String member(String number) {
        mutual = Http.newMutual("Mutuelle du Test");
        var email = "m" + number + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        Http.support("members", Map.of("mutual", mutual, "number", number, "firstName", "Louis",
                "lastName", "Bernard", "email", email));
        return email;
    }

    void identify(String number) {
        browser.go("/" + mutual + "/");
        browser.click(By.id("forgotten"));
        browser.awaitStep("identify");
        browser.type(By.id("reset:number"), number);
        browser.click(By.id("reset:identify-submit"));
        browser.awaitStep("send");
    }

    String sendAndReadCode(String email) throws Exception {
        browser.click(By.id("reset:send-submit"));
        browser.awaitStep("code");
        return readCode(email, 1);
    }

    String readCode(String email, int nth) throws Exception {
        var deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            var mails = java.util.Arrays.stream(SMTP.getReceivedMessages())
                    .filter(m -> Mailboxes.recipientIs(m, email)).toList();
            if (mails.size() >= nth) {
                var text = (String) ((Multipart) mails.get(nth - 1).getContent()).getBodyPart(0).getContent();
                return Fixtures.codeIn(text);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail number " + nth + " to " + email);
    }

    void typeCode(String code) {
        browser.type(By.id("reset:activation-code"), code);
        browser.click(By.id("reset:code-submit"));
    }

    void choosePassword(String password) {
        browser.type(By.cssSelector("[id='reset:password'] input, input[id='reset:password']"), password);
        browser.type(By.cssSelector("[id='reset:confirmation'] input, input[id='reset:confirmation']"), password);
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("reset:password-submit"));
    }

    String signIn(String number, String password) {
        return Http.support("sign-in", Map.of("mutual", mutual, "number", number, "password", password));
    }

    @Test
    void aFirstConnectionMemberChoosesAPasswordWithTheCodeFromTheEmail() throws Exception {
        var email = member("100001");
        browser.open(Browser.DESKTOP, "fr-FR");

        identify("100001");
        assertThat(browser.await(By.id("masked-email")).getText()).matches("m\\*+[a-z0-9]@example\\.org");
        assertThat(browser.driver().getPageSource()).contains("Vous pouvez choisir de recevoir votre code d'activation par MAIL.");
        browser.screenshot("wizard-1-send-fr");

        var code = sendAndReadCode(email);
        browser.awaitText("Un code d'activation a été envoyé à");
        browser.screenshot("wizard-2-code-fr");
        typeCode(code);
        browser.awaitStep("new-password");

        var password = browser.await(By.cssSelector("input[id='reset:password']"));
        assertThat(password.getAttribute("autocomplete")).isEqualTo("new-password");
        password.sendKeys("court");
        assertThat(checklist("password.minimumLength")).isEqualTo("unmet");
        password.sendKeys("-Tournesol#2026");
        assertThat(checklist("password.minimumLength")).isEqualTo("met");
        assertThat(checklist("password.characterClasses")).isEqualTo("met");
        assertThat(checklist("password.confirmationMatches")).isEqualTo("unmet");
        assertThat(checklist("password.notCommon")).isEqualTo("server");
        assertThat(browser.await(By.id("new-password")).getText())
                .contains("Le mot de passe doit avoir au moins 12 caractères avec 3 des 4 types suivants : "
                        + "Majuscule, minuscule, chiffre et caractères spéciaux")
                .contains("Caractères interdits : Apostrophe ', Pourcent %, Antislash \\, et underscore _");
        browser.screenshot("wizard-3-new-password-fr");

        // a wrong picture: refused, nothing changed, a new challenge
        browser.type(By.cssSelector("input[id='reset:confirmation']"), "court-Tournesol#2026");
        ChallengeAnswers.click(browser, ChallengeAnswers.aWrongPicture(browser));
        browser.click(By.id("reset:password-submit"));
        browser.awaitText("Image incorrecte");
        assertThat(signIn("100001", "court-Tournesol#2026")).isEqualTo("Refused");

        choosePassword(NEW_PASSWORD);
        browser.awaitStep("done");
        assertThat(browser.await(By.id("done")).getText())
                .contains("Votre nouveau mot de passe est créé, vous pouvez vous connecter")
                .contains("N'oubliez pas de noter votre nouveau mot de passe !");
        browser.screenshot("wizard-4-done-fr");
        assertThat(signIn("100001", NEW_PASSWORD)).isEqualTo("SignedIn");
    }

    @Test
    void aMemberWhoMustRenewResetsOnAPhoneInEnglish() throws Exception {
        var email = member("193592");
        Http.support("renewal", Map.of("mutual", mutual, "number", "193592", "password", "Ancien#Passe2024"));
        browser.open(Browser.PHONE, "en-GB");

        identify("193592");
        assertThat(browser.driver().getPageSource()).contains("You can receive your activation code by E-MAIL.");
        var code = sendAndReadCode(email);
        typeCode(code);
        browser.awaitStep("new-password");
        browser.screenshot("wizard-3-new-password-en-phone");

        choosePassword("Ancien#Passe2024");
        browser.awaitText("You used this password recently");
        choosePassword(NEW_PASSWORD);
        browser.awaitStep("done");
        assertThat(browser.await(By.id("done")).getText()).contains("Your new password is set");
        browser.screenshot("wizard-4-done-en-phone");
        assertThat(signIn("193592", NEW_PASSWORD)).isEqualTo("SignedIn");
        assertThat(signIn("193592", "Ancien#Passe2024")).isEqualTo("Refused");
    }

    @Test
    void wrongAndExpiredCodesAreRefusedWithAClearMessageAndTheCooldownIsShown() throws Exception {
        var email = member("100001");
        browser.open(Browser.DESKTOP, "fr-FR");
        identify("100001");
        var code = sendAndReadCode(email);

        typeCode(code.equals("000000") ? "111111" : "000000");
        browser.awaitText("Code incorrect. Il vous reste 4 essais.");

        browser.click(By.id("reset:resend"));
        browser.awaitText("Un code vient de vous être envoyé. Vous pourrez en demander un nouveau dans");

        Http.support("clock", Map.of("seconds", "660"));
        typeCode(code);
        browser.awaitText("Ce code a expiré : demandez un nouveau code.");

        browser.click(By.id("reset:resend"));
        var second = readCode(email, 2);
        typeCode(second);
        browser.awaitStep("new-password");
    }

    @Test
    void anUnknownNumberSeesTheSamePagesAndNoMailIsSent() throws Exception {
        member("100001");
        browser.open(Browser.DESKTOP, "fr-FR");
        identify("100001");
        var known = normalised(browser.driver().getPageSource());
        var knownMask = browser.await(By.id("masked-email")).getText();

        identify("100009");
        var unknownMask = browser.await(By.id("masked-email")).getText();
        var unknown = normalised(browser.driver().getPageSource());
        assertThat(unknownMask).matches("[a-z0-9]\\*{3,8}[a-z0-9]?@[a-z.]+");
        assertThat(unknown.replace(unknownMask, "MASK").replace("100009", "NUMBER"))
                .isEqualTo(known.replace(knownMask, "MASK").replace("100001", "NUMBER"));

        browser.click(By.id("reset:send-submit"));
        browser.awaitStep("code");
        browser.awaitText("Un code d'activation a été envoyé à " + unknownMask);
        typeCode("123456");
        browser.awaitText("Code incorrect. Il vous reste 4 essais.");
        assertThat(Http.get(Deployments.SUPPORT_CONTEXT + "/outbox?mutual=" + mutual + "&number=100009").body()).isEmpty();
    }

    @Test
    void aDoubleClickSendsOneCodeAndTwoTabsEachSeeTheirOwnStep() throws Exception {
        var email = member("100001");
        browser.open(Browser.DESKTOP, "fr-FR");
        identify("100001");
        new Actions(browser.driver()).doubleClick(browser.await(By.id("reset:send-submit"))).perform();
        browser.awaitStep("code");
        var first = readCode(email, 1);
        Thread.sleep(2_000);
        assertThat(Http.get(Deployments.SUPPORT_CONTEXT + "/outbox?mutual=" + mutual + "&number=100001").body())
                .isEqualTo("SENT");

        var firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        Http.support("clock", Map.of("seconds", "61"));
        identify("100001");
        browser.click(By.id("reset:send-submit"));
        browser.awaitStep("code");
        var second = readCode(email, 2);
        var secondTab = browser.driver().getWindowHandle();

        browser.driver().switchTo().window(firstTab);
        if (!first.equals(second)) {
            typeCode(first);
            browser.awaitText("Code incorrect.");
        }
        browser.driver().switchTo().window(secondTab);
        typeCode(second);
        browser.awaitStep("new-password");
    }

    @Test
    void theBackAndForwardButtonsAfterSuccessShowNothingOldAndAFreshWizard() throws Exception {
        var email = member("100001");
        browser.open(Browser.DESKTOP, "fr-FR");
        identify("100001");
        typeCode(sendAndReadCode(email));
        browser.awaitStep("new-password");
        choosePassword(NEW_PASSWORD);
        browser.awaitStep("done");

        // the wizard is one page updated in place: back leaves it for the sign-in page
        browser.driver().navigate().back();
        browser.await(By.id("forgotten"));
        assertThat(browser.driver().getPageSource()).doesNotContain("100001");
        // and forward fetches it again (never cached): a fresh wizard, nothing of the old one
        browser.driver().navigate().forward();
        browser.awaitStep("identify");
        assertThat(browser.driver().getPageSource()).doesNotContain("100001").doesNotContain("@example.org");
    }

    String checklist(String rule) {
        return browser.driver().findElement(By.cssSelector("#checklist li[data-rule='" + rule + "']")).getAttribute("class");
    }

    /** The page without what differs between any two renderings (view state, generated ids). */
    static String normalised(String html) {
        return html.replaceAll("value=\"[^\"]*:[0-9-]+:[0-9-]+\"", "value=\"STATE\"")
                .replaceAll("jakarta\\.faces\\.ViewState[^>]*value=\"[^\"]*\"", "VIEWSTATE")
                .replaceAll("j_idt[0-9]+", "ID");
    }
}
