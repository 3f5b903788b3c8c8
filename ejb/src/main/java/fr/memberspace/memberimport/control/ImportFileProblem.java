package fr.memberspace.memberimport.control;

/** A whole import file cannot be read: no header, not UTF-8, an unclosed quote, not there. */
public class ImportFileProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ImportReason reason;

    public ImportFileProblem(ImportReason reason, Throwable cause) {
        super(reason.key(), cause);
        this.reason = reason;
    }

    public ImportReason reason() {
        return reason;
    }
}
