package fr.memberspace.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.account.boundary.SignIn;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.audit.entity.AuditType;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.it.Probe;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.request.RequestContext;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.staff.AsAdmin;
import fr.memberspace.staff.AsAgent;
import fr.memberspace.staff.AsMember;
import fr.memberspace.staff.AsOtherAgent;
import fr.memberspace.staff.StaffCallers;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.staff.control.OutOfScope;
import fr.memberspace.support.boundary.MemberSupport;
import fr.memberspace.support.boundary.SupportAction;
import fr.memberspace.throttle.control.SignInLocks;
import fr.memberspace.time.MovableClock;

/**
 * The support desk's door, inside WildFly with real staff identities: roles, the isolation
 * of mutuals (an agent of B gets nothing of A's members by search, view or action), and
 * each action's effect and audit line.
 */
@ExtendWith(ArquillianExtension.class)
class MemberSupportIT {

    static final String PASSWORD = "Adherent#2026ok";
    static final String BASE = "https://espace.example.org";

    @Deployment
    static EnterpriseArchive deployment() {
        return AssertJ.in(Deployments.withTestClasses(StaffCallers.with(MemberSupportIT.class, AssertJ.class, SupportProbe.class, Probe.class,
                Fixtures.class, MovableClock.class)));
    }

    @Inject
    StaffFixtures staff;

    @EJB
    MemberSupport support;

    @EJB
    Mutuals mutuals;

    @EJB
    Accounts accounts;

    @EJB
    PasswordResets resets;

    @EJB
    SupportProbe probe;

    @EJB
    Probe members;

    @EJB
    AsAgent asAgentOfA;

    @EJB
    AsOtherAgent asAgentOfB;

    @EJB
    AsAdmin asAdmin;

    @EJB
    AsMember asMember;

    String mutualA;
    String mutualB;

    @BeforeEach
    void twoMutualsAndTheirAgents() {
        MovableClock.reset();
        mutualA = Fixtures.mutualCode();
        mutualB = Fixtures.mutualCode();
        mutuals.register(mutualA, "Mutuelle A", "no-reply@a.example.org");
        mutuals.register(mutualB, "Mutuelle B", "no-reply@b.example.org");
        accounts.enrol(mutualA, "700001", "Isolde", "Alpha", "isolde.alpha@example.org");
        accounts.enrol(mutualA, "700002", "Chloé", "Dubois", "chloe.dubois@example.org");
        accounts.enrol(mutualA, "710003", "Jean", "Du_Pont", "jean%pont@example.org");
        accounts.importPasswordHash(mutualA, "700002", new fr.memberspace.password.hash.PasswordHashes().hash(PASSWORD),
                false);
        accounts.enrol(mutualB, "800001", "Bruno", "Beta", "bruno.beta@example.org");
        staff.admin(StaffFixtures.ADMIN, true);
        staff.agent(StaffFixtures.AGENT, true, Set.of(mutualA));
        staff.agent(StaffFixtures.OTHER_AGENT, true, Set.of(mutualB));
    }

    @AfterEach
    void backToNow() {
        MovableClock.reset();
    }

    RequestContext in(String mutual) {
        return Fixtures.request(mutual);
    }

