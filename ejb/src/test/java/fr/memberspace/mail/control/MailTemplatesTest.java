package fr.memberspace.mail.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    final MailTemplates.Sender sender = new MailTemplates.Sender("no-reply@mcrn.fr", "MCRN");

    @Test
    void aCodeMailMadeWithTheSlotIsTheSameMailOnceTheCodeIsPutIn() {
        var direct = MailTemplates.activationCode(sender, "a@example.org", "042917", true, Duration.ofMinutes(10),
                Locale.FRENCH);
        var template = MailTemplates.activationCode(sender, "a@example.org", MailTemplates.CODE_SLOT, true,
                Duration.ofMinutes(10), Locale.FRENCH);

        assertThat(template.text()).doesNotContain("042917");
        assertThat(template.html()).doesNotContain("042917");
        assertThat(MailTemplates.withCode(template, "042917")).isEqualTo(direct);
    }

    @Test
    void theMutualsLogoHeadsItsMailsWhenItHasOne() {
        var branded = new MailTemplates.Sender("no-reply@moa.fr", "MOA", "#1b6e3a", "https://espace.example.org/moa/logo.png");
        var mail = MailTemplates.activationCode(branded, "a@example.org", "042917", false, Duration.ofMinutes(10),
                Locale.FRENCH);

        assertThat(mail.html()).contains("<img src=\"https://espace.example.org/moa/logo.png\" alt=\"MOA\"")
                .contains("color:#1b6e3a");
        assertThat(MailTemplates.activationCode(sender, "a@example.org", "042917", false, Duration.ofMinutes(10),
                Locale.FRENCH).html()).doesNotContain("<img");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                new MailTemplates.Sender("no-reply@moa.fr", "MOA", "#1b6e3a", "javascript:alert(1)"));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() ->
                new MailTemplates.Sender("no-reply@moa.fr", "MOA", "#1b6e3a", "https://x.org/\"onerror=\"x"));
    }

    @Test
    void theCodeIsEscapedInTheHtmlPart() {
        var template = MailTemplates.activationCode(sender, "a@example.org", MailTemplates.CODE_SLOT, false,
                Duration.ofMinutes(10), Locale.ENGLISH);

        assertThat(MailTemplates.withCode(template, "<b>").html()).contains("&lt;b&gt;").doesNotContain("<b>");
    }

    @Test
    void anInvitationHoldsTheLinkAndNoCode() {
        var mail = MailTemplates.invitation(sender, "a@example.org", "100001",
                "https://espace.example.org/mcrn/mot-de-passe", true, Locale.FRENCH);

        assertThat(mail.subject()).isEqualTo("Créez le mot de passe de votre espace adhérent");
        assertThat(mail.text()).contains("https://espace.example.org/mcrn/mot-de-passe", "100001", "MCRN",
                "numéro d'adhérent", "aucun code").doesNotContain("{", "''");
        assertThat(mail.html()).contains("href=\"https://espace.example.org/mcrn/mot-de-passe\"");
    }

    @Test
    void theOldAddressIsToldTheNewOneMasked() {
        var when = java.time.Instant.parse("2026-11-28T23:00:00Z");
        var old = MailTemplates.emailChanged(sender, "old@example.org", "100002", "n*****w@example.org", true, when,
                Locale.FRENCH);
        var fresh = MailTemplates.emailChanged(sender, "new@example.org", "100002", "n*****w@example.org", false, when,
                Locale.FRENCH);

        assertThat(old.to()).isEqualTo("old@example.org");
        assertThat(old.text()).contains("n*****w@example.org", "100002", "29 novembre 2026").doesNotContain("''");
        assertThat(fresh.to()).isEqualTo("new@example.org");
        assertThat(fresh.text()).contains("désormais").doesNotContain("n*****w@example.org");
    }
}
