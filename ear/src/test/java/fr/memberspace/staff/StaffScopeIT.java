package fr.memberspace.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.staff.control.OutOfScope;

/** What StaffScope tells a boundary about its staff caller, inside WildFly with real identities. */
@ExtendWith(ArquillianExtension.class)
class StaffScopeIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(StaffCallers.with(StaffScopeIT.class, ScopeProbe.class, Fixtures.class));
    }

    @Inject
    StaffFixtures staff;

    @EJB
    Mutuals mutuals;

    @EJB
    ScopeProbe probe;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgent;

    @EJB
    AsMember asMember;

    String mutualA;
    String mutualB;

    @BeforeEach
    void twoMutualsAnAdminAndAnAgentOfA() {
        mutualA = Fixtures.mutualCode();
        mutualB = Fixtures.mutualCode();
        mutuals.register(mutualA, "Mutuelle A", "no-reply@a.example.org");
        mutuals.register(mutualB, "Mutuelle B", "no-reply@b.example.org");
        staff.admin(StaffFixtures.ADMIN, true);
        staff.agent(StaffFixtures.AGENT, true, Set.of(mutualA));
    }

    @Test
    void anAdministratorReachesEveryMutual() throws Exception {
        assertEquals(StaffFixtures.ADMIN, asAdmin.call(probe::agent));
        assertTrue(asAdmin.call(probe::isAdmin));
        assertTrue(asAdmin.call(() -> probe.mayReach(mutualA) && probe.mayReach(mutualB)));
        assertTrue(asAdmin.call(probe::reachable).containsAll(Set.of(mutualA, mutualB)));
    }

    @Test
    void aSupportAgentReachesOnlyItsMutuals() throws Exception {
        assertEquals(StaffFixtures.AGENT, asAgent.call(probe::agent));
        assertFalse(asAgent.call(probe::isAdmin));
        assertTrue(asAgent.call(() -> probe.mayReach(mutualA)));
        assertFalse(asAgent.call(() -> probe.mayReach(mutualB)));
        assertEquals(Set.of(mutualA), asAgent.call(probe::reachable));
        asAgent.run(() -> probe.requireReach(mutualA));
        assertThrows(OutOfScope.class, () -> asAgent.run(() -> probe.requireReach(mutualB)));
    }

    @Test
    void aDisabledAgentReachesNothingAtItsNextCall() throws Exception {
        staff.disable(StaffFixtures.AGENT);

        assertFalse(asAgent.call(() -> probe.mayReach(mutualA)));
        assertTrue(asAgent.call(probe::reachable).isEmpty());
    }

    @Test
    void aMemberOrAnAnonymousCallerIsNoStaff() throws Exception {
        assertFalse(asMember.call(() -> probe.mayReach(mutualA)));
        assertFalse(asMember.call(probe::isAdmin));
        assertThrows(OutOfScope.class, () -> asMember.call(probe::agent));
        assertFalse(probe.mayReach(mutualA));
        assertTrue(probe.reachable().isEmpty());
    }
}
