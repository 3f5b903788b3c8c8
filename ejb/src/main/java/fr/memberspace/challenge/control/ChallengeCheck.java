package fr.memberspace.challenge.control;

/**
 * What an answer to a challenge came to, and the challenge it answered when the token was
 * authentic ({@code null} for a forged or malformed one).
 */
public record ChallengeCheck(Outcome outcome, ChallengeToken token) {

    public enum Outcome {
        /** The right picture, or the right word. */
        RIGHT,
        /** Another picture, another word, or nothing. */
        WRONG,
        /** A challenge shown on another mutual's page. */
        OTHER_MUTUAL,
        /** A challenge past its expiry. */
        EXPIRED,
        /** Not a token this server signed, or one changed since. */
        FORGED
    }

    /** Whether the answer is right (it still counts only the first time the challenge is answered). */
    public boolean isRight() {
        return outcome == Outcome.RIGHT;
    }

    /** Whether this answer uses the challenge up: any answer to a live challenge this server signed. */
    public boolean usesUp() {
        return outcome == Outcome.RIGHT || outcome == Outcome.WRONG || outcome == Outcome.OTHER_MUTUAL;
    }
}
