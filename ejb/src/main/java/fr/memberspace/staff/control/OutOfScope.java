package fr.memberspace.staff.control;

import jakarta.ejb.ApplicationException;

/**
 * A staff caller asked for a mutual (or something of a mutual) it may not reach, or is not
 * a signed-in, active staff member at all. Unchecked and rolling the transaction back; a
 * page shows it as "not found" (403), never as what exists elsewhere.
 */
@ApplicationException(rollback = true)
public class OutOfScope extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String mutualCode;

    public OutOfScope(String mutualCode) {
        super("out of the caller's scope: " + (mutualCode == null ? "(no mutual)" : mutualCode));
        this.mutualCode = mutualCode;
    }

    /** The mutual asked for (may be null). */
    public String getMutualCode() {
        return mutualCode;
    }
}
