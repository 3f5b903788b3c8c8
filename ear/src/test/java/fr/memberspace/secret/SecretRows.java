package fr.memberspace.secret;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: the rows of {@code platform_secret}, as plain SQL reads them. */
@Stateless
public class SecretRows {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<Object[]> all() {
        return em.createNativeQuery("SELECT name, secret FROM platform_secret ORDER BY name").getResultList();
    }
}
