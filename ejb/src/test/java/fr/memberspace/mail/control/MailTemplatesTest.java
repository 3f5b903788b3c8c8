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
    void theCodeIsEscapedInTheHtmlPart() {
        var template = MailTemplates.activationCode(sender, "a@example.org", MailTemplates.CODE_SLOT, false,
                Duration.ofMinutes(10), Locale.ENGLISH);

        assertThat(MailTemplates.withCode(template, "<b>").html()).contains("&lt;b&gt;").doesNotContain("<b>");
    }
}
