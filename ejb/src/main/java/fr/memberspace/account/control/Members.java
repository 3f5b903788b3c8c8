package fr.memberspace.account.control;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;

/** Finds members by the number they type; used by the account and reset boundaries. */
@ApplicationScoped
public class Members {

    @PersistenceContext
    EntityManager em;

    /** Where a member's codes go, and whether it is a first connection: what the wizard needs, no more. */
    public record Contact(String email, AccountStatus status) {
    }

    /**
     * The e-mail and status of the member with this number, read as plain values (no entity is
     * built, so a known number costs the database what an unknown one does: one query, one
     * row or none); nothing for a number that cannot be one.
     */
    public Optional<Contact> contact(String mutualCode, String number) {
        if (number == null || !number.matches(Member.NUMBER_PATTERN)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m.email, m.status FROM Member m WHERE m.mutual.code = :mutual"
                        + " AND m.number = :number", Object[].class)
                .setParameter("mutual", mutualCode)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .map(row -> new Contact((String) row[0], (AccountStatus) row[1]));
    }

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
