package fr.memberspace.mail.control;

import java.util.Objects;

/**
 * One e-mail ready to send: the no-reply sender (also the Reply-To), the recipient, the
 * subject, and the body as plain text and as HTML.
 */
public record OutgoingMail(String from, String senderName, String to, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
