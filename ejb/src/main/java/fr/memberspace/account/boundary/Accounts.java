package fr.memberspace.account.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.account.entity.Member;
import fr.memberspace.mutual.boundary.Mutuals;

/** The members' accounts. */
@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Mutuals mutuals;

    @Inject
    Clock clock;

    /** The member with this number in this mutual, if any. */
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

    /**
     * Enrols a member of an existing mutual (as the mutual's member file would); a new
     * member has no password yet and starts with the first-connection path.
     *
     * @throws IllegalArgumentException when the mutual does not exist
     */
    public Member enrol(@NotBlank String mutualCode,
                        @NotNull @Pattern(regexp = Member.NUMBER_PATTERN) String number,
                        @NotBlank @Size(max = 100) String firstName,
                        @NotBlank @Size(max = 100) String lastName,
                        @NotBlank @Email @Size(max = 254) String email) {
        var mutual = mutuals.find(mutualCode)
                .orElseThrow(() -> new IllegalArgumentException("Unknown mutual " + mutualCode));
        var member = new Member(mutual, number, firstName, lastName, email,
                AccountStatus.NO_PASSWORD, clock.instant());
        em.persist(member);
        em.flush();
        return member;
    }
}
