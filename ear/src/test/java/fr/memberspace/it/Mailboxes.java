package fr.memberspace.it;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.base.GreenMailOperations;

/** Reading what a GreenMail server received, on the client side of a test. */
public final class Mailboxes {

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
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            for (var message : smtp.getReceivedMessages()) {
                if (message.getAllRecipients()[0].toString().equals(address)) {
                    return message;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no mail to " + address + " within " + timeout);
    }
}
