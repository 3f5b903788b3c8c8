package fr.memberspace.audit.control;

import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import fr.memberspace.audit.entity.AuditType;

/**
 * Writes every audit event to the log category {@value #CATEGORY} as well, one line of
 * {@code key=value} pairs, so that IT can follow sign-in failures, locks, codes and
 * password changes where it collects logs (a SIEM: wildfly-config/configure-security-log.cli
 * adds a JSON file for this category). The trail never holds a secret, so neither does the
 * log. The values come partly from the client (a number typed, a user agent): control
 * characters are escaped so that nobody can forge a line.
 */
@ApplicationScoped
public class SecurityLog {

    public static final String CATEGORY = "fr.memberspace.security";

    private static final Logger LOG = Logger.getLogger(CATEGORY);

    /** What an operator should look at: attacks being slowed, accounts locked, mail lost. */
    private static final Set<AuditType> WARNINGS = EnumSet.of(AuditType.SIGN_IN_THROTTLED, AuditType.ACCOUNT_LOCKED,
            AuditType.CODE_THROTTLED, AuditType.IDENTIFY_THROTTLED, AuditType.CODE_EXHAUSTED, AuditType.MAIL_FAILED);

    void log(@Observes(during = TransactionPhase.AFTER_SUCCESS) Audited event) {
        LOG.log(WARNINGS.contains(event.type()) ? Level.WARNING : Level.INFO, line(event));
    }

    /** The line of an event, e.g. {@code event=SIGN_IN_FAILED mutual=mcrn number=193592 address=203.0.113.9}. */
    static String line(Audited event) {
        var line = new StringBuilder("event=").append(event.type().name());
        append(line, "agent", event.agent());
        append(line, "mutual", event.mutualCode());
        append(line, "number", event.memberNumber());
        append(line, "address", event.clientAddress());
        append(line, "detail", event.detail());
        return line.toString();
    }

    private static void append(StringBuilder line, String key, String value) {
        if (value == null) {
            return;
        }
        line.append(' ').append(key).append('=');
        boolean plain = !value.isEmpty() && value.codePoints().allMatch(c -> c > ' ' && c < 0x7F && c != '"' && c != '\\');
        if (plain) {
            line.append(value);
            return;
        }
        line.append('"');
        value.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                line.append('\\').appendCodePoint(c);
            } else if (c < ' ' || c == 0x7F || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                line.append(String.format("\\u%04x", c));
            } else {
                line.appendCodePoint(c);
            }
        });
        line.append('"');
    }
}
