package fr.memberspace.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.memberspace.it.AbstractBrowserIT;
import fr.memberspace.it.Browser;
import fr.memberspace.web.reset.ResetPasswordPage;

/**
 * The back-office's mutuals in Chromium: an administrator creates a mutual, sets its policy
 * with the CNIL line following what is typed, a bad value is refused by name, and the new
 * mutual's first member (put in by a fixture) then chooses a password with the wizard under
 * the new mutual's path, with the mutual's 8-digit codes and 14-character policy.
 */
class MutualAdministrationBrowserIT extends AbstractBrowserIT {

    static final String NEW_PASSWORD = "Tournesol#Moulin2026";

    @Test
    void anAdministratorCreatesAMutualWhoseFirstMemberThenUsesTheWizard() {
        browser.open(Browser.DESKTOP, "fr-FR");
        StaffSignIn.asAdministrator(browser);
        var form = new MutualFormPage(browser);
        var code = "nv-" + UUID.randomUUID().toString().substring(0, 8);

        form.openNew()
                .type("code", "admin")
                .type("name", "Mutuelle Nouvelle")
                .type("senderAddress", "no-reply@nouvelle.example.org")
                .type("colour", "#0F7B5F");
        browser.screenshot("admin-mutual-new-fr");
        form.save();
        assertThat(form.errorOf("code")).contains("réservé");

        form.type("code", code).save();
        browser.awaitText("Mutuelle enregistrée.");
        assertThat(form.cnil()).contains("71 bits").contains("grâce à la restriction d'accès");

        // the CNIL line follows the policy as it is typed
        form.type("passwordMinLength", "8");
        form.awaitCnil("Non conforme");
        form.type("passwordMinLength", "14");
        form.awaitCnil("même sans restriction d'accès");

        // one bad value: nothing saved, the field says why
        form.type("codeLength", "11").save();
        assertThat(form.errorOf("codeLength")).isEqualTo("Doit être compris entre 5 et 10.");
        browser.screenshot("admin-mutual-invalid-fr");
        form.type("codeLength", "8").save();
        browser.awaitText("Mutuelle enregistrée.");
        assertThat(form.openEdit(code).cnil()).contains("83 bits");
        // the table, paged from the database (other tests' mutuals may fill its first page)
        assertThat(form.table()).contains("Mots de passe").contains("bits");
        browser.screenshot("admin-mutuals-fr");

        // its first member, put in by the mutual's member file, uses the wizard at /{code}/
        mutual = code;
        var email = member("100001", "Louis");
        var wizard = new ResetPasswordPage(browser, code);
        wizard.startWith("100001").sendCode();
        var activation = code(email, 1);
        assertThat(activation).hasSize(8);
        wizard.typeCode(activation);
        wizard.awaitStep("new-password");
        assertThat(wizard.stepText("new-password")).contains("au moins 14 caractères");
        browser.screenshot("admin-new-mutual-wizard-fr");
        wizard.choosePassword(NEW_PASSWORD);
        wizard.awaitStep("done");
        assertThat(signInOutcome("100001", NEW_PASSWORD)).isEqualTo("SignedIn");
    }

    @Test
    void theFormInEnglishOnAPhone() {
        browser.open(Browser.PHONE, "en-GB");
        StaffSignIn.asAdministrator(browser);
        var form = new MutualFormPage(browser);

        assertThat(form.table()).contains("Passwords").contains("bits");
        browser.screenshot("admin-mutuals-en-phone");
        form.openEdit(mutual);
        assertThat(form.cnil()).contains("Meets the CNIL recommendation");
        browser.screenshot("admin-mutual-edit-en-phone");
        form.type("senderAddress", "not an address").save();
        assertThat(form.errorOf("senderAddress")).contains("plain e-mail address");
        browser.screenshot("admin-mutual-invalid-en-phone");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth")).isLessThanOrEqualTo(0L);
    }
}
