package fr.memberspace.challenge.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A challenge as the server signed it: the {@code text} the page carries (and sends back
 * with the answer), what kind of challenge it is, the mutual it was shown for, when it
 * expires, and its random {@code nonce} (base64url), from which, with the server secret, the
 * pictures, their order and the target are derived again whenever needed.
 */
public record ChallengeToken(String text, Kind kind, String mutualCode, Instant expiresAt, String nonce) {

    /** Pictures to click, or a question to answer in words (for people who cannot see them). */
    public enum Kind {
        PICTURES('P'), WORDS('W');

        final byte code;

        Kind(char code) {
            this.code = (byte) code;
        }

        static Kind of(byte code) {
            for (Kind kind : values()) {
                if (kind.code == code) {
                    return kind;
                }
            }
            return null;
        }
    }

    public ChallengeToken {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(mutualCode, "mutualCode");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(nonce, "nonce");
    }

    /** Whether the challenge may still be answered at {@code now} (it expires at {@code expiresAt}). */
    public boolean isLiveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