    @Test
    void onlyStaffCallsTheDoor() {
        assertThatThrownBy(() -> support.search(mutualA, "", 0, 10)).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asMember.call(() -> support.member(mutualA, "700001")))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> asMember.call(() -> support.unlock(in(mutualA), "700001")))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anAgentFindsItsMembersByNumberNameOrEmailWhateverTheCase() throws Exception {
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "7000", 0, 10)))).containsExactly("700001", "700002"); // Alpha, Dubois
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "ISOLDE", 0, 10)))).containsExactly("700001");
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "chloé dubois", 0, 10)))).containsExactly("700002");
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "Alpha@Example", 0, 10)))).containsExactly("700001");
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "  ", 0, 10))))
                .containsExactlyInAnyOrder("700001", "700002", "710003");
    }

    @Test
    void wildcardsTypedAreLettersNotWildcards() throws Exception {
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "%", 0, 10)))).containsExactly("710003");
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "_", 0, 10)))).containsExactly("710003");
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "' OR 1=1 --", 0, 10)))).isEmpty();
        assertThat(numbers(asAgentOfA.call(() -> support.search(mutualA, "<script>alert(1)</script>", 0, 10)))).isEmpty();
    }

    @Test
    void resultsComeByPagesWithTheirTotal() throws Exception {
        var all = numbers(asAgentOfA.call(() -> support.search(mutualA, "", 0, 3)));
        var page = asAgentOfA.call(() -> support.search(mutualA, "", 1, 1));

        assertThat(page.total()).isEqualTo(3);
        assertThat(numbers(page)).containsExactly(all.get(1));
        assertThat(asAgentOfA.call(() -> support.search(mutualA, "", 0, 1_000_000)).rows()).hasSize(3);
    }

    @Test
    void aHugeSearchIsRefusedNotRun() {
        assertThatThrownBy(() -> asAgentOfA.call(() -> support.search(mutualA, "x".repeat(100_000), 0, 10)))
                .hasRootCauseInstanceOf(jakarta.validation.ConstraintViolationException.class);
    }

    @Test
    void anAgentOfBGetsNothingOfAsMembers() throws Exception {
        failSignIns(mutualA, "700002", 5);

        // through A's code: out of its scope, for every door
        assertThatThrownBy(() -> asAgentOfB.call(() -> support.search(mutualA, "700001", 0, 10))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgentOfB.call(() -> support.member(mutualA, "700001"))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgentOfB.call(() -> support.trail(mutualA, "700001", 0, 10))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgentOfB.call(() -> support.unlock(in(mutualA), "700002"))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgentOfB.call(() -> support.requireRenewal(in(mutualA), "700002"))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgentOfB.call(() -> support.invite(in(mutualA), "700001", BASE))).isInstanceOf(OutOfScope.class);
        assertThatThrownBy(() -> asAgentOfB.call(() -> support.correctEmail(in(mutualA), "700001", "evil@example.org")))
                .isInstanceOf(OutOfScope.class);

        // through its own mutual's code: A's members do not exist there
        assertThat(asAgentOfB.call(() -> support.search(mutualB, "700001", 0, 10)).rows()).isEmpty();
        assertThat(asAgentOfB.call(() -> support.search(mutualB, "Isolde", 0, 10)).rows()).isEmpty();
        assertThat(asAgentOfB.call(() -> support.search(mutualB, "", 0, 10)).rows()).extracting(r -> r.number())
                .containsExactly("800001");
        assertThat(asAgentOfB.call(() -> support.member(mutualB, "700001"))).isEmpty();
        assertThat(asAgentOfB.call(() -> support.trail(mutualB, "700002", 0, 10)).rows()).isEmpty();
        assertThat(asAgentOfB.call(() -> support.unlock(in(mutualB), "700002"))).isInstanceOf(SupportAction.NoSuchMember.class);
        assertThat(asAgentOfB.call(() -> support.requireRenewal(in(mutualB), "700002"))).isInstanceOf(SupportAction.NoSuchMember.class);
        assertThat(asAgentOfB.call(() -> support.invite(in(mutualB), "700001", BASE))).isInstanceOf(SupportAction.NoSuchMember.class);
        assertThat(asAgentOfB.call(() -> support.correctEmail(in(mutualB), "700001", "evil@example.org")))
                .isInstanceOf(SupportAction.NoSuchMember.class);

        // and A's members are as they were
        assertThat(members.member(mutualA, "700001").getEmail()).isEqualTo("isolde.alpha@example.org");
        assertThat(members.member(mutualA, "700002").getStatus()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(accounts.signIn(in(mutualA), "700002", PASSWORD)).isInstanceOf(SignIn.Wait.class);
        assertThat(probe.mails(mutualA, "700001", "INVITATION")).isEmpty();
        assertThat(probe.audit(mutualA, "700001")).noneMatch(line -> line.startsWith("SUPPORT_"));
        assertThat(probe.audit(mutualA, "700002")).noneMatch(line -> line.startsWith("SUPPORT_"));
    }

    @Test
    void theAdministratorReachesEveryMutual() throws Exception {
        assertThat(numbers(asAdmin.call(() -> support.search(mutualA, "700001", 0, 10)))).containsExactly("700001");
        assertThat(numbers(asAdmin.call(() -> support.search(mutualB, "800001", 0, 10)))).containsExactly("800001");
    }

    @Test
    void theMemberPageShowsTheLockCodesSentAndTheTrailNewestFirst() throws Exception {
        resets.requestCode(in(mutualA), "700002");
        failSignIns(mutualA, "700002", 5);

        var file = asAgentOfA.call(() -> support.member(mutualA, "700002")).orElseThrow();

        assertThat(file.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(file.lock().others().state()).isEqualTo(SignInLocks.State.LOCKED);
        assertThat(file.lock().others().until()).isNotNull();
        assertThat(file.codesSent()).isEqualTo(1);
        assertThat(file.lastCodeAt()).isNotNull();
        var trail = asAgentOfA.call(() -> support.trail(mutualA, "700002", 0, 3));
        assertThat(trail.rows()).extracting(line -> line.type()).startsWith(AuditType.ACCOUNT_LOCKED);
        assertThat(trail.total()).isGreaterThan(5);
    }

    @Test
    void anUnlockedMemberSignsInAndTheTrailNamesTheAgent() throws Exception {
        failSignIns(mutualA, "700002", 5);
        assertThat(accounts.signIn(in(mutualA), "700002", PASSWORD)).isInstanceOf(SignIn.Wait.class);

        assertThat(asAgentOfA.call(() -> support.unlock(in(mutualA), "700002"))).isInstanceOf(SupportAction.Done.class);

        assertThat(accounts.signIn(in(mutualA), "700002", PASSWORD)).isInstanceOf(SignIn.SignedIn.class);
        assertThat(probe.audit(mutualA, "700002")).contains("SUPPORT_UNLOCKED " + StaffFixtures.AGENT + " null");
    }

    @Test
    void aMemberAskedToRenewMustChooseANewPasswordAtTheNextSignIn() throws Exception {
        assertThat(asAgentOfA.call(() -> support.requireRenewal(in(mutualA), "700002"))).isInstanceOf(SupportAction.Done.class);

        assertThat(accounts.signIn(in(mutualA), "700002", PASSWORD)).isInstanceOf(SignIn.MustRenew.class);
        assertThat(probe.audit(mutualA, "700002")).anyMatch(line -> line.startsWith("SUPPORT_RENEWAL_REQUIRED " + StaffFixtures.AGENT));
        assertThat(asAgentOfA.call(() -> support.requireRenewal(in(mutualA), "700001")))
                .isEqualTo(new SupportAction.NotDone("no-password"));
    }

    @Test
    void anInvitationLinksToTheMutualsWizardWithoutACode() throws Exception {
        assertThat(asAgentOfA.call(() -> support.invite(in(mutualA), "700001", BASE))).isInstanceOf(SupportAction.Done.class);

        var mails = probe.mails(mutualA, "700001", "INVITATION");
        assertThat(mails).singleElement().satisfies(mail -> assertThat(mail)
                .startsWith("isolde.alpha@example.org | Créez le mot de passe")
                .contains(BASE + "/" + mutualA + "/mot-de-passe")
                .doesNotContain("Voici votre code", "{{"));
        assertThat(probe.audit(mutualA, "700001"))
                .contains("SUPPORT_INVITATION_SENT " + StaffFixtures.AGENT + " FIRST_CONNECTION");
    }

    @Test
    void aCorrectedAddressTellsTheOldAndTheNewOne() throws Exception {
        assertThat(asAgentOfA.call(() -> support.correctEmail(in(mutualA), "700001", " isolde.a@example.net ")))
                .isInstanceOf(SupportAction.Done.class);

        assertThat(members.member(mutualA, "700001").getEmail()).isEqualTo("isolde.a@example.net");
        assertThat(probe.mails(mutualA, "700001", "EMAIL_CHANGED")).satisfiesExactly(
                old -> assertThat(old).startsWith("isolde.alpha@example.org | ").contains("i******a@example.net"),
                fresh -> assertThat(fresh).startsWith("isolde.a@example.net | ").contains("désormais"));
        assertThat(probe.audit(mutualA, "700001")).anyMatch(line -> line.startsWith("SUPPORT_EMAIL_CORRECTED "
                + StaffFixtures.AGENT) && !line.contains("isolde.a@example.net"));
    }

    @Test
    void aWrongAddressIsRefusedAndNothingChanges() throws Exception {
        for (var wrong : new String[] {"", "not-an-address", "<script>@x", "a@b\nBcc: c@d", "x".repeat(300) + "@e.org",
                "isolde.alpha@example.org"}) {
            assertThat(asAgentOfA.call(() -> support.correctEmail(in(mutualA), "700001", wrong)))
                    .isInstanceOf(SupportAction.NotDone.class);
        }
        assertThat(members.member(mutualA, "700001").getEmail()).isEqualTo("isolde.alpha@example.org");
        assertThat(probe.mails(mutualA, "700001", "EMAIL_CHANGED")).isEmpty();
    }

    private void failSignIns(String mutual, String number, int times) {
        var request = in(mutual);
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                MovableClock.advance(java.time.Duration.ofSeconds(31)); // past the growing delays between tries
            }
            accounts.signIn(request, number, "Wrong#Password" + i);
        }
    }

    private static java.util.List<String> numbers(fr.memberspace.support.boundary.Page<fr.memberspace.support.boundary.MemberRow> page) {
        return page.rows().stream().map(row -> row.number()).toList();
    }
}
