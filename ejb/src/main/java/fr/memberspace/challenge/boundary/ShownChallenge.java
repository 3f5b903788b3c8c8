package fr.memberspace.challenge.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a page shows of a challenge: its id (sent back with the answer), the word or the
 * question, and, for pictures, their random ids in display order.
 */
public record ShownChallenge(String id, String prompt, List<String> pictureIds) implements Serializable {

    public boolean isWords() {
        return pictureIds.isEmpty();
    }
}
