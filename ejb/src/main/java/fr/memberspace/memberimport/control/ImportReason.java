package fr.memberspace.memberimport.control;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why a row of an import file was refused, or what was left out of a row that was imported
 * ({@link #refusesRow()} false: the member is created or updated without that value); and
 * why a whole file could not be read. Said in French and English from the bundle
 * {@code fr.memberspace.memberimport.control.reasons}, under {@link #key()}.
 */
public enum ImportReason {

    NUMBER_INVALID(true),
    NUMBER_DUPLICATE(true),
    NAME_MISSING(true),
    NAME_TOO_LONG(true),
    STATUS_UNKNOWN(true),
    /** Imported with no address and no password: the mutual gives the address to support. */
    EMAIL_MISSING(false),
    EMAIL_INVALID(false),
    /** Imported without the password: an unsalted digest is as good as the password itself. */
    HASH_UNSALTED_DIGEST(false),
    HASH_UNKNOWN_FORMAT(false),

    /** The file: not found or not readable by the server. */
    FILE_UNREADABLE(true),
    /** The file: no header line, or one without the number, last name and first name columns. */
    FILE_HEADER_MISSING(true),
    /** The file: a quoted field never closed, or bytes that are not UTF-8. */
    FILE_MALFORMED(true),
    /** The mutual named does not exist. */
    MUTUAL_UNKNOWN(true),
    /** A restart asked for a run that is running or has completed. */
    RUN_NOT_RESTARTABLE(true);

    private static final String BUNDLE = "fr.memberspace.memberimport.control.reasons";

    private final boolean refusesRow;

    ImportReason(boolean refusesRow) {
        this.refusesRow = refusesRow;
    }

    /** Whether the row is left out (else the member is imported without the value). */
    public boolean refusesRow() {
        return refusesRow;
    }

    /** The bundle key, e.g. {@code number.duplicate}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replaceFirst("_", ".").replace('_', '-');
    }

    /** The reason in this language (French or English). */
    public String text(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ImportReason.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key());
    }

    /** The reason with this key, if it is one. */
    public static java.util.Optional<ImportReason> ofKey(String key) {
        for (var reason : values()) {
            if (reason.key().equals(key)) {
                return java.util.Optional.of(reason);
            }
        }
        return java.util.Optional.empty();
    }
}
