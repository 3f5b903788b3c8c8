package fr.memberspace.mutual;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.mutual.entity.Mutual;

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

    /** Writes one setting by hand, as someone with SQL access would; the column is the test's own constant. */
    public void writeInSql(String code, String column, Object value) {
        em.createNativeQuery("UPDATE mutual SET " + column + " = ?1 WHERE code = ?2")
                .setParameter(1, value)
                .setParameter(2, code)
                .executeUpdate();
        em.flush();
    }

    /** One setting as the database holds it now. */
    public Object readInSql(String code, String column) {
        return em.createNativeQuery("SELECT " + column + " FROM mutual WHERE code = ?1")
                .setParameter(1, code)
                .getSingleResult();
    }

    /** Lets the mutual's members type letters in their numbers. */
    public void numberFormat(String code, String format) {
        em.createQuery("SELECT m FROM Mutual m WHERE m.code = :code", Mutual.class)
                .setParameter("code", code)
                .getSingleResult()
                .getSettings()
                .setNumberFormat(format);
    }
}
