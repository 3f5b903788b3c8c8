package fr.memberspace.mutual.boundary;

import java.time.Clock;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import fr.memberspace.mutual.control.BrandColour;
import fr.memberspace.mutual.entity.Mutual;

/** The mutuals hosted on the platform. */
@Stateless
public class Mutuals {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The mutual reached under {@code /{code}/}, if there is one. Any string is accepted
     * (it comes from a URL): one that cannot be a code simply finds nothing. Every request
     * of a mutual asks it: it reads EclipseLink's shared cache in no transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Mutual> find(String code) {
        if (code == null || !code.matches(Mutual.CODE_PATTERN)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Mutual.BY_CODE, Mutual.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * The main colour of the mutual's pages ({@code #rrggbb}): its own (the platform's if it
     * chose none), darkened if white text on it, or it as text on white, would be under the
     * 4.5:1 of WCAG 2.2 AA.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public String brandColour(Mutual mutual) {
        return BrandColour.of(mutual);
    }

    /** The mutual's logo, a checked PNG, if it has one. */
    public java.util.Optional<byte[]> logo(String code) {
        return find(code).map(Mutual::getLogoPng).map(java.util.Base64.getDecoder()::decode);
    }

    /** Registers a new mutual; the code must be unused. */
    public Mutual register(@NotBlank @jakarta.validation.constraints.Pattern(regexp = Mutual.CODE_PATTERN) String code,
                           @NotBlank @Size(max = 120) String name,
                           @NotBlank @Email @Size(max = 254) String senderAddress) {
        var mutual = new Mutual(code, name, senderAddress, clock.instant());
        em.persist(mutual);
        return mutual;
    }
}
