package fr.memberspace.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Accessibility;
import fr.memberspace.it.Browser;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.web.login.LoginPage;

/** The back-office's door in Chromium: staff sign-in with TOTP, the team page, who may reach what, the idle timeout. */
class AdminBrowserIT extends AbstractBrowserIT {

    private static final Pattern INVITATION = Pattern.compile("https?://[^/\\s]+(/admin/invitation\\?jeton=[0-9]+\\.[A-Za-z0-9_-]{43})");

    private final AdminPage admin = new AdminPage(browser);

    private static String fresh(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
    }

    @Test
    void anAdministratorEnrolsSignsInAndCreatesASupportAgentWhoAcceptsTheInvitation() {
        var email = fresh("admin");
        AdminPage.staff(email, StaffRoles.ADMIN, false);
        browser.open(Browser.DESKTOP, "fr-FR");

        var a11y = new Accessibility(browser);
        admin.open().awaitSignIn();
        a11y.audit("admin-sign-in");
        admin.typePassword(email, "Wrong#Password-2026");
        browser.awaitText("Adresse e-mail ou mot de passe incorrect");
        admin.typePassword(email, fr.memberspace.staff.StaffFixtures.PASSWORD);
        assertThat(admin.showsEnrolment()).isTrue();
        browser.screenshot("admin-1-enrol-fr");
        a11y.audit("admin-enrol");
        var secret = admin.shownSecret();
        admin.typeCode("000000".equals(AdminPage.codeNow(secret)) ? "111111" : "000000");
        browser.awaitText("Code incorrect");
        assertThat(admin.showsEnrolment()).as("the QR code is shown again after a wrong code").isTrue();
        var session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        admin.typeCode(AdminPage.codeNow(secret)).awaitHome();
        assertThat(browser.driver().manage().getCookieNamed("JSESSIONID").getValue())
                .as("a new session id at sign-in").isNotEqualTo(session);
        browser.screenshot("admin-2-home-fr");

        var agent = fresh("agent");
        admin.openTeam().createAgent(agent, "Nina Support", mutual);
        assertThat(admin.messages()).contains("une invitation a été envoyée à " + agent);
        assertThat(admin.statusOf(agent)).contains("Invité");
        browser.screenshot("admin-3-team-fr");
        a11y.audit("admin-team");
        browser.go("/admin/team?lang=en");
        browser.awaitText("New support agent");
        browser.screenshot("admin-4-team-en");
        browser.emulateWidth(390);
        browser.screenshot("admin-5-team-phone");
        browser.stopEmulatingWidth();
        browser.go("/admin/team?lang=fr");
        admin.signOut();
        assertThat(admin.notice()).contains("Vous êtes déconnecté");
        assertThat(a11y.problems()).as("WCAG 2.2 AA on the back-office's pages").isEmpty();

        var link = INVITATION.matcher(GreenMailUtil.getBody(mailTo(agent)).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).isTrue();
        browser.go(link.group(1));
        browser.type(By.cssSelector("input[id='invitation:password']"), "Bleu#Horizon-20266");
        browser.type(By.cssSelector("input[id='invitation:confirmation']"), "Bleu#Horizon-20266");
        browser.click(By.id("invitation:go"));
        browser.awaitText("Votre mot de passe est enregistré");
        admin.open().typePassword(agent, "Bleu#Horizon-20266");
        assertThat(admin.showsEnrolment()).isTrue();
        admin.typeCode(AdminPage.codeNow(admin.shownSecret())).awaitHome();
        assertThat(browser.driver().findElements(By.linkText("Équipe"))).as("no team page for support").isEmpty();
        browser.go("/admin/team");
        browser.awaitText("Accueil");
        assertThat(browser.driver().getCurrentUrl()).doesNotEndWith("/admin/team");
    }

    @Test
    void aMemberCannotReachTheBackOfficeAndStaffCannotReachTheMemberSpace() {
        member("100002", "Chloé");
        password("100002", "Adherent#2026ok");
        browser.open(Browser.DESKTOP, "fr-FR");
        new LoginPage(browser, mutual).signIn("100002", "Adherent#2026ok");
        browser.awaitText("Chloé");

        browser.go("/admin/team");
        admin.awaitSignIn();
        browser.go("/admin/");
        admin.awaitSignIn();
        assertThat(browser.driver().findElements(By.cssSelector("nav.admin-menu"))).isEmpty();
        browser.go("/admin/team.xhtml");
        browser.awaitText("introuvable");

        var email = fresh("admin");
        AdminPage.staff(email, StaffRoles.ADMIN, true);
        browser.open(Browser.DESKTOP, "fr-FR");
        admin.signIn(email);
        browser.go("/" + mutual + "/espace/");
        new LoginPage(browser, mutual).awaitShown();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/" + mutual + "/");
    }

    @Test
    void aStaffSessionEndsAfterFifteenMinutesIdle() {
        var email = fresh("agent");
        AdminPage.staff(email, StaffRoles.SUPPORT, true, mutual);
        browser.open(Browser.PHONE, "en-GB");
        admin.signIn(email);
        clockAhead(14 * 60);
        browser.go("/admin/");
        admin.awaitHome();

        clockAhead(15 * 60 + 1);
        browser.go("/admin/");

        assertThat(admin.notice()).contains("expired after 15 minutes");
        browser.screenshot("admin-6-expired-phone-en");
        browser.go("/admin/team");
        admin.awaitSignIn();
    }
}
