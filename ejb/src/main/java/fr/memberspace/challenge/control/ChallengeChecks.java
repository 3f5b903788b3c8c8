package fr.memberspace.challenge.control;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Checks an answer against a signed challenge: the token must be authentic, live and shown
 * for the same mutual; then the challenge it stands for decides, through
 * {@link PictureChallenge#isAnsweredBy} or {@link WordQuestion#isAnsweredBy}. That an answer
 * counts only once is the boundary's to enforce (it records the nonce).
 */
public final class ChallengeChecks {

    private final SignedChallenges signed;

    public ChallengeChecks(SignedChallenges signed) {
        this.signed = Objects.requireNonNull(signed, "signed");
    }

    /** The outcome of {@code answer} to the challenge {@code token}, given on {@code mutualCode}'s page at {@code now}. */
    public ChallengeCheck check(String mutualCode, String token, String answer, Instant now) {
        var read = signed.read(token);
        if (read.isEmpty()) {
            return new ChallengeCheck(ChallengeCheck.Outcome.FORGED, null);
        }
        var challenge = read.get();
        if (!challenge.isLiveAt(now)) {
            return new ChallengeCheck(ChallengeCheck.Outcome.EXPIRED, challenge);
        }
        if (!challenge.mutualCode().equals(mutualCode)) {
            return new ChallengeCheck(ChallengeCheck.Outcome.OTHER_MUTUAL, challenge);
        }
        boolean right = switch (challenge.kind()) {
            case PICTURES -> signed.pictures(challenge).isAnsweredBy(answer);
            case WORDS -> signed.question(challenge, Locale.ROOT).isAnsweredBy(answer);
        };
        return new ChallengeCheck(right ? ChallengeCheck.Outcome.RIGHT : ChallengeCheck.Outcome.WRONG, challenge);
    }
}
