package fr.memberspace.challenge;

import java.io.Serializable;
import java.util.List;

import fr.memberspace.challenge.control.SignedChallenges;

/**
 * What a page shows of a challenge: its signed token (sent back with the answer), the word
 * or the question, and, for pictures, their opaque ids in display order (the values of the
 * choices), each served at its {@link #pictureAddress address}.
 */
public record ShownChallenge(String id, String prompt, List<String> pictureIds) implements Serializable {

    public boolean isWords() {
        return pictureIds.isEmpty();
    }

    /** Where the picture {@code pictureId} of this challenge is served (the last segment of its URL). */
    public String pictureAddress(String pictureId) {
        return SignedChallenges.pictureAddress(id, pictureId);
    }
}
