package fr.memberspace.mutual.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mutual.control.IdentityCheck;
import fr.memberspace.mutual.control.IdentityValues;
import fr.memberspace.mutual.control.LogoCheck;
import fr.memberspace.mutual.control.MutualValues;
import fr.memberspace.mutual.control.Problem;
import fr.memberspace.mutual.control.SettingsCheck;
import fr.memberspace.mutual.control.SettingsValues;
import fr.memberspace.mutual.entity.Mutual;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.staff.control.StaffScope;

/**
 * The platform administrators' door to the mutuals: create one, change who it is and its
 * settings, its logo. Every value is checked (controls {@link IdentityCheck},
 * {@link SettingsCheck}, {@link LogoCheck}) before anything is saved: one wrong value and
 * nothing changes. Every change is audited with the agent's name and each value before and
 * after, and evicted from this node's cache at once (other nodes see it within
 * {@value Mutual#CACHE_MILLIS} ms). A support agent may read the settings of its own
 * mutuals only ({@link StaffScope#requireReach}); nothing else here is open to it.
 */
@Stateless
@RolesAllowed(StaffRoles.ADMIN)
public class MutualAdministration {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    StaffScope scope;

    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /** The mutuals, by code, one page at a time (for the back-office's table). */
    public List<Mutual> page(int first, int size) {
        // as the database holds them now (a change made through another node included)
        return em.createQuery("SELECT m FROM Mutual m ORDER BY m.code", Mutual.class)
                .setHint(org.eclipse.persistence.config.QueryHints.REFRESH, org.eclipse.persistence.config.HintValues.TRUE)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), 100))
                .getResultList();
    }

    public long count() {
        return em.createQuery("SELECT COUNT(m) FROM Mutual m", Long.class).getSingleResult();
    }

    /** A mutual and its settings, for its form: an administrator, or support for its own mutuals. */
    @RolesAllowed({StaffRoles.ADMIN, StaffRoles.SUPPORT})
    public Optional<Mutual> read(String code) {
        scope.requireReach(code);
        return find(code);
    }

    /** Creates a mutual with the platform's default settings. */
    public MutualChange create(IdentityValues identity) {
        var problems = new ArrayList<>(IdentityCheck.problemsOfNew(identity));
        if (problems.isEmpty() && find(identity.code()).isPresent()) {
            problems.add(Problem.of("code", "admin.mutual.code.taken"));
        }
        if (!problems.isEmpty()) {
            return new MutualChange.Invalid(problems);
        }
        var mutual = new Mutual(identity.code(), identity.name().strip(), identity.senderAddress().strip(),
                clock.instant());
        mutual.describe(mutual.getName(), mutual.getSenderAddress(), colour(identity.colour()));
        em.persist(mutual);
        try {
            em.flush();
        } catch (PersistenceException taken) {
            // another administrator created the same code at the same moment
            session.setRollbackOnly();
            return new MutualChange.Invalid(List.of(Problem.of("code", "admin.mutual.code.taken")));
        }
        audit.recordStaff(AuditType.MUTUAL_CREATED, scope.agent(), null, mutual.getCode(), null,
                "name " + mutual.getName() + ", sender " + mutual.getSenderAddress()
                        + ", colour " + mutual.getBrandColour());
        return new MutualChange.Saved(mutual);
    }

    /** Changes a mutual's name, sender, colour and settings, all or nothing. */
    public MutualChange edit(String code, IdentityValues identity, SettingsValues settings) {
        var mutual = find(code).orElse(null);
        if (mutual == null) {
            return new MutualChange.Invalid(List.of(Problem.of("code", "admin.mutual.unknown")));
        }
        var problems = new ArrayList<>(IdentityCheck.problemsOfEdit(identity));
        problems.addAll(SettingsCheck.problems(settings));
        if (!problems.isEmpty()) {
            return new MutualChange.Invalid(problems);
        }
        var after = new IdentityValues(code, identity.name().strip(), identity.senderAddress().strip(),
                colour(identity.colour()));
        var changes = new ArrayList<>(MutualValues.changes(MutualValues.identity(mutual), after));
        changes.addAll(MutualValues.changes(MutualValues.settings(mutual.getSettings()), settings));
        mutual.describe(after.name(), after.senderAddress(), after.colour());
        MutualValues.apply(settings, mutual.getSettings());
        em.flush();
        var agent = scope.agent();
        changes.forEach(change -> audit.recordStaff(AuditType.MUTUAL_CHANGED, agent, null, code, null, change));
        evict(mutual);
        return new MutualChange.Saved(mutual);
    }

    /** Gives a mutual a logo (a small PNG), or takes it away with {@code null}. */
    public MutualChange setLogo(String code, byte[] png) {
        var mutual = find(code).orElse(null);
        if (mutual == null) {
            return new MutualChange.Invalid(List.of(Problem.of("code", "admin.mutual.unknown")));
        }
        if (png != null) {
            var problem = LogoCheck.problem(png);
            if (problem.isPresent()) {
                return new MutualChange.Invalid(List.of(problem.get()));
            }
        }
        var before = mutual.getLogoPng() == null ? "none" : Base64.getDecoder().decode(mutual.getLogoPng()).length + " bytes";
        mutual.setLogoPng(png == null ? null : Base64.getEncoder().encodeToString(png));
        em.flush();
        audit.recordStaff(AuditType.MUTUAL_CHANGED, scope.agent(), null, code, null,
                "logo: " + before + " → " + (png == null ? "none" : png.length + " bytes"));
        evict(mutual);
        return new MutualChange.Saved(mutual);
    }

    private Optional<Mutual> find(String code) {
        if (code == null || !code.matches(Mutual.CODE_PATTERN)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT m FROM Mutual m WHERE m.code = :code", Mutual.class)
                .setHint(org.eclipse.persistence.config.QueryHints.REFRESH, org.eclipse.persistence.config.HintValues.TRUE)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    /**
     * Once the change is committed, this node's caches forget the mutual: the next request
     * reads it from the database. After the commit, not before: evicted earlier, the commit
     * could put back a copy read before the change.
     */
    private void evict(Mutual mutual) {
        var id = mutual.getId();
        var factory = em.getEntityManagerFactory();
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                factory.getCache().evict(Mutual.class, id);
                factory.unwrap(org.eclipse.persistence.jpa.JpaEntityManagerFactory.class)
                        .getServerSession().getIdentityMapAccessor().invalidateQueryCache(Mutual.class);
            }
        });
    }

    private static String colour(String colour) {
        return colour == null || colour.isBlank() ? null : colour.strip().toLowerCase(Locale.ROOT);
    }

}
