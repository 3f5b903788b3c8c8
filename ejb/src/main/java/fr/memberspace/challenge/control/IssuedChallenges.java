package fr.memberspace.challenge.control;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.challenge.ShownChallenge;
import fr.memberspace.secret.control.ServerSecret;

/**
 * Issuing and checking the anti-robot challenges, for every page that asks one (the login
 * page through the {@code Challenges} boundary, the reset wizard through its own door).
 * <p>
 * A challenge is a token the server signs ({@link SignedChallenges}): showing it and its
 * pictures writes nothing and reads nothing. Only an answer is recorded, once, by the
 * challenge's nonce ({@link AnsweredChallenges}), until the challenge expires.
 */
@ApplicationScoped
public class IssuedChallenges {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    /** How long answers are remembered past their challenge's expiry: what clocks of a cluster may differ by. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ServerSecret secret;

    @EJB
    AnsweredChallenges answered;

    private volatile SignedChallenges signed;
    private ChallengeSwitch check;

    @PostConstruct
    void load() {
        check = ChallengeSwitch.of(System.getenv());
    }

    /** The loud warning to log at startup when challenges are switched off, if they are. */
    public Optional<String> offWarning() {
        return check.checked() ? Optional.empty() : Optional.of(check.warning());
    }

    /** A new picture challenge: the word to click, and the pictures' opaque ids. */
    public ShownChallenge issue(String mutualCode, Locale locale) {
        var token = signed().issue(ChallengeToken.Kind.PICTURES, mutualCode, clock.instant().plus(VALIDITY));
        var drawn = signed().pictures(token);
        return new ShownChallenge(token.text(), drawn.word(locale), drawn.ids());
    }

    /** A new question in words, instead of pictures. */
    public ShownChallenge issueQuestion(String mutualCode, Locale locale) {
        var token = signed().issue(ChallengeToken.Kind.WORDS, mutualCode, clock.instant().plus(VALIDITY));
        return new ShownChallenge(token.text(), signed().question(token, locale).text(), List.of());
    }

    /** The SVG at a picture address while its challenge is alive; its bytes differ from one challenge to the next. */
    public Optional<byte[]> picture(String pictureAddress) {
        return signed().pictureAt(pictureAddress, clock.instant());
    }

    /**
     * Checks an answer given on {@code mutualCode}'s page, once: a live challenge is used up
     * whatever the answer, and a second answer to it is refused. Audited (pass or fail).
     */
    public boolean pass(String mutualCode, String challengeId, String answer) {
        var result = new ChallengeChecks(signed()).check(mutualCode, challengeId, answer, clock.instant());
        boolean first = result.usesUp() && firstAnswer(result.token());
        boolean passed = !check.checked() || first && result.isRight();
        audit.record(passed ? AuditType.CHALLENGE_PASSED : AuditType.CHALLENGE_FAILED, mutualCode, null,
                detail(result, first));
        return passed;
    }

    /** Forgets answers to challenges long expired; how many. */
    public int forgetOld() {
        return answered.forgetExpiredBefore(clock.instant().minus(CLOCK_SKEW));
    }

    private boolean firstAnswer(ChallengeToken token) {
        try {
            return answered.record(token.nonce(), token.expiresAt());
        } catch (EJBException raced) {
            return false; // answered at the same moment by another request: that one counts
        }
    }

    private static String detail(ChallengeCheck result, boolean first) {
        var kind = result.token() == null ? "" : result.token().kind().name() + " ";
        return kind + (result.usesUp() && !first ? "ALREADY_ANSWERED" : result.outcome().name());
    }

    private SignedChallenges signed() {
        var current = signed;
        if (current == null) {
            current = SignedChallenges.with(secret.keys(), Pictures.standard(),
                    new SecureRandom());
            signed = current;
        }
        return current;
    }
}
