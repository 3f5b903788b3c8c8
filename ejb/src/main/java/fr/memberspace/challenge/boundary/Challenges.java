package fr.memberspace.challenge.boundary;

import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import fr.memberspace.challenge.ShownChallenge;
import fr.memberspace.challenge.control.IssuedChallenges;

/**
 * The image anti-robot challenge of the login page ("Cliquer sur l'image correspondant au
 * mot : ballon"): pictures under opaque ids, checked once on the server, expiring; or, for
 * people who cannot see pictures, a question in words about them. The reset wizard asks
 * the same challenges through its own door; both run {@link IssuedChallenges}.
 * <p>
 * {@code MEMBERSPACE_CHALLENGE=off} in the environment accepts every answer, for automated
 * acceptance tests outside production; the server says so loudly at startup.
 */
@Singleton
@Startup
@Lock(LockType.READ)
public class Challenges {

    private static final Logger LOG = Logger.getLogger(Challenges.class.getName());

    @Inject
    IssuedChallenges issued;

    @PostConstruct
    void warnIfOff() {
        issued.offWarning().ifPresent(LOG::severe);
    }

    /** A new picture challenge: the word to click, and the pictures' opaque ids. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // writes nothing: no transaction per page view
    public ShownChallenge issue(String mutualCode, Locale locale) {
        return issued.issue(mutualCode, locale);
    }

    /** A new question in words, instead of pictures. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // writes nothing: no transaction per page view
    public ShownChallenge issueQuestion(String mutualCode, Locale locale) {
        return issued.issueQuestion(mutualCode, locale);
    }

    /**
     * The SVG at a picture address ({@link ShownChallenge#pictureAddress}) while its challenge
     * is alive; its bytes differ from one challenge to the next.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // writes nothing: no transaction per page view
    public Optional<byte[]> picture(String pictureAddress) {
        return issued.picture(pictureAddress);
    }

    /**
     * Checks an answer given on {@code mutualCode}'s page, once: a live challenge is used up
     * whatever the answer, and a second answer to it is refused. Audited (pass or fail).
     */
    public boolean pass(String mutualCode, String challengeId, String answer) {
        return issued.pass(mutualCode, challengeId, answer);
    }

    /** Every ten minutes, forgets answers to challenges long expired. */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void forgetOldAnswers() {
        int forgotten = forgetOld();
        LOG.fine(() -> forgotten + " old challenge answers forgotten");
    }

    /** Forgets answers to challenges long expired; how many. */
    public int forgetOld() {
        return issued.forgetOld();
    }
}
