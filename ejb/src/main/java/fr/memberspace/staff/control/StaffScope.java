package fr.memberspace.staff.control;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.staff.entity.StaffMember;
import fr.memberspace.staff.entity.StaffStatus;

/**
 * Who the staff caller of a back-office boundary is, and which mutuals it may reach: an
 * administrator every mutual, a support agent only those of its {@code staff_mutual} rows.
 * Boundaries check here, not only the pages: a support agent of mutual B that forges a
 * request about mutual A gets {@link OutOfScope}.
 *
 * <p>The caller is read from the EJB context of the boundary being called
 * ({@code java:comp/EJBContext}, so use it from {@code @Stateless} boundaries): its
 * principal is {@code staff:<email>} and its role {@value StaffRoles#ADMIN} or
 * {@value StaffRoles#SUPPORT}. The account is read again at every question, so a staff
 * member disabled a moment ago reaches nothing any more, even within a signed-in session.
 * A member ({@code <mutual>/<number>}, role {@code member}) or an anonymous caller is no
 * staff: it reaches nothing.
 */
@ApplicationScoped
public class StaffScope {

    @PersistenceContext
    EntityManager em;

    /** The signed-in staff member's e-mail (lower case), for audit lines; empty for any other caller. */
    public String agent() {
        return callerEmail().orElseThrow(() -> new OutOfScope(null));
    }

    /** The e-mail of the staff caller, if the caller is a staff member (active or not). */
    public Optional<String> callerEmail() {
        return context().map(EJBContext::getCallerPrincipal).map(Principal::getName)
                .filter(name -> name.startsWith(StaffRoles.CALLER_PREFIX))
                .map(name -> name.substring(StaffRoles.CALLER_PREFIX.length()).toLowerCase(Locale.ROOT));
    }

    /** Whether the caller is an active platform administrator. */
    public boolean isAdmin() {
        return hasRole(StaffRoles.ADMIN) && activeCaller().map(s -> StaffRoles.ADMIN.equals(s.getRole())).orElse(false);
    }

    /** Whether the caller is an active support agent. */
    public boolean isSupport() {
        return hasRole(StaffRoles.SUPPORT) && activeCaller().map(s -> StaffRoles.SUPPORT.equals(s.getRole())).orElse(false);
    }

    /** Whether the caller may see and act on this mutual and its members. */
    public boolean mayReach(String mutualCode) {
        if (mutualCode == null) {
            return false;
        }
        var caller = activeCaller();
        if (caller.isEmpty() || !hasRole(caller.get().getRole())) {
            return false;
        }
        return StaffRoles.ADMIN.equals(caller.get().getRole()) || caller.get().getMutuals().contains(mutualCode);
    }

    /**
     * The codes of the mutuals the caller may reach, sorted. <b>For an administrator: the
     * codes of every mutual that exists now</b> (read from the {@code mutual} table at each
     * call, so always a real, finite set, usable as is in {@code WHERE mutual_code IN
     * :codes}; a query that must also see rows of no mutual should test {@link #isAdmin()}
     * instead). For a support agent: its own mutuals. For anyone else: empty.
     */
    @SuppressWarnings("unchecked")
    public Set<String> reachableMutuals() {
        var caller = activeCaller();
        if (caller.isEmpty() || !hasRole(caller.get().getRole())) {
            return Set.of();
        }
        if (StaffRoles.ADMIN.equals(caller.get().getRole())) {
            // native: the staff feature depends on no other feature (the mutual feature uses this one)
            return new TreeSet<>(em.createNativeQuery("SELECT code FROM mutual").getResultList());
        }
        return new TreeSet<>(caller.get().getMutuals());
    }

    /** @throws OutOfScope unless the caller {@link #mayReach may reach} this mutual */
    public void requireReach(String mutualCode) {
        if (!mayReach(mutualCode)) {
            throw new OutOfScope(mutualCode);
        }
    }

    /** @throws OutOfScope unless the caller is an active platform administrator */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new OutOfScope(null);
        }
    }

    /** The caller's account, if the caller is a staff member whose account is active. */
    public Optional<StaffMember> activeCaller() {
        return callerEmail().flatMap(email -> em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class)
                        .setParameter("email", email)
                        .getResultStream().findFirst())
                .filter(staff -> staff.getStatus() == StaffStatus.ACTIVE);
    }

    private boolean hasRole(String role) {
        return context().map(context -> {
            try {
                return context.isCallerInRole(role);
            } catch (IllegalStateException notDeclared) {
                return false;
            }
        }).orElse(false);
    }

    private static Optional<EJBContext> context() {
        try {
            return Optional.of((EJBContext) new InitialContext().lookup("java:comp/EJBContext"));
        } catch (NamingException | ClassCastException notInAnEjb) {
            return Optional.empty();
        }
    }
}
