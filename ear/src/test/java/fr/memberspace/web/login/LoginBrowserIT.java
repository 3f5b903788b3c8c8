package fr.memberspace.web.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;
import fr.memberspace.web.reset.ResetPasswordPage;
import fr.memberspace.web.space.SpacePage;

/**
 * Signing in as a member does in Chromium: the right picture, a wrong one, the keyboard
 * only, a member who must renew sent through the wizard, the member space, signing out,
 * and another mutual's space refused.
 */
class LoginBrowserIT extends AbstractBrowserIT {

    static final String PASSWORD = "Adherent#2026ok";

    String email;
    LoginPage login;
    SpacePage space;

    @BeforeEach
    void anActiveMember() {
        email = member("100002", "Chloé");
        password("100002", PASSWORD);
        login = new LoginPage(browser, mutual);
        space = new SpacePage(browser, mutual);
    }

    @Test
    void aMemberSignsInWithTheRightPictureSeesTheSpaceAndSignsOut() {
        browser.open(Browser.DESKTOP, "fr-FR");
        new ResetPasswordPage(browser, mutual).startWith("100002"); // a session before sign-in: its id must change
        var before = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();

        login.open().fillIn("100002", PASSWORD);
        assertThat(login.challengeLegend()).startsWith("Anti-Robot : Cliquer sur l'image correspondant au mot :");
        browser.screenshot("login-1-fr");
        login.pickRightPicture().submit();

        assertThat(space.greeting()).isEqualTo("Bonjour Chloé");
        assertThat(space.memberNumber()).isEqualTo("100002");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + mutual + "/espace/");
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue()).isNotEqualTo(before);
        browser.screenshot("login-2-home-fr");

        space.signOut();
        login.awaitShown();
        space.open();
        login.awaitShown();
        assertThat(browser.driver().getPageSource()).doesNotContain("Bonjour Chloé");
    }

    @Test
    void aWrongPictureOrAWrongPasswordIsRefused() {
        browser.open(Browser.PHONE, "fr-FR");
        login.open().fillIn("100002", PASSWORD).pickWrongPicture().submit();
        browser.awaitText("Image incorrecte");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + mutual + "/");

        login.open().fillIn("100002", "Wrong#Password1").pickRightPicture().submit();
        browser.awaitText("Identifiant ou mot de passe incorrect");

        login.open().fillIn("999999", PASSWORD).pickRightPicture().submit();
        browser.awaitText("Identifiant ou mot de passe incorrect");
        browser.screenshot("login-refused-phone");
    }

    @Test
    void aMemberSignsInWithTheKeyboardOnly() {
        browser.open(Browser.DESKTOP, "en-GB");
        login.open();
        var answer = login.rightPictureId();
        login.numberField().sendKeys("100002", Keys.TAB);
        browser.focused().sendKeys(PASSWORD);
        for (int i = 0; i < 5 && !"radio".equals(browser.focused().getAttribute("type")); i++) {
            browser.focused().sendKeys(Keys.TAB);
        }
        var radio = browser.focused();
        assertThat(radio.getAttribute("type")).isEqualTo("radio");
        radio.sendKeys(Keys.SPACE);
        for (int i = 0; i < 8 && !answer.equals(browser.focused().getAttribute("value")); i++) {
            browser.focused().sendKeys(Keys.ARROW_RIGHT);
        }
        assertThat(browser.focused().getAttribute("value")).isEqualTo(answer);
        browser.focused().sendKeys(Keys.ENTER);

        assertThat(space.greeting()).isEqualTo("Hello Chloé");
    }

    @Test
    void aMemberWhoMustRenewGoesThroughTheWizardThenSignsInWithTheNewPassword() {
        mustRenew("100002", "Ancien#Passe2024");
        browser.open(Browser.DESKTOP, "fr-FR");
        login.signIn("100002", "Ancien#Passe2024");

        var wizard = new ResetPasswordPage(browser, mutual);
        wizard.awaitStep("send");
        assertThat(wizard.renewalNotice()).isEqualTo("Pour votre sécurité, merci de réinitialiser votre mot de passe.");
        assertThat(wizard.memberNumber()).isEqualTo("100002");
        browser.screenshot("renewal-1-fr");
        space.open();
        login.awaitShown(); // not signed in

        wizard.openDirectly().identify("100002").sendCode();
        wizard.typeCode(code(email, 1));
        wizard.awaitStep("new-password");
        wizard.choosePassword("Tournesol#Moulin2026");
        wizard.awaitStep("done");

        login.signIn("100002", "Ancien#Passe2024");
        browser.awaitText("Identifiant ou mot de passe incorrect");
        login.signIn("100002", "Tournesol#Moulin2026");
        assertThat(space.greeting()).isEqualTo("Bonjour Chloé");
    }

    @Test
    void aSignedInMemberChangesThePasswordAndTheirOtherSessionEnds() {
        try (var otherDevice = new Browser()) {
            otherDevice.open(Browser.PHONE, "fr-FR");
            new LoginPage(otherDevice, mutual).signIn("100002", PASSWORD);
            var otherSpace = new SpacePage(otherDevice, mutual);
            otherSpace.greeting();

            browser.open(Browser.DESKTOP, "fr-FR");
            login.signIn("100002", PASSWORD);
            space.toPasswordChange()
                    .typeCurrent("Wrong#Password1")
                    .typeNew("Tournesol#Moulin2026")
                    .typeConfirmation("Tournesol#Moulin2026")
                    .submitChange();
            browser.awaitText("Mot de passe actuel incorrect.");

            space.typeCurrent(PASSWORD).typeNew("Tournesol#Moulin2026");
            assertThat(space.checklist("password.minimumLength")).isEqualTo("met");
            space.typeConfirmation("Tournesol#Moulin2026").submitChange();
            browser.awaitText("Votre nouveau mot de passe est enregistré.");
            browser.screenshot("space-password-changed-fr");

            assertThat(mailTo(email).getSubject()).isEqualTo("Votre mot de passe a été modifié");

            otherSpace.open();
            new LoginPage(otherDevice, mutual).awaitShown();
            space.open();
            assertThat(space.greeting()).isEqualTo("Bonjour Chloé");
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMemberWhoCannotSeeThePicturesAnswersAQuestionInWords() {
        browser.open(Browser.DESKTOP, "fr-FR");
        login.open().withoutPictures();
        assertThat(login.question()).startsWith("Anti-Robot :").doesNotContain("null");
        login.fillIn("100002", PASSWORD).answer("pas un mot de la liste").submit();
        browser.awaitText("Réponse incorrecte à la question anti-robot.");

        var answer = login.rightPictureId(); // for a question in words: the word's key
        login.fillIn("100002", PASSWORD).answer(answer.toUpperCase()).submit();
        assertThat(space.greeting()).isEqualTo("Bonjour Chloé");
    }

    /**
     * Accented letters are read as typed everywhere (the forms are decoded as UTF-8): a
     * password chosen in the wizard signs in, one changed in the space too, and an accented
     * answer to the question in words is understood.
     */
    @Test
    void accentedPasswordsAndAnswersWorkFromTheWizardToTheSpace() {
        var accented = "Forêt#Sombre2027x";
        var later = "Été#Brûlant2028z";
        var newcomer = member("100004", "Zoé");
        browser.open(Browser.DESKTOP, "fr-FR");
        var wizard = new ResetPasswordPage(browser, mutual).startWith("100004").sendCode();
        wizard.typeCode(code(newcomer, 1));
        wizard.awaitStep("new-password");
        wizard.choosePassword(accented);
        wizard.awaitStep("done");

        login.open().withoutPictures();
        login.fillIn("100004", accented).answer(accentedForm(login.rightPictureId())).submit();
        assertThat(space.greeting()).isEqualTo("Bonjour Zoé");

        space.toPasswordChange().typeCurrent(accented).typeNew(later).typeConfirmation(later).submitChange();
        browser.awaitText("Votre nouveau mot de passe est enregistré");
        space.open();
        space.signOut();
        login.awaitShown();
        login.signIn("100004", later);
        assertThat(space.greeting()).isEqualTo("Bonjour Zoé");
    }

    /** The word with an accent on its first vowel ("crayon" → "crâyon"): a member may type it so. */
    private static String accentedForm(String word) {
        var vowel = word.replaceAll("[^aeiou]", "");
        if (vowel.isEmpty()) {
            return word;
        }
        var accents = Map.of('a', "â", 'e', "é", 'i', "î", 'o', "ô", 'u', "û");
        return word.replaceFirst(String.valueOf(vowel.charAt(0)), accents.get(vowel.charAt(0)));
    }

    @Test
    void repeatedWrongPasswordsAreMetWithAWait() {
        browser.open(Browser.DESKTOP, "fr-FR");
        for (int i = 0; i < 8; i++) {
            login.signIn("100002", "Wrong#Password" + i);
            if (login.awaitMessages().contains("Trop de tentatives. Réessayez dans")) {
                return;
            }
        }
        throw new AssertionError("no wait after 8 wrong passwords");
    }

    @Test
    void aMemberOfOneMutualIsNotAdmittedInAnothersSpace() {
        var other = Http.newMutual("Autre Mutuelle");
        browser.open(Browser.DESKTOP, "fr-FR");
        login.signIn("100002", PASSWORD);
        space.greeting();

        new SpacePage(browser, other).open();

        new LoginPage(browser, other).awaitShown();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + other + "/");
        assertThat(browser.driver().getPageSource()).doesNotContain("Chloé");
    }

    @Test
    void aPictureIsServedOnlyWhileItsChallengeIsLive() {
        browser.open(Browser.DESKTOP, "fr-FR");
        login.open().fillIn("100002", PASSWORD);
        var answer = login.rightPictureId();
        var address = login.pictureAddress(answer);
        var picture = Http.get("/" + mutual + "/image/" + address);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(picture.body()).startsWith("<svg").doesNotContain("<title").doesNotContain("<text");

        login.pickPicture(answer);
        login.submit();
        space.greeting();

        clockAhead(601); // a challenge lives 10 minutes; nothing is stored to tell answered ones
        assertThat(Http.get("/" + mutual + "/image/" + address).statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + mutual + "/image/" + answer).statusCode()).isEqualTo(404);
        assertThat(Http.get("/" + mutual + "/image/ballon").statusCode()).isEqualTo(404);
    }
}
