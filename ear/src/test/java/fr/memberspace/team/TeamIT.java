package fr.memberspace.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
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
import fr.memberspace.request.RequestContext;
import fr.memberspace.staff.AsAdmin;
import fr.memberspace.staff.AsAgent;
import fr.memberspace.staff.AsMember;
import fr.memberspace.staff.StaffCallers;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.team.boundary.StaffPasswordStep;
import fr.memberspace.team.boundary.StaffSignIn;
import fr.memberspace.team.boundary.StaffView;
import fr.memberspace.team.boundary.Team;
import fr.memberspace.team.boundary.TeamChange;
import fr.memberspace.time.MovableClock;

/** The team page's door inside WildFly: administrators only, each change audited with the administrator as agent. */
@ExtendWith(ArquillianExtension.class)
class TeamIT {

    private static final Pattern TOKEN = Pattern.compile("jeton=([0-9]+\\.[A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(StaffCallers.with(TeamIT.class, StaffProbe.class, Fixtures.class,
                MovableClock.class));
    }

    @EJB
    Team team;

    @EJB
    StaffSignIn signIn;

    @EJB
    Mutuals mutuals;

    @EJB
    StaffProbe probe;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsAgent asAgent;

    @EJB
    AsMember asMember;

    @Inject
    StaffFixtures staff;

    String mutualA;
    String mutualB;
    String newAgent;
    RequestContext request;

    @BeforeEach
    void anAdministratorAndTwoMutuals() {
        MovableClock.reset();
        mutualA = Fixtures.mutualCode();
        mutualB = Fixtures.mutualCode();
        mutuals.register(mutualA, "Mutuelle A", "no-reply@a.example.org");
        mutuals.register(mutualB, "Mutuelle B", "no-reply@b.example.org");
        staff.admin(StaffFixtures.ADMIN, true);
        staff.agent(StaffFixtures.AGENT, true, Set.of(mutualA));
        newAgent = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        request = Fixtures.request(null);
    }

    @Test
    void anAdministratorCreatesAnAgentWhoAcceptsTheInvitationAndSignsIn() throws Exception {
        var created = asAdmin.call(() -> team.createAgent(request, " " + newAgent.toUpperCase() + " ", "Nina Agent",
                Set.of(mutualA)));

        var view = assertInstanceOf(TeamChange.Done.class, created).staff();
        assertEquals(newAgent, view.email());
        assertEquals("INVITED", view.status());
        assertEquals(List.of(mutualA), view.mutuals());
        var audit = probe.auditOf(StaffFixtures.ADMIN);
        assertTrue(audit.contains("STAFF_CREATED " + newAgent + " support " + mutualA), audit::toString);
        assertTrue(audit.contains("STAFF_INVITED " + newAgent), audit::toString);
        var mail = probe.lastMailTo(newAgent);
        var matcher = TOKEN.matcher(mail);
        assertTrue(matcher.find(), mail);
        var token = matcher.group(1);
        // invited: no sign-in yet
        assertInstanceOf(StaffPasswordStep.Refused.class, signIn.checkPassword(request, newAgent, "anything"));

        assertEquals(newAgent, signIn.invitation(token).orElseThrow().email());
        assertTrue(signIn.acceptInvitation(request, token, "short", "short").size() > 0, "the staff policy applies");
        assertTrue(signIn.acceptInvitation(request, token, "Bleu#Horizon-20266", "Bleu#Horizon-20266").isEmpty());

        assertTrue(signIn.invitation(token).isEmpty(), "an invitation is used once");
        assertInstanceOf(StaffPasswordStep.EnrolmentNeeded.class, signIn.checkPassword(request, newAgent, "Bleu#Horizon-20266"));
    }

    @Test
    void badInputIsRejectedWithAMessageAndNothingSaved() throws Exception {
        assertRejected("team.email.invalid", asAdmin.call(() -> team.createAgent(request, "not an e-mail", "N", Set.of(mutualA))));
        assertRejected("team.email.invalid", asAdmin.call(() -> team.createAgent(request, "x".repeat(300) + "@a.fr", "N",
                Set.of(mutualA))));
        assertRejected("team.name.invalid", asAdmin.call(() -> team.createAgent(request, newAgent, "x".repeat(101),
                Set.of(mutualA))));
        assertRejected("team.name.invalid", asAdmin.call(() -> team.createAgent(request, newAgent, "a\nb", Set.of(mutualA))));
        assertRejected("team.mutuals.none", asAdmin.call(() -> team.createAgent(request, newAgent, "N", Set.of())));
        assertRejected("team.mutuals.unknown", asAdmin.call(() -> team.createAgent(request, newAgent, "N",
                Set.of("no-such-mutual"))));
        assertRejected("team.email.taken", asAdmin.call(() -> team.createAgent(request, StaffFixtures.AGENT, "N",
                Set.of(mutualA))));
        assertTrue(asAdmin.call(team::list).stream().noneMatch(s -> s.email().equals(newAgent)));
    }

    @Test
    void mutualsChangedAndAccountDisabledAreAudited() throws Exception {
        var agentId = idOf(StaffFixtures.AGENT);

        assertInstanceOf(TeamChange.Done.class, asAdmin.call(() -> team.changeMutuals(request, agentId,
                Set.of(mutualA, mutualB))));
        assertInstanceOf(TeamChange.Done.class, asAdmin.call(() -> team.disable(request, agentId)));

        var audit = probe.auditOf(StaffFixtures.ADMIN);
        assertTrue(audit.stream().anyMatch(line -> line.startsWith("STAFF_MUTUALS_CHANGED " + StaffFixtures.AGENT)), audit::toString);
        assertTrue(audit.contains("STAFF_DISABLED " + StaffFixtures.AGENT), audit::toString);
        assertInstanceOf(StaffPasswordStep.Refused.class,
                signIn.checkPassword(request, StaffFixtures.AGENT, StaffFixtures.PASSWORD));
        assertRejected("team.disable.self", asAdmin.call(() -> team.disable(request, idOf(StaffFixtures.ADMIN))));
    }

    @Test
    void supportAgentsMembersAndAnonymousCallersCannotUseIt() {
        assertThrows(EJBAccessException.class, () -> asAgent.call(team::list));
        assertThrows(EJBAccessException.class, () -> asAgent.call(() -> team.createAgent(request, newAgent, "N",
                Set.of(mutualA))));
        assertThrows(EJBAccessException.class, () -> asMember.call(team::list));
        assertThrows(EJBAccessException.class, () -> team.list());
    }

    @Test
    void aDisabledAdministratorsOpenSessionReachesNothing() throws Exception {
        staff.disable(StaffFixtures.ADMIN);
        assertThrows(OutOfScope.class, () -> asAdmin.call(team::list));
    }

    private long idOf(String email) throws Exception {
        return asAdmin.call(team::list).stream().filter(s -> s.email().equals(email)).map(StaffView::id)
                .findFirst().orElseThrow();
    }

    private static void assertRejected(String key, TeamChange change) {
        assertNotNull(change);
        assertEquals(key, assertInstanceOf(TeamChange.Rejected.class, change).key());
    }
}
