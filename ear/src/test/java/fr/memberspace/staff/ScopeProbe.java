package fr.memberspace.staff;

import java.util.Set;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import fr.memberspace.staff.control.StaffRoles;
import fr.memberspace.staff.control.StaffScope;

/** Test-only: a boundary that answers what {@link StaffScope} says of its caller. */
@Stateless
@PermitAll
@DeclareRoles({StaffRoles.ADMIN, StaffRoles.SUPPORT, "member"})
public class ScopeProbe {

    @Inject
    StaffScope scope;

    public String agent() {
        return scope.agent();
    }

    public boolean isAdmin() {
        return scope.isAdmin();
    }

    public boolean mayReach(String mutual) {
        return scope.mayReach(mutual);
    }

    public Set<String> reachable() {
        return scope.reachableMutuals();
    }

    public void requireReach(String mutual) {
        scope.requireReach(mutual);
    }
}
