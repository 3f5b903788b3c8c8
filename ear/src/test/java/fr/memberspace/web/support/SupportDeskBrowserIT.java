package fr.memberspace.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.Multipart;

import org.junit.jupiter.api.Test;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Accessibility;
import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;
import fr.memberspace.web.login.LoginPage;
import fr.memberspace.web.reset.ResetPasswordPage;

/**
 * The support desk in Chromium, as an agent and the member it helps use it: an agent
 * unlocks a locked member, who then signs in; an agent invites a member without a password,
 * who completes the first connection from the e-mail; an agent of another mutual reaches
 * nobody of this one, neither by search nor by address.
 */
class SupportDeskBrowserIT extends AbstractBrowserIT {

    static final String PASSWORD = "Adherent#2026ok";
    static final String NEW_PASSWORD = "Tournesol#Moulin2026";

    @Test
    void anAgentUnlocksALockedMemberWhoThenSignsIn() {
        member("100002", "Chloé");
        password("100002", PASSWORD);
        signInAsAgentOf(mutual); // before the clock moves: the second factor is a code of the current time
        for (int i = 0; i < 5; i++) {
            if (i > 0) {
                clockAhead(31); // past the growing delays between tries
            }
            assertThat(signInOutcome("100002", "Wrong#Password" + i)).isEqualTo("Refused");
        }
        assertThat(signInOutcome("100002", PASSWORD)).isEqualTo("Wait");

        var members = new MembersPage(browser).open().search(mutual, "100002");
        assertThat(members.numbers()).containsExactly("100002");
        browser.screenshot("support-1-members-fr");
        var page = members.openMember("100002");
        assertThat(page.fact("status")).isEqualTo("Actif");
        assertThat(page.fact("lock")).startsWith("Bloquée jusqu'à").contains("après 5 échecs");
        browser.screenshot("support-2-member-locked-fr");
        browser.emulateWidth(390);
        browser.screenshot("support-2-member-locked-phone");
        browser.stopEmulatingWidth();
        var a11y = new Accessibility(browser);
        a11y.audit("support-member");

        page.act("unlock", "La connexion de l'adhérent est débloquée.");
        assertThat(page.fact("lock")).isEqualTo("Ouverte");
        browser.screenshot("support-3-unlocked-fr");
        new MembersPage(browser).open().search(mutual, "chlo");
        a11y.audit("support-members");
        assertThat(a11y.problems()).isEmpty();

        try (var memberBrowser = new Browser()) {
            memberBrowser.open(Browser.DESKTOP, "fr-FR");
            new LoginPage(memberBrowser, mutual).open().signIn("100002", PASSWORD);
            memberBrowser.awaitText("Chloé");
        }
    }

