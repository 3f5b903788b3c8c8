package fr.memberspace.it;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.util.ServerSetup;

/** Reading what a GreenMail server received, on the client side of a test. */
public final class Mailboxes {

    /**
     * The SMTP server the test server sends to: localhost:3025, or the port the build gives in
     * {@code it.smtp.port} when a second checkout runs its tests beside the first.
     */
    public static final ServerSetup SMTP_SERVER =
            new ServerSetup(Integer.getInteger("it.smtp.port", 3025), null, ServerSetup.PROTOCOL_SMTP);

    private Mailboxes() {
    }

    /** Whether the message goes to this address. */
    public static boolean recipientIs(MimeMessage message, String address) {
        try {
            return message.getAllRecipients()[0].toString().equals(address);
        } catch (MessagingException e) {
            return false;
        }
    }

    /**
     * The first message to this address. Other mails (queued by other tests while no SMTP
     * server listened) may arrive too: the outbox delivers them as soon as one does.
     */
    public static MimeMessage awaitMailTo(GreenMailOperations smtp, String address, Duration timeout)
            throws MessagingException, InterruptedException {
        return await().atMost(timeout).pollInterval(Duration.ofMillis(100))
                .until(() -> firstTo(smtp, address), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private static java.util.Optional<MimeMessage> firstTo(GreenMailOperations smtp, String address)
            throws MessagingException {
        for (var message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                return java.util.Optional.of(message);
            }
        }
        return java.util.Optional.empty();
    }
}
