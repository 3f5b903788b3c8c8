package fr.memberspace.retention.control;

import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * How long records are kept, from system properties (in days) or their defaults:
 * the audit trail {@value #AUDIT_DEFAULT_DAYS} days ({@value #AUDIT_PROPERTY}), finished
 * outbox mails (sent, given up, expired) {@value #MAILS_DEFAULT_DAYS} days
 * ({@value #MAILS_PROPERTY}). A period under one day is refused: a typo must not empty the
 * audit trail.
 */
public record RetentionPeriods(Duration auditEvents, Duration finishedMails) {

    public static final String AUDIT_PROPERTY = "memberspace.retention.audit-days";
    public static final String MAILS_PROPERTY = "memberspace.retention.mail-days";
    static final int AUDIT_DEFAULT_DAYS = 365;
    static final int MAILS_DEFAULT_DAYS = 30;

    public RetentionPeriods {
        for (var period : new Duration[] {auditEvents, finishedMails}) {
            if (period.compareTo(Duration.ofDays(1)) < 0) {
                throw new IllegalArgumentException("a retention period is at least one day: " + period);
            }
        }
    }

    /** From system properties such as {@code System::getProperty}. */
    public static RetentionPeriods from(UnaryOperator<String> properties) {
        return new RetentionPeriods(days(properties, AUDIT_PROPERTY, AUDIT_DEFAULT_DAYS),
                days(properties, MAILS_PROPERTY, MAILS_DEFAULT_DAYS));
    }

    public Instant auditCutoff(Instant now) {
        return now.minus(auditEvents);
    }

    public Instant mailCutoff(Instant now) {
        return now.minus(finishedMails);
    }

    private static Duration days(UnaryOperator<String> properties, String name, int defaultDays) {
        var value = properties.apply(name);
        if (value == null || value.isBlank()) {
            return Duration.ofDays(defaultDays);
        }
        try {
            return Duration.ofDays(Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of days: " + value, e);
        }
    }
}
