package fr.memberspace.mutual;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Test-only: changes a mutual's row in SQL, behind EclipseLink's back (as another node would). */
@Stateless
public class MutualRows {

    @PersistenceContext
    EntityManager em;

    public void renameInSql(String code, String name) {
        em.createNativeQuery("UPDATE mutual SET name = ?1 WHERE code = ?2")
                .setParameter(1, name)
                .setParameter(2, code)
                .executeUpdate();
    }
}
