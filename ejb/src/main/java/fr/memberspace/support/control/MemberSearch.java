package fr.memberspace.support.control;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.account.entity.Member;

/**
 * The members of one mutual whose number starts with, or whose first name, last name,
 * "first last" or e-mail contains, what the agent typed, whatever the case. The text is a
 * query parameter (never part of the query) with its wildcards escaped.
 */
@ApplicationScoped
public class MemberSearch {

    /** The longest text searched: an e-mail address at most. */
    public static final int MAX_TEXT = 254;

    private static final String WHERE = " FROM Member m WHERE m.mutual.code = :mutual AND ("
            + "m.number LIKE :prefix ESCAPE '!'"
            + " OR LOWER(m.lastName) LIKE :text ESCAPE '!'"
            + " OR LOWER(m.firstName) LIKE :text ESCAPE '!'"
            + " OR LOWER(CONCAT(CONCAT(m.firstName, ' '), m.lastName)) LIKE :text ESCAPE '!'"
            + " OR LOWER(m.email) LIKE :text ESCAPE '!')";

    @PersistenceContext
    EntityManager em;

    /** One page of the members found, by last name, first name and number. */
    public List<Member> page(String mutualCode, String text, int first, int size) {
        return em.createQuery("SELECT m" + WHERE + " ORDER BY m.lastName, m.firstName, m.number", Member.class)
                .setParameter("mutual", mutualCode)
                .setParameter("prefix", LikePattern.startingWith(normalized(text)))
                .setParameter("text", LikePattern.containing(normalized(text)))
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
    }

    /** How many members the search finds. */
    public long count(String mutualCode, String text) {
        return em.createQuery("SELECT COUNT(m)" + WHERE, Long.class)
                .setParameter("mutual", mutualCode)
                .setParameter("prefix", LikePattern.startingWith(normalized(text)))
                .setParameter("text", LikePattern.containing(normalized(text)))
                .getSingleResult();
    }

    /** The text as searched: trimmed, inner runs of spaces as one; null is the empty text (every member). */
    public static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
