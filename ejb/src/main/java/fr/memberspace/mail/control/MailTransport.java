package fr.memberspace.mail.control;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Hands an {@link OutgoingMail} to the SMTP server of the WildFly mail session
 * {@value #SESSION} (host, port, credentials and timeouts are the server's configuration,
 * see wildfly-config/configure-memberspace.cli).
 */
@ApplicationScoped
public class MailTransport {

    public static final String SESSION = "java:jboss/mail/MemberSpace";

    @Resource(lookup = SESSION)
    Session session;

    public void send(OutgoingMail mail) throws MessagingException {
        var message = new SenderDomainMessage(session, mail.from());
        try {
            message.setFrom(new InternetAddress(mail.from(), mail.senderName(), StandardCharsets.UTF_8.name()));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setReplyTo(new InternetAddress[] {new InternetAddress(mail.from())});
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.to()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        message.setHeader("Auto-Submitted", "auto-generated");
        if (mail.html() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            var text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            var html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            message.setContent(new MimeMultipart("alternative", text, html));
        }
        Transport.send(message);
    }

    /**
     * A message whose {@code Message-ID} ends with the sender's domain, as RFC 5322 advises,
     * instead of Jakarta Mail's {@code user@localhost}-style default: some spam filters score
     * a {@code @localhost} id, and the mutual's domain is the one its SPF/DKIM vouch for.
     */
    static final class SenderDomainMessage extends MimeMessage {

        private final String domain;

        SenderDomainMessage(Session session, String sender) {
            super(session);
            this.domain = domainOf(sender);
        }

        static String domainOf(String sender) {
            int at = sender.lastIndexOf('@');
            if (at < 0 || at == sender.length() - 1) {
                throw new IllegalArgumentException("sender without a domain: " + sender);
            }
            return sender.substring(at + 1);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "." + System.currentTimeMillis() + "@" + domain + ">");
        }
    }
}
