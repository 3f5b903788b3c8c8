package fr.memberspace.team.boundary;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.memberspace.audit.control.AuditTrail;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.mail.control.Outbox;
import fr.memberspace.request.RequestContext;
import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.staff.control.StaffScope;
import fr.memberspace.staff.entity.StaffMember;
import fr.memberspace.staff.entity.StaffStatus;
import fr.memberspace.team.control.StaffInvitations;
import fr.memberspace.team.control.StaffMails;

/**
 * The team page's door, for platform administrators only (the role, then the account
 * itself: {@link StaffScope#requireAdmin()}): list the staff, create a support agent (who
 * gets an invitation e-mail to choose a password), change its mutuals, disable or enable an
 * account. Every change is audited with the administrator's e-mail as agent.
 */
@Stateless
@RolesAllowed(StaffRoles.ADMIN)
@DeclareRoles({StaffRoles.ADMIN, StaffRoles.SUPPORT})
public class Team {

    static final Pattern EMAIL = Pattern.compile("[^@\\s\\p{Cntrl}<>\"']{1,64}@[a-z0-9.-]{1,189}\\.[a-z]{2,24}");
    static final int NAME_LENGTH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffScope scope;

    @Inject
    StaffInvitations invitations;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public List<StaffView> list() {
        scope.requireAdmin();
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultStream().map(StaffView::of).toList();
    }

    /** The mutuals an agent may be given (every mutual, for an administrator). */
    public Set<String> mutuals() {
        scope.requireAdmin();
        return scope.reachableMutuals();
    }

    /** Creates a support agent of these mutuals and e-mails it an invitation. */
    public TeamChange createAgent(RequestContext request, String email, String displayName, Set<String> mutuals) {
        scope.requireAdmin();
        var address = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            return new TeamChange.Rejected("team.email.invalid", "email");
        }
        var name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > NAME_LENGTH || name.codePoints().anyMatch(Character::isISOControl)) {
            return new TeamChange.Rejected("team.name.invalid", "name");
        }
        var rejected = checkMutuals(mutuals);
        if (rejected != null) {
            return rejected;
        }
        if (find(address) != null) {
            return new TeamChange.Rejected("team.email.taken", "email");
        }
        var staff = new StaffMember(address, name, StaffRoles.SUPPORT, StaffStatus.INVITED, clock.instant());
        staff.reachOnly(new TreeSet<>(mutuals));
        em.persist(staff);
        em.flush();
        var agent = scope.agent();
        audit.recordStaff(AuditType.STAFF_CREATED, agent, request, null, null,
                address + " " + StaffRoles.SUPPORT + " " + String.join(",", staff.getMutuals()));
        invite(request, staff, agent);
        return new TeamChange.Done(StaffView.of(staff));
    }

    /** Sends a new invitation to an account that has not chosen its password yet. */
    public TeamChange reinvite(RequestContext request, long id) {
        scope.requireAdmin();
        var staff = em.find(StaffMember.class, id);
        if (staff == null || staff.getStatus() != StaffStatus.INVITED) {
            return new TeamChange.Rejected("team.notFound", null);
        }
        invite(request, staff, scope.agent());
        return new TeamChange.Done(StaffView.of(staff));
    }

    public TeamChange changeMutuals(RequestContext request, long id, Set<String> mutuals) {
        scope.requireAdmin();
        var staff = em.find(StaffMember.class, id);
        if (staff == null || !StaffRoles.SUPPORT.equals(staff.getRole())) {
            return new TeamChange.Rejected("team.notFound", null);
        }
        var rejected = checkMutuals(mutuals);
        if (rejected != null) {
            return rejected;
        }
        var before = String.join(",", staff.getMutuals());
        staff.reachOnly(new TreeSet<>(mutuals));
        audit.recordStaff(AuditType.STAFF_MUTUALS_CHANGED, scope.agent(), request, null, null,
                staff.getEmail() + " " + before + " -> " + String.join(",", staff.getMutuals()));
        return new TeamChange.Done(StaffView.of(staff));
    }

    /** Disables an account: it signs in no more, and its open sessions reach nothing any more. */
    public TeamChange disable(RequestContext request, long id) {
        scope.requireAdmin();
        var staff = em.find(StaffMember.class, id);
        if (staff == null) {
            return new TeamChange.Rejected("team.notFound", null);
        }
        var agent = scope.agent();
        if (staff.getEmail().equals(agent)) {
            return new TeamChange.Rejected("team.disable.self", null);
        }
        staff.disable();
        audit.recordStaff(AuditType.STAFF_DISABLED, agent, request, null, null, staff.getEmail());
        return new TeamChange.Done(StaffView.of(staff));
    }

    public TeamChange enable(RequestContext request, long id) {
        scope.requireAdmin();
        var staff = em.find(StaffMember.class, id);
        if (staff == null || staff.getStatus() != StaffStatus.DISABLED) {
            return new TeamChange.Rejected("team.notFound", null);
        }
        staff.enable();
        audit.recordStaff(AuditType.STAFF_ENABLED, scope.agent(), request, null, null, staff.getEmail());
        return new TeamChange.Done(StaffView.of(staff));
    }

    private TeamChange.Rejected checkMutuals(Set<String> mutuals) {
        if (mutuals == null || mutuals.isEmpty()) {
            return new TeamChange.Rejected("team.mutuals.none", "mutuals");
        }
        if (!scope.reachableMutuals().containsAll(mutuals)) {
            return new TeamChange.Rejected("team.mutuals.unknown", "mutuals");
        }
        return null;
    }

    private void invite(RequestContext request, StaffMember staff, String agent) {
        var token = invitations.issue(staff.getId());
        staff.invite(token.hash(), clock.instant().plus(StaffInvitations.VALIDITY));
        outbox.queue(StaffMails.OUTBOX_MUTUAL, null, StaffMails.INVITATION,
                StaffMails.invitation(staff.getEmail(), staff.getDisplayName(), agent, token.token(),
                        StaffInvitations.VALIDITY));
        audit.recordStaff(AuditType.STAFF_INVITED, agent, request, null, null, staff.getEmail());
    }

    private StaffMember find(String email) {
        return em.createNamedQuery(StaffMember.BY_EMAIL, StaffMember.class).setParameter("email", email)
                .getResultStream().findFirst().orElse(null);
    }
}
