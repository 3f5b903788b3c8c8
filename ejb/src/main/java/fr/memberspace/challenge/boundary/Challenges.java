package fr.memberspace.challenge.boundary;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.challenge.control.ChallengeSwitch;
import fr.memberspace.challenge.control.PictureChallenges;
import fr.memberspace.challenge.control.Pictures;
import fr.memberspace.challenge.control.TypedWord;
import fr.memberspace.challenge.control.WordQuestions;
import fr.memberspace.challenge.entity.Challenge;
import fr.memberspace.challenge.entity.ChallengePicture;

/**
 * The image anti-robot challenge ("Cliquer sur l'image correspondant au mot : ballon"):
 * issued with pictures under random ids, checked once on the server, expiring; or, for
 * people who cannot see pictures, a question in words about them.
 * <p>
 * {@code MEMBERSPACE_CHALLENGE=off} in the environment accepts every answer, for automated
 * acceptance tests outside production; the server says so loudly at startup.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class Challenges {

    static final Duration VALIDITY = Duration.ofMinutes(10);

    private static final Logger LOG = Logger.getLogger(Challenges.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    private Pictures pictures;
    private boolean off;

    @PostConstruct
    void load() {
        pictures = Pictures.standard();
        var check = ChallengeSwitch.of(System.getenv());
        off = !check.checked();
        if (off) {
            LOG.severe(check.warning());
        }
    }

    /** A new picture challenge: the word to click, and the pictures' random ids. */
    public ShownChallenge issue(String mutualCode, Locale locale) {
        var drawn = new PictureChallenges(pictures, RANDOM).draw();
        var id = newId();
        var now = clock.instant();
        em.persist(new Challenge(id, mutualCode, Challenge.Kind.PICTURES, drawn.answerId(), now, now.plus(VALIDITY)));
        em.flush();
        for (int i = 0; i < drawn.shown().size(); i++) {
            var shown = drawn.shown().get(i);
            em.persist(new ChallengePicture(shown.id(), id, shown.pictureKey(), i));
        }
        return new ShownChallenge(id, drawn.word(locale), drawn.ids());
    }

    /** A new question in words, instead of pictures. */
    public ShownChallenge issueQuestion(String mutualCode, Locale locale) {
        var question = new WordQuestions(pictures, RANDOM).draw(locale);
        var id = newId();
        var now = clock.instant();
        em.persist(new Challenge(id, mutualCode, Challenge.Kind.WORDS, question.answerKey(), now, now.plus(VALIDITY)));
        return new ShownChallenge(id, question.text(), java.util.List.of());
    }

    /** The SVG behind a picture id, while its challenge is unused and alive. */
    public Optional<byte[]> picture(String pictureId) {
        if (pictureId == null || pictureId.length() > 43) {
            return Optional.empty();
        }
        return em.createNamedQuery(ChallengePicture.SHOWN, String.class)
                .setParameter("id", pictureId)
                .setParameter("now", clock.instant())
                .getResultStream()
                .findFirst()
                .map(pictures::svg);
    }

    /** Checks an answer, once: the challenge is used up whatever the answer. Audited (pass or fail). */
    public boolean pass(String challengeId, String answer) {
        if (challengeId == null || challengeId.length() > 43) {
            audit.record(off ? AuditType.CHALLENGE_PASSED : AuditType.CHALLENGE_FAILED, (String) null, null, "no challenge");
            return off;
        }
        var challenge = em.find(Challenge.class, challengeId);
        int used = em.createNamedQuery(Challenge.USE)
                .setParameter("id", challengeId)
                .setParameter("now", clock.instant())
                .executeUpdate();
        boolean passed = off || used == 1 && challenge != null && answer != null && rightAnswer(challenge, answer);
        audit.record(passed ? AuditType.CHALLENGE_PASSED : AuditType.CHALLENGE_FAILED,
                challenge == null ? null : challenge.getMutualCode(), null,
                challenge == null ? "unknown challenge" : challenge.getKind().name());
        return passed;
    }

    private boolean rightAnswer(Challenge challenge, String answer) {
        if (challenge.getKind() == Challenge.Kind.PICTURES) {
            return challenge.getAnswer().equals(answer);
        }
        var typed = TypedWord.normalise(answer);
        return pictures.find(challenge.getAnswer())
                .filter(picture -> typed.equals(TypedWord.normalise(picture.french()))
                        || typed.equals(TypedWord.normalise(picture.english())))
                .isPresent();
    }

    /** Forgets challenges expired for a while (called by a timer). */
    public int forgetOld() {
        return em.createNamedQuery(Challenge.FORGET)
                .setParameter("before", clock.instant().minus(Duration.ofHours(1)))
                .executeUpdate();
    }

    private static String newId() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
