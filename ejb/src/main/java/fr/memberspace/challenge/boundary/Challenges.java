package fr.memberspace.challenge.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.challenge.control.ChallengeCheck;
import fr.memberspace.challenge.control.ChallengeChecks;
import fr.memberspace.challenge.control.ChallengeSwitch;
import fr.memberspace.challenge.control.ChallengeToken;
import fr.memberspace.challenge.control.Pictures;
import fr.memberspace.challenge.control.SignedChallenges;
import fr.memberspace.secret.control.ServerSecret;

/**
 * The image anti-robot challenge ("Cliquer sur l'image correspondant au mot : ballon"):
 * pictures under opaque ids, checked once on the server, expiring; or, for people who cannot
 * see pictures, a question in words about them.
 * <p>
 * A challenge is a token the server signs ({@link SignedChallenges}): showing it and its
 * pictures writes nothing and reads nothing, so a robot reloading the login page costs no
 * disk. Only an answer is recorded, once, by the challenge's nonce
 * ({@link AnsweredChallenges}), until the challenge expires.
 * <p>
 * {@code MEMBERSPACE_CHALLENGE=off} in the environment accepts every answer, for automated
 * acceptance tests outside production; the server says so loudly at startup.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class Challenges {

    static final Duration VALIDITY = Duration.ofMinutes(10);
    /** How long answers are remembered past their challenge's expiry: what clocks of a cluster may differ by. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Logger LOG = Logger.getLogger(Challenges.class.getName());

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    ServerSecret secret;

    @EJB
    AnsweredChallenges answered;

    private volatile SignedChallenges signed;
    private boolean off;

    @PostConstruct
    void load() {
        var check = ChallengeSwitch.of(System.getenv());
        off = !check.checked();
        if (off) {
            LOG.severe(check.warning());
        }
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

    /**
     * The SVG at a picture address ({@link ShownChallenge#pictureAddress}) while its challenge
     * is alive; its bytes differ from one challenge to the next.
     */
    public Optional<byte[]> picture(String pictureAddress) {
        return signed().pictureAt(pictureAddress, clock.instant());
    }

    /**
     * Checks an answer given on {@code mutualCode}'s page, once: a live challenge is used up
     * whatever the answer, and a second answer to it is refused. Audited (pass or fail).
     */
    public boolean pass(String mutualCode, String challengeId, String answer) {
        var check = new ChallengeChecks(signed()).check(mutualCode, challengeId, answer, clock.instant());
        boolean first = check.usesUp() && firstAnswer(check.token());
        boolean passed = off || first && check.isRight();
        audit.record(passed ? AuditType.CHALLENGE_PASSED : AuditType.CHALLENGE_FAILED, mutualCode, null,
                detail(check, first));
        return passed;
    }

    /** Every ten minutes, forgets answers to challenges long expired. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void forgetOldAnswers() {
        int forgotten = forgetOld();
        LOG.fine(() -> forgotten + " old challenge answers forgotten");
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

    private static String detail(ChallengeCheck check, boolean first) {
        var kind = check.token() == null ? "" : check.token().kind().name() + " ";
        return kind + (check.usesUp() && !first ? "ALREADY_ANSWERED" : check.outcome().name());
    }

    private SignedChallenges signed() {
        var current = signed;
        if (current == null) {
            current = new SignedChallenges(secret.keyFor(SignedChallenges.KEY_USE), Pictures.standard(),
                    new SecureRandom());
            signed = current;
        }
        return current;
    }
}
