package fr.memberspace.challenge.control;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The nonces of answered challenges, each recorded once on a unique key, until the
 * challenge has expired. In a transaction of its own, so that the challenge is used up even
 * when the caller's transaction rolls back, and a rejected insert never spoils the caller's.
 * Expiries are seconds since the epoch: no time zone can shift them.
 */
@Stateless
public class AnsweredChallenges {

    @PersistenceContext
    EntityManager em;

    /**
     * Records an answer to the challenge {@code nonce}: true the first time only. Two
     * simultaneous first answers both insert; the unique key refuses one of them, which then
     * fails with an {@link jakarta.ejb.EJBException}.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(String nonce, Instant expiresAt) {
        return em.createNativeQuery("INSERT INTO answered_challenges (nonce, expires_at)"
                        + " SELECT ?1, CAST(?2 AS BIGINT) WHERE NOT EXISTS"
                        + " (SELECT 1 FROM answered_challenges WHERE nonce = ?1)")
                .setParameter(1, nonce)
                .setParameter(2, expiresAt.getEpochSecond())
                .executeUpdate() == 1;
    }

    /** Forgets the answers to challenges expired before {@code before}: their tokens are refused anyway. */
    public int forgetExpiredBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM answered_challenges WHERE expires_at < ?1")
                .setParameter(1, before.getEpochSecond())
                .executeUpdate();
    }
}
