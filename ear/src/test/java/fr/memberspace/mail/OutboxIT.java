package fr.memberspace.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Http;
import fr.memberspace.it.Mailboxes;
import fr.memberspace.web.reset.ResetWizardClient;

/**
 * The outbox end to end: an activation code asked through the boundary arrives by SMTP
 * (GreenMail) with the guide's wording; while the SMTP server is down the mail waits in the
 * outbox, and it arrives once the server is back.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.withSupport();
    }

    GreenMail smtp;

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** A member of a new mutual, e-mail {@code <number>@<mutual>.example.org}; returns the mutual's code. */
    String memberOfNewMutual(String number) {
        var mutual = Http.newMutual("Mutuelle Test");
        Http.support("members", Map.of("mutual", mutual, "number", number, "firstName", "Louis",
                "lastName", "Bernard", "email", address(number, mutual)));
        return mutual;
    }

    static String address(String number, String mutual) {
        return number + "@" + mutual + ".example.org";
    }

    @Test
    void theActivationCodeArrivesFromTheNoReplySenderWithTextAndHtml() throws Exception {
        smtp = new GreenMail(Mailboxes.SMTP_SERVER);
        smtp.start();
        var mutual = memberOfNewMutual("193592");

        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", "193592"))).isEqualTo("Sent");

        var message = Mailboxes.awaitMailTo(smtp, address("193592", mutual), Duration.ofSeconds(15));
        assertThat(message.getSubject()).isEqualTo("Code d'activation");
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("no-reply@" + mutual + ".example.org");
        assertThat(((InternetAddress) message.getReplyTo()[0]).getAddress()).isEqualTo("no-reply@" + mutual + ".example.org");
        var parts = (Multipart) message.getContent();
        var text = (String) parts.getBodyPart(0).getContent();
        assertThat(text).startsWith("Vous avez demandé la création de votre mot de passe")
                .contains("Merci de ne pas répondre à ce mail.");
        assertThat(Fixtures.codeIn(text)).matches("[0-9]{6}");
        assertThat((String) parts.getBodyPart(1).getContent()).contains(Fixtures.codeIn(text));
        awaitOutbox(mutual, "193592", "SENT");
    }

    @Test
    void anSmtpOutageDelaysTheMailButLosesNothing() throws Exception {
        var mutual = memberOfNewMutual("100001");

        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", "100001"))).isEqualTo("Sent");
        // an attempt failed while nothing listens on the SMTP port: the mail waits for the next one
        await().atMost(Duration.ofSeconds(30)).until(() -> attempts(mutual, "100001").matches("(PENDING|SENDING)/[1-9][0-9]*"));

        smtp = new GreenMail(Mailboxes.SMTP_SERVER);
        smtp.start();

        assertThat(Mailboxes.awaitMailTo(smtp, address("100001", mutual), Duration.ofSeconds(60)).getSubject())
                .isEqualTo("Code d'activation");
        awaitOutbox(mutual, "100001", "SENT");
    }

    /**
     * The relay down while a member asks for a code in the wizard: the page says the mail may
     * take a moment; the code mail fails again and again (3 attempts: at the production
     * setting, 30 s doubling, the relay has been down for minutes), then a newer mail to the
     * same member is written, due at once. When the relay is back, the member gets both, each
     * once, in the order they were written, although the newer one was due first.
     */
    @Test
    void mailsWrittenWhileTheRelayIsDownArriveOnceItIsBackInTheOrderTheyWereWrittenOnceEach() throws Exception {
        var mutual = memberOfNewMutual("100006");
        var email = address("100006", mutual);

        Http.support("forget-address", Map.of("address", "127.0.0.1"));
        var wizard = new ResetWizardClient(Http.BASE, mutual, "127.0.0.1").open().identify("100006").sendCode();
        assertThat(wizard.step()).isEqualTo("code");
        assertThat(wizard.page()).contains("peut mettre quelques instants à arriver");

        // the code mail's third attempt failed: its next one is 8 s away (the test server's
        // 2 s doubling), its last before it would be given up
        await().atMost(Duration.ofSeconds(40)).pollInterval(Duration.ofMillis(100))
                .until(() -> attempts(mutual, "100006").equals("PENDING/3"));
        // a newer mail to the same member, due at once (tried at once, or waiting behind the older one)
        Http.support("notice", Map.of("mutual", mutual, "number", "100006", "to", email));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> attempts(mutual, "100006").matches("PENDING/3,PENDING/[01]"));

        smtp = new GreenMail(Mailboxes.SMTP_SERVER);
        smtp.start();

        awaitOutbox(mutual, "100006", "SENT,SENT");
        var mails = Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mailboxes.recipientIs(m, email)).toList();
        assertThat(mails).extracting(MimeMessage::getSubject).containsExactly("Code d'activation", "Notice");
    }

    @Test
    void aMailThatKeepsFailingIsMarkedFailedAndAudited() throws Exception {
        // no SMTP server at all: the test server gives up after 4 attempts (2 + 4 + 8 s)
        var mutual = memberOfNewMutual("100003");

        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", "100003"))).isEqualTo("Sent");

        awaitOutbox(mutual, "100003", "FAILED");
        var audit = Http.get(Deployments.SUPPORT_CONTEXT + "/audit?mutual=" + mutual + "&number=100003").body();
        assertThat(audit).contains("CODE_ISSUED").contains("MAIL_FAILED").doesNotContain("MAIL_SENT");
    }

    @Test
    void anUnknownNumberGetsTheSameAnswerAndNoMail() throws Exception {
        smtp = new GreenMail(Mailboxes.SMTP_SERVER);
        smtp.start();
        var mutual = memberOfNewMutual("100002");

        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", "999999"))).isEqualTo("Sent");
        // a real member's code asked just after has arrived: the unknown number's would be there by now
        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", "100002"))).isEqualTo("Sent");
        Mailboxes.awaitMailTo(smtp, address("100002", mutual), Duration.ofSeconds(15));

        assertThat(outbox(mutual, "999999")).isEmpty();
        for (var message : smtp.getReceivedMessages()) {
            var recipient = message.getAllRecipients()[0].toString();
            if (recipient.contains(mutual)) {
                assertThat(recipient).isEqualTo(address("100002", mutual));
            }
        }
    }

    @Test
    void noOutboxRowHoldsTheCodeWhileTheMailWaitsNorOnceItIsSent() throws Exception {
        var mutual = memberOfNewMutual("100004");

        // no SMTP server yet: the code mail waits in the outbox
        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", "100004"))).isEqualTo("Sent");
        var waiting = kept(mutual, "100004");

        smtp = new GreenMail(Mailboxes.SMTP_SERVER);
        smtp.start();
        var message = Mailboxes.awaitMailTo(smtp, address("100004", mutual), Duration.ofSeconds(30));
        var code = Fixtures.codeIn((String) ((Multipart) message.getContent()).getBodyPart(0).getContent());
        awaitOutbox(mutual, "100004", "SENT");

        assertThat(waiting).doesNotContain(code);
        assertThat(Http.get(Deployments.SUPPORT_CONTEXT + "/operations/outbox-rows-holding?text=" + code).body())
                .as("outbox rows holding the code " + code).isEqualTo("0");
        assertThat(kept(mutual, "100004")).as("code and body erased once sent").isEqualTo("[null, null, null]");
    }

    @Test
    void aCodeMailNotSentBeforeItsCodeExpiresIsNeverSentAndErased() throws Exception {
        var mutual = memberOfNewMutual("100005");
        assertThat(Http.support("codes", Map.of("mutual", mutual, "number", "100005"))).isEqualTo("Sent");
        try {
            Http.support("clock", Map.of("seconds", String.valueOf(Duration.ofMinutes(11).toSeconds())));

            awaitOutbox(mutual, "100005", "EXPIRED");
            assertThat(kept(mutual, "100005")).isEqualTo("[null, null, null]");
            var audit = Http.get(Deployments.SUPPORT_CONTEXT + "/audit?mutual=" + mutual + "&number=100005").body();
            assertThat(audit).contains("MAIL_FAILED").doesNotContain("MAIL_SENT");
        } finally {
            Http.support("clock", Map.of("seconds", "0"));
        }
    }

    static String kept(String mutual, String number) {
        return Http.get(Deployments.SUPPORT_CONTEXT + "/operations/outbox-kept?mutual=" + mutual + "&number=" + number)
                .body();
    }

    static String outbox(String mutual, String number) {
        return Http.get(Deployments.SUPPORT_CONTEXT + "/outbox?mutual=" + mutual + "&number=" + number).body();
    }

    static String attempts(String mutual, String number) {
        return Http.get(Deployments.SUPPORT_CONTEXT + "/outbox-attempts?mutual=" + mutual + "&number=" + number).body();
    }

    static void awaitOutbox(String mutual, String number, String expected) {
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> assertThat(outbox(mutual, number)).isEqualTo(expected));
    }
}
