package fr.memberspace.support.boundary;

import java.io.Serializable;
import java.util.List;

/** One page of results and how many there are in all (for a lazy table). */
public record Page<T>(List<T> rows, long total) implements Serializable {

    /** The most rows a page holds, whatever the page asks. */
    public static final int MAX_SIZE = 100;

    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }

    static int size(int asked) {
        return Math.max(1, Math.min(MAX_SIZE, asked));
    }

    static int first(int asked) {
        return Math.max(0, asked);
    }
}
