package fr.memberspace.mail.control;

import java.text.MessageFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The e-mails members receive, in French or English, as text and HTML, from the mutual's
 * no-reply sender. Wording of the activation code mail: the customer's guide.
 */
public final class MailTemplates {

    /** Times in e-mails are French time: the mutuals and their members are in France. */
    static final ZoneId MEMBERS_ZONE = ZoneId.of("Europe/Paris");

    /**
     * Where the activation code goes in a code mail kept in the outbox: the outbox keeps the
     * body with this slot and the code sealed, and puts the code in at send time.
     */
    public static final String CODE_SLOT = "{{activation-code}}";

    private MailTemplates() {
    }

    /** {@code template} (made with {@link #CODE_SLOT} as the code) with the code in its slot. */
    public static OutgoingMail withCode(OutgoingMail template, String code) {
        return new OutgoingMail(template.from(), template.senderName(), template.to(), template.subject(),
                template.text().replace(CODE_SLOT, code),
                template.html() == null ? null : template.html().replace(CODE_SLOT, escape(code)));
    }

    /** The activation code e-mail. */
    public static OutgoingMail activationCode(Sender sender, String to, String code, boolean firstConnection,
                                              Duration validity, Locale locale) {
        var text = ResourceBundle.getBundle("fr.memberspace.mail.control.mails", locale);
        var intro = format(text, firstConnection ? "code.intro.first" : "code.intro.reset", locale, code);
        var valid = format(text, "code.validity", locale, validity.toMinutes());
        var footer = text.getString("footer");
        var plain = intro + "\n\n" + valid + "\n\n--\n" + footer + "\n";
        var html = page(sender, "<p>" + escape(format(text, firstConnection ? "code.intro.first"
                : "code.intro.reset", locale, "")) + "</p><p style=\"font-size:28px;letter-spacing:6px;"
                + "font-weight:bold\">" + escape(code) + "</p><p>" + escape(valid) + "</p>", footer);
        return new OutgoingMail(sender.address(), sender.name(), to, text.getString("code.subject"), plain, html);
    }

    /** The notice after every password change. */
    public static OutgoingMail passwordChanged(Sender sender, String to, String memberNumber, Instant when,
                                               Locale locale) {
        var text = ResourceBundle.getBundle("fr.memberspace.mail.control.mails", locale);
        var date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(MEMBERS_ZONE).format(when);
        var body = format(text, "changed.body", locale, sender.name(), memberNumber, date);
        var notYou = text.getString("changed.notYou");
        var footer = text.getString("footer");
        var plain = body + "\n\n" + notYou + "\n\n--\n" + footer + "\n";
        var html = page(sender, "<p>" + escape(body) + "</p><p><strong>" + escape(notYou) + "</strong></p>",
                footer);
        return new OutgoingMail(sender.address(), sender.name(), to, text.getString("changed.subject"), plain, html);
    }

    /**
     * A support agent's invitation to the mutual's wizard: a link, never a code (the member
     * still proves the mailbox with a code the wizard sends).
     */
    public static OutgoingMail invitation(Sender sender, String to, String memberNumber, String wizardLink,
                                          boolean firstConnection, Locale locale) {
        var text = ResourceBundle.getBundle("fr.memberspace.mail.control.mails", locale);
        var kind = firstConnection ? "invite.first" : "invite.reset";
        var body = format(text, kind + ".body", locale, sender.name(), memberNumber);
        var how = format(text, "invite.how", locale);
        var notYou = text.getString("invite.notYou");
        var footer = text.getString("footer");
        var plain = body + "\n\n" + how + "\n\n" + wizardLink + "\n\n" + notYou + "\n\n--\n" + footer + "\n";
        var html = page(sender, "<p>" + escape(body) + "</p><p>" + escape(how) + "</p><p><a href=\""
                + escape(wizardLink) + "\">" + escape(text.getString("invite.link")) + "</a><br>" + escape(wizardLink)
                + "</p><p>" + escape(notYou) + "</p>", footer);
        return new OutgoingMail(sender.address(), sender.name(), to, text.getString(kind + ".subject"), plain, html);
    }

    /**
     * The notice of a corrected e-mail address: to the old address ({@code toOldAddress},
     * naming the new one masked) or to the new one.
     */
    public static OutgoingMail emailChanged(Sender sender, String to, String memberNumber, String maskedNewAddress,
                                            boolean toOldAddress, Instant when, Locale locale) {
        var text = ResourceBundle.getBundle("fr.memberspace.mail.control.mails", locale);
        var date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale).withZone(MEMBERS_ZONE).format(when);
        var body = toOldAddress ? format(text, "email.old", locale, sender.name(), memberNumber, date, maskedNewAddress)
                : format(text, "email.new", locale, sender.name(), memberNumber, date);
        var notYou = text.getString("email.notYou");
        var footer = text.getString("footer");
        var plain = body + "\n\n" + notYou + "\n\n--\n" + footer + "\n";
        var html = page(sender, "<p>" + escape(body) + "</p><p><strong>" + escape(notYou) + "</strong></p>",
                footer);
        return new OutgoingMail(sender.address(), sender.name(), to, text.getString("email.subject"), plain, html);
    }

    private static String page(Sender sender, String content, String footer) {
        var logo = sender.logo() == null ? ""
                : "<p><img src=\"" + escape(sender.logo()) + "\" alt=\"" + escape(sender.name())
                        + "\" height=\"48\"></p>";
        return "<!DOCTYPE html><html><body style=\"font-family:Arial,sans-serif;color:#1d2430\">" + logo
                + "<h2 style=\"color:" + sender.colour() + ";border-bottom:4px solid " + sender.colour() + "\">"
                + escape(sender.name()) + "</h2>" + content
                + "<hr><p style=\"color:#4a5568;font-size:12px\">" + escape(footer) + "</p></body></html>";
    }

    private static String format(ResourceBundle bundle, String key, Locale locale, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The mutual's no-reply sender, with its main colour ({@code #rrggbb}, already made
     * readable on white) for the mail's heading, and the address of its logo (http or https),
     * or null for none.
     */
    public record Sender(String address, String name, String colour, String logo) {

        private static final java.util.regex.Pattern COLOUR = java.util.regex.Pattern.compile("#[0-9a-f]{6}");

        /** The platform's colour. */
        public Sender(String address, String name) {
            this(address, name, "#005a8c");
        }

        /** No logo. */
        public Sender(String address, String name, String colour) {
            this(address, name, colour, null);
        }

        public Sender {
            // written into a style attribute: nothing but a colour may get there
            if (colour == null || !COLOUR.matcher(colour).matches()) {
                throw new IllegalArgumentException("not a colour #rrggbb: " + colour);
            }
            if (logo != null && !logo.matches("https?://[^\\s\"<>]+")) {
                throw new IllegalArgumentException("not an http(s) address: " + logo);
            }
        }
    }
}
