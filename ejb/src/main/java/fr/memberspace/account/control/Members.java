package fr.memberspace.account.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;

/** Finds members by the number they type; used by the account and reset boundaries. */
@ApplicationScoped
public class Members {

    @PersistenceContext
    EntityManager em;

    /** The member with this number in this mutual; nothing for a number that cannot be one. */
    public Optional<Member> find(String mutualCode, String number) {
        if (number == null || !number.matches(Member.NUMBER_PATTERN)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Member.BY_NUMBER, Member.class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .getResultStream()
                .findFirst();
    }
}
