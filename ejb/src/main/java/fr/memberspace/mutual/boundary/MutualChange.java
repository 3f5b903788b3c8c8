package fr.memberspace.mutual.boundary;

import java.io.Serializable;
import java.util.List;

import fr.memberspace.mutual.control.Problem;
import fr.memberspace.mutual.entity.Mutual;

/** What became of a mutual's creation or change. */
public sealed interface MutualChange extends Serializable {

    /** Saved (and audited); the mutual as it is now. */
    record Saved(Mutual mutual) implements MutualChange {
    }

    /** Nothing saved: every value that was wrong, with its message key. */
    record Invalid(List<Problem> problems) implements MutualChange {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
