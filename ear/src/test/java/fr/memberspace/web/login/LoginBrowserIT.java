package fr.memberspace.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.mail.Multipart;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

import fr.memberspace.it.Browser;
import fr.memberspace.it.ChallengeAnswers;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Http;
import fr.memberspace.it.Mailboxes;

/**
 * Signing in as a member does in Chromium: the right picture, a wrong one, the keyboard
 * only, a member who must renew sent through the wizard, the member space, signing out,
 * and another mutual's space refused.
 */
@ExtendWith(ArquillianExtension.class)
class LoginBrowserIT {

    static final String PASSWORD = "Adherent#2026ok";

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

    @RegisterExtension
    final Browser browser = new Browser();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    String mutual;
    String email;

    @BeforeEach
    void anActiveMember() {
        Http.support("forget-address", Map.of("address", "127.0.0.1"));
        mutual = Http.newMutual("Mutuelle du Test");
        email = "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http.support("members", Map.of("mutual", mutual, "number", "100002", "firstName", "Chloé",
                "lastName", "Dubois", "email", email));
        Http.support("password", Map.of("mutual", mutual, "number", "100002", "password", PASSWORD));
    }

    void fillIn(String number, String password) {
        browser.go("/" + mutual + "/");
        browser.type(By.id("login:number"), number);
        browser.type(By.cssSelector("input[id='login:password']"), password);
    }

    @Test
    void aMemberSignsInWithTheRightPictureSeesTheSpaceAndSignsOut() {
        browser.open(Browser.DESKTOP, "fr-FR");
        browser.go("/" + mutual + "/mot-de-passe"); // a session before sign-in: its id must change
        var before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        fillIn("100002", PASSWORD);
        assertThat(browser.driver().findElement(By.tagName("legend")).getText())
                .startsWith("Anti-Robot : Cliquer sur l'image correspondant au mot :");
        browser.screenshot("login-1-fr");
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("login:sign-in"));

        assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Bonjour Chloé");
        assertThat(browser.driver().findElement(By.id("member-number")).getText()).isEqualTo("100002");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + mutual + "/espace/");
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
        browser.screenshot("login-2-home-fr");

        browser.click(By.id("home:sign-out"));
        browser.await(By.id("login:number"));
        browser.go("/" + mutual + "/espace/");
        browser.await(By.id("login:number"));
        assertThat(browser.driver().getPageSource()).doesNotContain("Bonjour Chloé");
    }

    @Test
    void aWrongPictureOrAWrongPasswordIsRefused() {
        browser.open(Browser.PHONE, "fr-FR");
        fillIn("100002", PASSWORD);
        ChallengeAnswers.click(browser, ChallengeAnswers.aWrongPicture(browser));
        browser.click(By.id("login:sign-in"));
        browser.awaitText("Image incorrecte");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + mutual + "/");

        fillIn("100002", "Wrong#Password1");
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("login:sign-in"));
        browser.awaitText("Identifiant ou mot de passe incorrect");

        fillIn("999999", PASSWORD);
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("login:sign-in"));
        browser.awaitText("Identifiant ou mot de passe incorrect");
        browser.screenshot("login-refused-phone");
    }

    @Test
    void aMemberSignsInWithTheKeyboardOnly() {
        browser.open(Browser.DESKTOP, "en-GB");
        browser.go("/" + mutual + "/");
        var answer = ChallengeAnswers.rightPicture(browser);
        var number = browser.await(By.id("login:number"));
        number.sendKeys("100002", Keys.TAB);
        browser.driver().switchTo().activeElement().sendKeys(PASSWORD);
        for (int i = 0; i < 5 && !"radio".equals(browser.driver().switchTo().activeElement().getAttribute("type")); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        var radio = browser.driver().switchTo().activeElement();
        assertThat(radio.getAttribute("type")).isEqualTo("radio");
        radio.sendKeys(Keys.SPACE);
        for (int i = 0; i < 8 && !answer.equals(browser.driver().switchTo().activeElement().getAttribute("value")); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        }
        assertThat(browser.driver().switchTo().activeElement().getAttribute("value")).isEqualTo(answer);
        browser.driver().switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Hello Chloé");
    }

    @Test
    void aMemberWhoMustRenewGoesThroughTheWizardThenSignsInWithTheNewPassword() throws Exception {
        Http.support("renewal", Map.of("mutual", mutual, "number", "100002", "password", "Ancien#Passe2024"));
        browser.open(Browser.DESKTOP, "fr-FR");
        fillIn("100002", "Ancien#Passe2024");
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("login:sign-in"));

        browser.awaitStep("send");
        assertThat(browser.driver().findElement(By.className("renewal")).getText())
                .isEqualTo("Pour votre sécurité, merci de réinitialiser votre mot de passe.");
        assertThat(browser.driver().findElement(By.id("member-number")).getText()).isEqualTo("100002");
        browser.screenshot("renewal-1-fr");
        browser.go("/" + mutual + "/espace/");
        browser.await(By.id("login:number")); // not signed in

        browser.go("/" + mutual + "/mot-de-passe");
        browser.type(By.id("reset:number"), "100002");
        browser.click(By.id("reset:identify-submit"));
        browser.click(By.id("reset:send-submit"));
        browser.awaitStep("code");
        var mail = Mailboxes.awaitMailTo(SMTP, email, java.time.Duration.ofSeconds(20));
        browser.type(By.id("reset:activation-code"),
                Fixtures.codeIn((String) ((Multipart) mail.getContent()).getBodyPart(0).getContent()));
        browser.click(By.id("reset:code-submit"));
        browser.awaitStep("new-password");
        browser.type(By.cssSelector("input[id='reset:password']"), "Tournesol#Moulin2026");
        browser.type(By.cssSelector("input[id='reset:confirmation']"), "Tournesol#Moulin2026");
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("reset:password-submit"));
        browser.awaitStep("done");

        fillIn("100002", "Ancien#Passe2024");
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("login:sign-in"));
        browser.awaitText("Identifiant ou mot de passe incorrect");
        fillIn("100002", "Tournesol#Moulin2026");
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("login:sign-in"));
        assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Bonjour Chloé");
    }

    void signIn(Browser in, String number, String password) {
        in.go("/" + mutual + "/");
        in.type(By.id("login:number"), number);
        in.type(By.cssSelector("input[id='login:password']"), password);
        ChallengeAnswers.clickRightPicture(in);
        in.click(By.id("login:sign-in"));
    }

    @Test
    void aSignedInMemberChangesThePasswordAndTheirOtherSessionEnds() throws Exception {
        try (var otherDevice = new Browser()) {
            otherDevice.open(Browser.PHONE, "fr-FR");
            signIn(otherDevice, "100002", PASSWORD);
            otherDevice.await(By.id("greeting"));

            browser.open(Browser.DESKTOP, "fr-FR");
            signIn(browser, "100002", PASSWORD);
            browser.click(By.id("change-password"));
            browser.type(By.cssSelector("input[id='change:current']"), "Wrong#Password1");
            browser.type(By.cssSelector("input[id='change:password']"), "Tournesol#Moulin2026");
            browser.type(By.cssSelector("input[id='change:confirmation']"), "Tournesol#Moulin2026");
            browser.click(By.id("change:change-submit"));
            browser.awaitText("Mot de passe actuel incorrect.");

            browser.type(By.cssSelector("input[id='change:current']"), PASSWORD);
            browser.type(By.cssSelector("input[id='change:password']"), "Tournesol#Moulin2026");
            assertThat(browser.driver().findElement(By.cssSelector("#checklist li[data-rule='password.minimumLength']"))
                    .getAttribute("class")).isEqualTo("met");
            browser.type(By.cssSelector("input[id='change:confirmation']"), "Tournesol#Moulin2026");
            browser.click(By.id("change:change-submit"));
            browser.awaitText("Votre nouveau mot de passe est enregistré.");
            browser.screenshot("space-password-changed-fr");

            var notice = Mailboxes.awaitMailTo(SMTP, email, java.time.Duration.ofSeconds(20));
            assertThat(notice.getSubject()).isEqualTo("Votre mot de passe a été modifié");

            otherDevice.go("/" + mutual + "/espace/");
            otherDevice.await(By.id("login:number"));
            browser.go("/" + mutual + "/espace/");
            assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Bonjour Chloé");
        }
    }

    @Test
    void aMemberWhoCannotSeeThePicturesAnswersAQuestionInWords() {
        browser.open(Browser.DESKTOP, "fr-FR");
        browser.go("/" + mutual + "/");
        browser.click(By.id("without-pictures"));
        var question = browser.await(By.cssSelector("label[for='answer']")).getText();
        assertThat(question).startsWith("Anti-Robot :").doesNotContain("null");
        browser.type(By.id("login:number"), "100002");
        browser.type(By.cssSelector("input[id='login:password']"), PASSWORD);
        browser.type(By.id("answer"), "pas un mot de la liste");
        browser.click(By.id("login:sign-in"));
        browser.awaitText("Réponse incorrecte à la question anti-robot.");

        var answer = ChallengeAnswers.rightPicture(browser); // for a question in words: the word's key
        browser.type(By.cssSelector("input[id='login:password']"), PASSWORD);
        browser.type(By.id("answer"), answer.toUpperCase());
        browser.click(By.id("login:sign-in"));
        assertThat(browser.await(By.id("greeting")).getText()).isEqualTo("Bonjour Chloé");
    }

    @Test
    void repeatedWrongPasswordsAreMetWithAWait() {
        browser.open(Browser.DESKTOP, "fr-FR");
        for (int i = 0; i < 8; i++) {
            signIn(browser, "100002", "Wrong#Password" + i);
            browser.await(By.id("login:messages"));
            if (browser.driver().getPageSource().contains("Trop de tentatives. Réessayez dans")) {
                return;
            }
        }
        throw new AssertionError("no wait after 8 wrong passwords");
    }

    @Test
    void aMemberOfOneMutualIsNotAdmittedInAnothersSpace() {
        var other = Http.newMutual("Autre Mutuelle");
        browser.open(Browser.DESKTOP, "fr-FR");
        fillIn("100002", PASSWORD);
        ChallengeAnswers.clickRightPicture(browser);
        browser.click(By.id("login:sign-in"));
        browser.await(By.id("greeting"));

        browser.go("/" + other + "/espace/");

        browser.await(By.id("login:number"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + other + "/");
        assertThat(browser.driver().getPageSource()).doesNotContain("Chloé");
    }

    @Test
    void aPictureIsServedOnlyWhileItsChallengeIsLive() {
        browser.open(Browser.DESKTOP, "fr-FR");
        fillIn("100002", PASSWORD);
        var answer = ChallengeAnswers.rightPicture(browser);
        var picture = Http.get("/" + mutual + "/image/" + answer);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(picture.body()).startsWith("<svg").doesNotContain("<title").doesNotContain("<text");

        ChallengeAnswers.click(browser, answer);
        browser.click(By.id("login:sign-in"));
        browser.await(By.id("greeting"));

        assertThat(Http.get("/" + mutual + "/image/" + answer).statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + mutual + "/image/ballon").statusCode()).isEqualTo(404);
    }
}
