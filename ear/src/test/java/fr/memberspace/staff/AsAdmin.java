package fr.memberspace.staff;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import fr.memberspace.staff.control.StaffRoles;

/**
 * Test-only: calls boundaries as a platform administrator, {@value StaffFixtures#ADMIN}
 * (caller {@code staff:<e-mail>}, role {@value StaffRoles#ADMIN}): what
 * {@code work} calls through a boundary's proxy runs with that identity. Create the account
 * first ({@link StaffFixtures}); {@code StaffScope} reads it from the database.
 * <pre>{@code @EJB AsAdmin asAdmin;  …  asAdmin.call(() -> mutuals.list(...));}</pre>
 */
@Stateless
@PermitAll
@RunAs(StaffRoles.ADMIN)
@RunAsPrincipal(StaffRoles.CALLER_PREFIX + StaffFixtures.ADMIN)
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(StaffCallers.Work work) throws Exception {
        work.run();
    }
}
