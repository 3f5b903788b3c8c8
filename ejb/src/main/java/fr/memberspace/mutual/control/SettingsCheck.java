package fr.memberspace.mutual.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The range of every setting of a mutual, checked before anything is saved: a bad value in
 * the table used to break every sign-in of that mutual. The same ranges are CHECK
 * constraints of the {@code mutual} table (Flyway V26), so a value written by SQL is refused
 * too. Each problem names its field and a message key {@code admin.mutual.<field>.range}
 * (or {@code .required}, {@code .order}, …) with the bounds as parameters.
 */
public final class SettingsCheck {

    /** A setting's bounds, inclusive. */
    public record Range(int min, int max) {
    }

    public static final Range PASSWORD_MIN_LENGTH = new Range(8, 64);
    public static final Range PASSWORD_MAX_LENGTH = new Range(64, 256);
    public static final Range PASSWORD_CLASSES = new Range(0, 4);
    public static final Range PASSWORD_HISTORY = new Range(0, 24);
    /** How many characters a mutual may forbid. */
    public static final int FORBIDDEN_MAX = 32;
    public static final Range CODE_LENGTH = new Range(5, 10);
    public static final Range CODE_VALIDITY_SECONDS = new Range(60, 3600);
    public static final Range CODE_MAX_WRONG_TRIES = new Range(1, 10);
    public static final Range CODE_COOLDOWN_SECONDS = new Range(0, 3600);
    public static final Range CODES_PER_HOUR = new Range(1, 20);
    public static final Range LOCK_AFTER_FAILURES = new Range(1, 20);
    public static final Range LOCK_FIRST_SECONDS = new Range(1, 3600);
    public static final Range LOCK_MAX_SECONDS = new Range(1, 86400);
    /**
     * First-connection invitations after an import, per minute (the outbox spreads them):
     * at least one a minute, at most 100 a second, which a relay can still be asked to take.
     */
    public static final Range INVITATIONS_PER_MINUTE = new Range(1, 6000);

    private SettingsCheck() {
    }

    /** Every problem of these values; none means they can be saved. */
    public static List<Problem> problems(SettingsValues values) {
        var problems = new ArrayList<Problem>();
        range(problems, "passwordMinLength", values.passwordMinLength(), PASSWORD_MIN_LENGTH);
        range(problems, "passwordMaxLength", values.passwordMaxLength(), PASSWORD_MAX_LENGTH);
        range(problems, "passwordClasses", values.passwordClasses(), PASSWORD_CLASSES);
        range(problems, "passwordHistory", values.passwordHistory(), PASSWORD_HISTORY);
        forbidden(problems, values.passwordForbidden());
        required(problems, "passwordBlocklist", values.passwordBlocklist());
        range(problems, "codeLength", values.codeLength(), CODE_LENGTH);
        range(problems, "codeValiditySeconds", values.codeValiditySeconds(), CODE_VALIDITY_SECONDS);
        range(problems, "codeMaxWrongTries", values.codeMaxWrongTries(), CODE_MAX_WRONG_TRIES);
        range(problems, "codeCooldownSeconds", values.codeCooldownSeconds(), CODE_COOLDOWN_SECONDS);
        range(problems, "codesPerHour", values.codesPerHour(), CODES_PER_HOUR);
        range(problems, "lockAfterFailures", values.lockAfterFailures(), LOCK_AFTER_FAILURES);
        range(problems, "lockFirstSeconds", values.lockFirstSeconds(), LOCK_FIRST_SECONDS);
        if (range(problems, "lockMaxSeconds", values.lockMaxSeconds(), LOCK_MAX_SECONDS)
                && values.lockFirstSeconds() != null && values.lockMaxSeconds() < values.lockFirstSeconds()) {
            problems.add(Problem.of("lockMaxSeconds", "admin.mutual.lockMaxSeconds.order"));
        }
        range(problems, "invitationsPerMinute", values.invitationsPerMinute(), INVITATIONS_PER_MINUTE);
        if (values.numberFormat() == null || !MemberNumberFormat.isKnown(values.numberFormat())) {
            problems.add(Problem.of("numberFormat", "admin.mutual.numberFormat.unknown"));
        }
        return problems;
    }

    /**
     * Characters a mutual may forbid: visible ASCII punctuation and symbols only. Forbidding
     * letters, digits or spaces would make the policy contradict itself or the member's
     * keyboard; control characters cannot be typed.
     */
    static void forbidden(List<Problem> problems, String forbidden) {
        if (forbidden == null) {
            problems.add(Problem.of("passwordForbidden", "admin.mutual.passwordForbidden.required"));
            return;
        }
        if (forbidden.length() > FORBIDDEN_MAX) {
            problems.add(Problem.of("passwordForbidden", "admin.mutual.passwordForbidden.tooLong", FORBIDDEN_MAX));
            return;
        }
        var allowed = forbidden.chars().allMatch(c -> c > 0x20 && c < 0x7f && !Character.isLetterOrDigit(c));
        if (!allowed) {
            problems.add(Problem.of("passwordForbidden", "admin.mutual.passwordForbidden.symbols"));
        }
    }

    private static void required(List<Problem> problems, String field, Object value) {
        if (value == null) {
            problems.add(Problem.of(field, "admin.mutual.required"));
        }
    }

    /** Adds a problem unless the value is there and within the range; true if it is. */
    private static boolean range(List<Problem> problems, String field, Integer value, Range range) {
        if (value == null) {
            problems.add(Problem.of(field, "admin.mutual.required"));
            return false;
        }
        if (value < range.min() || value > range.max()) {
            problems.add(Problem.of(field, "admin.mutual.range", range.min(), range.max()));
            return false;
        }
        return true;
    }
}
