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

    /** The mutual's audit lines of these types, oldest first, as "TYPE agent: detail". */
    public java.util.List<String> auditLines(String code, fr.memberspace.audit.entity.AuditType... types) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.mutualCode = :code AND e.type IN :types"
                        + " ORDER BY e.id", fr.memberspace.audit.entity.AuditEvent.class)
                .setParameter("code", code)
                .setParameter("types", java.util.List.of(types))
                .getResultStream()
                .map(e -> e.getType() + " " + e.getAgent() + ": " + e.getDetail())
                .toList();
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
