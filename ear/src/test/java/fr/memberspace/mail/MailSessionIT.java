package fr.memberspace.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Http;
import fr.memberspace.it.Mailboxes;

/**
 * A message handed to the product's mail transport travels through the WildFly mail
 * session (configured by wildfly-config) to a real SMTP server, GreenMail, and is read back.
 */
@ExtendWith(ArquillianExtension.class)
class MailSessionIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(Mailboxes.SMTP_SERVER);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    @Test
    void aMessageArrivesWithItsNoReplySenderSubjectAndBothParts() throws Exception {
        var to = "mail-session-" + UUID.randomUUID() + "@example.org";
        Http.support("mail", Map.of(
                "from", "no-reply@mcrn.example.org",
                "to", to,
                "subject", "Code d'activation é",
                "text", "Voici votre code d'activation : 123456",
                "html", "<p>Voici votre code d'activation : <strong>123456</strong></p>"));

        var message = Mailboxes.awaitMailTo(SMTP, to, Duration.ofSeconds(10));
        assertThat(message.getSubject()).isEqualTo("Code d'activation é");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@mcrn.example.org");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("no-reply@mcrn.example.org");

        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
        // the sender's domain, never Jakarta Mail's default "@localhost"
        assertThat(message.getMessageID()).matches("<[^@<>\\s]+@mcrn\\.example\\.org>");

        var parts = (Multipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat((String) parts.getBodyPart(0).getContent()).isEqualTo("Voici votre code d'activation : 123456");
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat((String) parts.getBodyPart(1).getContent()).contains("<strong>123456</strong>");
    }
}
