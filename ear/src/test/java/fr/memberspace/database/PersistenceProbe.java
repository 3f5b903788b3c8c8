package fr.memberspace.database;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only bean deployed with {@link PersistenceIT}: looks at the persistence unit from inside. */
@Stateless
public class PersistenceProbe {

    @PersistenceContext
    EntityManager em;

    public String delegateClassName() {
        return em.getDelegate().getClass().getName();
    }

    public List<String> appliedMigrations() {
        @SuppressWarnings("unchecked")
        List<String> versions = em.createNativeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                        + " ORDER BY \"installed_rank\"")
                .getResultList();
        return versions;
    }

    public long members(String mutualCode) {
        return em.createQuery("SELECT COUNT(m) FROM Member m WHERE m.mutual.code = :code", Long.class)
                .setParameter("code", mutualCode)
                .getSingleResult();
    }
}
