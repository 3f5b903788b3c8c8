package fr.memberspace.staff;

import java.util.concurrent.Callable;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

import org.jboss.ejb3.annotation.RunAsPrincipal;

/**
 * Test-only: calls boundaries as a signed-in member ({@code mcrn/100002}, role
 * {@code member}), to show that back-office boundaries refuse members.
 */
@Stateless
@PermitAll
@RunAs("member")
@RunAsPrincipal("mcrn/100002")
public class AsMember {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(StaffCallers.Work work) throws Exception {
        work.run();
    }
}
