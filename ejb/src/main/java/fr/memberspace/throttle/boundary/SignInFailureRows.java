package fr.memberspace.throttle.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Makes sure the failure counter of a member number exists before a sign-in locks it, in a
 * transaction of its own: when two first attempts race, one insert fails harmlessly and
 * both then lock the same row.
 */
@Stateless
public class SignInFailureRows {

    @PersistenceContext
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(String mutualCode, String memberNumber) {
        em.createNativeQuery("INSERT INTO sign_in_failures (mutual_code, member_number, consecutive, locks, version)"
                        + " SELECT ?1, ?2, 0, 0, 0 WHERE NOT EXISTS (SELECT 1 FROM sign_in_failures"
                        + " WHERE mutual_code = ?1 AND member_number = ?2)")
                .setParameter(1, mutualCode)
                .setParameter(2, memberNumber)
                .executeUpdate();
    }
}
