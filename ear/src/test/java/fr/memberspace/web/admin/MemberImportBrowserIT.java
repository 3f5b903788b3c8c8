package fr.memberspace.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Accessibility;
import fr.memberspace.it.Browser;
import fr.memberspace.it.Http;

/**
 * The member imports' page in Chromium: an administrator uploads a mutual's file, follows
 * its run to the end, downloads the rows it refused and reads why; a file that is no CSV
 * is refused with a message; a support agent reaches neither the page nor a run's refused
 * rows. WCAG 2.2 AA (axe, reflow at 320 px) on the page with its runs.
 */
class MemberImportBrowserIT extends AbstractBrowserIT {

    @TempDir
    Path folder;

    @Test
    void anAdministratorUploadsAFileFollowsItsRunAndDownloadsTheRefusedRows() throws Exception {
        var csv = new StringBuilder("numero;nom;prenom;email\n");
        for (int i = 0; i < 1200; i++) {
            csv.append(600000 + i).append(";Martin;Adhérent ").append(i).append(";m").append(i).append('@')
                    .append(mutual).append(".example.org\n");
        }
        csv.append("60000A;Faux;Numéro;f@example.org\n");   // line 1202
        csv.append("600001;Double;Numéro;d@example.org\n"); // line 1203
        var file = Files.writeString(folder.resolve("base adherents 2026.csv"), csv, StandardCharsets.UTF_8);
        browser.open(Browser.DESKTOP, "fr-FR");
        StaffSignIn.asAdministrator(browser);

        var page = new ImportUploadPage(browser).open(null);
        assertThat(browser.driver().findElement(By.cssSelector("nav.admin-menu a[aria-current=page]")).getText())
                .isEqualTo("Imports");
        page.upload(mutual, file, false);
        browser.awaitText("Import de base_adherents_2026.csv lancé.");
        page.awaitNewestState("Terminé");

        assertThat(page.newest("file")).isEqualTo("base_adherents_2026.csv");
        assertThat(page.newest("created")).isEqualTo("1200");
        assertThat(page.newest("refused")).startsWith("2");
        assertThat(page.progressValue()).isEqualTo("100");
        assertThat(page.newest("progress").replaceAll("[\\s\u00a0\u202f]", "")).contains("1202lignesluessur1202");
        assertThat(page.newest("invite")).isEqualTo("Non");
        browser.screenshot("admin-imports-done-fr");

        var refused = page.refusedRows();
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        var lines = refused.body().replace("\uFEFF", "").lines().toList();
        assertThat(lines.get(0)).isEqualTo("line;number;reason_fr;reason_en");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("1202;60000A;");
        assertThat(lines.get(2)).startsWith("1203;600001;");

        var a11y = new Accessibility(browser);
        a11y.audit("admin-imports");
        browser.emulateWidth(390);
        browser.screenshot("admin-imports-phone");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
        browser.stopEmulatingWidth();
        assertThat(a11y.problems()).isEmpty();
    }

    @Test
    void aFileThatIsNoCsvIsRefusedWithAMessage() throws Exception {
        var file = Files.writeString(folder.resolve("members.xlsx"), "not a spreadsheet");
        var headerless = Files.writeString(folder.resolve("members.csv"), "600001;Martin;Jeanne\n");
        browser.open(Browser.DESKTOP, "en-GB");
        StaffSignIn.asAdministrator(browser);

        var page = new ImportUploadPage(browser).open(null);
        page.upload(mutual, file, false);
        assertThat(page.errorOf("file")).isEqualTo("File: only a .csv file is accepted.");
        page.open(null).upload(mutual, headerless, true);
        assertThat(page.errorOf("file")).startsWith("File refused: ");
        browser.screenshot("admin-imports-refused-en");
        assertThat(new ImportUploadPage(browser).open(mutual).fileNames()).isEmpty();

        // a file whose header is right but whose rows are not CSV: the run starts, fails and says why
        var broken = Files.writeString(folder.resolve("broken.csv"), "numero;nom;prenom\n600001;\"Martin;Jeanne\n");
        page.open(null).upload(mutual, broken, false);
        page.awaitNewestState("Failed");
        assertThat(page.newest("state")).contains("not valid UTF-8 CSV");
    }

    @Test
    void aSupportAgentReachesNeitherThePageNorARunsRefusedRows() throws Exception {
        var file = Files.writeString(folder.resolve("members.csv"), "numero;nom;prenom\nX;Martin;Jeanne\n");
        var run = Http.support("imports/start", Map.of("mutual", mutual, "file", file.toString(), "invite", "false"));
        var agent = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        AdminPage.staff(agent, "support", true, mutual);
        browser.open(Browser.DESKTOP, "fr-FR");
        new AdminPage(browser).signIn(agent);

        assertThat(browser.driver().findElements(By.cssSelector("nav.admin-menu a[href$='/admin/imports']"))).isEmpty();
        browser.go("/admin/imports?mutual=" + mutual);
        new AdminPage(browser).awaitHome();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/");
        var cookie = "JSESSIONID=" + browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        var download = Http.get("/admin/imports?mutual=" + mutual + "&refused=" + run, "Cookie", cookie);
        assertThat(download.statusCode()).isEqualTo(302);
        assertThat(download.body()).doesNotContain("line;number");
    }
}
