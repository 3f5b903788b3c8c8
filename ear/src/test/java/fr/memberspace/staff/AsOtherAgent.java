package fr.memberspace.staff;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

import fr.memberspace.staff.control.StaffRoles;

/**
 * Test-only: calls boundaries as a second support agent (another mutual, for isolation tests), {@value StaffFixtures#OTHER_AGENT}
 * (caller {@code staff:<e-mail>}, role {@value StaffRoles#SUPPORT}): what
 * {@code work} calls through a boundary's proxy runs with that identity. Create the account
 * first ({@link StaffFixtures}); {@code StaffScope} reads it from the database.
 * <pre>{@code @EJB AsOtherAgent asOtherAgent;  …  asOtherAgent.call(() -> mutuals.list(...));}</pre>
 */
@Stateless
@PermitAll
@RunAs(StaffRoles.SUPPORT)
@RunAsPrincipal(StaffRoles.CALLER_PREFIX + StaffFixtures.OTHER_AGENT)
public class AsOtherAgent {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(StaffCallers.Work work) throws Exception {
        work.run();
    }
}
