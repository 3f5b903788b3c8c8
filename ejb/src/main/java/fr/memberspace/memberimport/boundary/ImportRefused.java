package fr.memberspace.memberimport.boundary;

import java.util.Locale;

import jakarta.ejb.ApplicationException;

import fr.memberspace.memberimport.control.ImportReason;

/**
 * A run was not started (or restarted): the file has no usable header, cannot be read, the
 * mutual does not exist, or the run cannot be restarted. {@link #message} says why in French
 * or English; nothing was changed.
 */
@ApplicationException(rollback = true)
public class ImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ImportReason reason;

    public ImportRefused(ImportReason reason) {
        super(reason.key());
        this.reason = reason;
    }

    public ImportReason reason() {
        return reason;
    }

    /** Why, in this language (French or English). */
    public String message(Locale locale) {
        return reason.text(locale);
    }
}