    @Test
    void anAgentInvitesAMemberWithoutPasswordWhoCompletesTheFirstConnectionFromTheMail() throws Exception {
        var email = member("100001", "Louis");

        signInAsAgentOf(mutual);
        browser.go("/admin/member?mutual=" + mutual + "&number=100001&lang=en");
        var page = new MembersPage(browser).openMemberByUrl(mutual, "100001");
        assertThat(page.fact("status")).isEqualTo("No password yet (first connection)");
        browser.screenshot("support-4-member-en");
        browser.go("/admin/member?mutual=" + mutual + "&number=100001&lang=fr");
        page = new MembersPage(browser).openMemberByUrl(mutual, "100001");
        page.act("invite", "Le message est parti vers l'adresse de l'adhérent.");

        var mail = mailTo(email);
        assertThat(mail.getSubject()).isEqualTo("Créez le mot de passe de votre espace adhérent");
        var text = (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
        var link = Pattern.compile("https?://\\S+/mot-de-passe").matcher(text);
        assertThat(link.find()).as(text).isTrue();
        assertThat(link.group()).isEqualTo(Http.BASE + "/" + mutual + "/mot-de-passe");

        try (var memberBrowser = new Browser()) {
            memberBrowser.open(Browser.DESKTOP, "fr-FR");
            memberBrowser.driver().get(link.group());
            var wizard = new ResetPasswordPage(memberBrowser, mutual);
            wizard.awaitStep("identify");
            wizard.identify("100001");
            wizard.sendCode();
            wizard.typeCode(code(email, 2));
            wizard.awaitStep("new-password");
            wizard.choosePassword(NEW_PASSWORD);
            wizard.awaitStep("done");
        }
        assertThat(signInOutcome("100001", NEW_PASSWORD)).isEqualTo("SignedIn");
    }

    @Test
    void aCorrectedAddressIsToldToTheOldAndTheNewAddress() throws Exception {
        var old = member("100005", "Jeanne");
        var fresh = "jeanne.nouvelle-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        signInAsAgentOf(mutual);
        var page = new MembersPage(browser).openMemberByUrl(mutual, "100005");
        page.correctEmail(fresh, "L'adresse e-mail est corrigée ; l'ancienne et la nouvelle adresse sont averties.");
        assertThat(page.fact("email")).isEqualTo(fresh);
        browser.screenshot("support-10-email-corrected-fr");

        var toOld = mailTo(old);
        var toNew = mailTo(fresh);
        assertThat(toOld.getSubject()).isEqualTo("L'adresse e-mail de votre espace adhérent a été modifiée");
        assertThat((String) ((Multipart) toOld.getContent()).getBodyPart(0).getContent())
                .contains("100005").containsPattern("j\\*+[0-9a-f]@example\\.org").doesNotContain(fresh);
        assertThat((String) ((Multipart) toNew.getContent()).getBodyPart(0).getContent())
                .contains("100005", "désormais");
    }

    @Test
    void anAgentOfAnotherMutualReachesNobodyHereByUrlOrSearch() {
        member("100003", "Isolde");
        var other = Http.newMutual("Mutuelle B");

        signInAsAgentOf(other);
        var members = new MembersPage(browser).open();
        assertThat(members.mutuals()).containsExactly(other);
        assertThat(members.search(other, "Isolde").numbers()).isEmpty();
        assertThat(members.search(other, "100003").numbers()).isEmpty();
        browser.screenshot("support-5-other-mutual-search-fr");

        var page = members.openMemberByUrl(mutual, "100003");
        assertThat(page.shown()).isFalse();
        assertThat(page.messages()).isEqualTo("Adhérent introuvable.");
        assertThat(browser.driver().getPageSource()).doesNotContain("Isolde");
        browser.screenshot("support-6-other-mutual-url-fr");
    }

    @Test
    void badInputGetsAClearMessageNeverAnError() {
        member("100004", "Margot");
        signInAsAgentOf(mutual);
        var members = new MembersPage(browser).open();

        // a huge string (past the field's maxlength, as a forged form would send it)
        members.searchRaw(mutual, "x".repeat(5000));
        browser.awaitText("Recherche : 254 caractères au plus.");
        // script: shown as text, never run
        members.search(mutual, "<script>document.title='owned'</script>");
        assertThat(browser.driver().getTitle()).doesNotContain("owned");
        assertThat(members.numbers()).isEmpty();
        browser.screenshot("support-7-bad-search-fr");

        // a member's page with nonsense in its address
        assertThat(members.openMemberByUrl("<script>", "12ab").messages()).isEqualTo("Adhérent introuvable.");
        assertThat(members.openMemberByUrl(mutual, "9".repeat(500)).messages()).isEqualTo("Adhérent introuvable.");

        // the audit trail: wrong types are refused with a message; the right filter finds the member's lines
        var audit = new AuditPage(browser).open();
        audit.filter(Map.of("number", "12ab"));
        browser.awaitText("N° adhérent : des chiffres uniquement, 20 au plus.");
        audit.filter(Map.of("number", "", "from", "not a date"));
        browser.awaitText("Date : saisissez une date au format AAAA-MM-JJ.");
        audit.forgeType("NO_SUCH_EVENT");
        browser.awaitText("Événement : choisissez un événement de la liste.");
        browser.screenshot("support-8-audit-errors-fr");

        signInOutcome("100004", "Wrong#Password1");
        audit.open().filter(Map.of("number", "100004"));
        browser.until(d -> audit.types().contains("SIGN_IN_FAILED"));
        browser.screenshot("support-9-audit-fr");
        browser.emulateWidth(390);
        browser.screenshot("support-9-audit-phone");
        browser.stopEmulatingWidth();

        var csv = audit.csv(Map.of("audit:number", "100004"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(csv.body()).startsWith("occurred_at,type,mutual,member_number").contains("SIGN_IN_FAILED," + mutual + ",100004");
    }

    /** A new support agent of this mutual only, signed in at /admin/ in the test's browser (French). */
    private void signInAsAgentOf(String mutualCode) {
        browser.open(Browser.DESKTOP, "fr-FR");
        StaffSignIn.signIn(browser, StaffSignIn.newAgent(mutualCode));
    }
}
