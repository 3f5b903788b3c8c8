package fr.memberspace.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

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
import fr.memberspace.request.RequestContext;
import fr.memberspace.staff.StaffCallers;
import fr.memberspace.staff.StaffFixtures;
import fr.memberspace.team.boundary.StaffCodeStep;
import fr.memberspace.team.boundary.StaffPasswordStep;
import fr.memberspace.team.boundary.StaffSignIn;
import fr.memberspace.team.control.Base32;
import fr.memberspace.team.control.TotpCodes;
import fr.memberspace.time.MovableClock;

/** The staff's sign-in through its boundary, inside WildFly: password, TOTP, enrolment, replay, limits. */
@ExtendWith(ArquillianExtension.class)
class StaffSignInIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(StaffCallers.with(StaffSignInIT.class, StaffProbe.class, Fixtures.class,
                MovableClock.class));
    }

    @EJB
    StaffSignIn signIn;

    @EJB
    StaffProbe probe;

    @Inject
    StaffFixtures staff;

    @Inject
    Clock clock;

    String email;
    RequestContext request;

    @BeforeEach
    void anEnrolledAdministrator() {
        MovableClock.reset();
        email = "admin-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        staff.admin(email, true);
        request = Fixtures.request(null);
    }

    @Test
    void passwordThenCodeSignsInWithTheAccountsRole() {
        var grant = passwordStep();

        var result = signIn.checkCode(request, grant, StaffFixtures.codeAt(clock.instant()));

        var signedIn = assertInstanceOf(StaffCodeStep.SignedIn.class, result);
        assertEquals(email, signedIn.email());
        assertEquals("platform-admin", signedIn.role());
        assertTrue(probe.auditOf(email).contains("STAFF_SIGN_IN_OK platform-admin"), probe.auditOf(email)::toString);
    }

    @Test
    void aCodeIsAcceptedOnceEvenWithANewGrant() {
        var code = StaffFixtures.codeAt(clock.instant());
        assertInstanceOf(StaffCodeStep.SignedIn.class, signIn.checkCode(request, passwordStep(), code));

        var replay = signIn.checkCode(request, passwordStep(), code);

        assertInstanceOf(StaffCodeStep.WrongCode.class, replay);
        assertTrue(probe.auditOf(email).stream().anyMatch(line -> line.startsWith("STAFF_TOTP_REPLAYED")));
        // the next step's code is fine
        MovableClock.advance(TotpCodes.STEP);
        assertInstanceOf(StaffCodeStep.SignedIn.class,
                signIn.checkCode(request, passwordStep(), StaffFixtures.codeAt(clock.instant())));
    }

    @Test
    void aCodeTwoStepsOldIsRefused() {
        var old = StaffFixtures.codeAt(clock.instant().minus(TotpCodes.STEP.multipliedBy(2)));
        assertInstanceOf(StaffCodeStep.WrongCode.class, signIn.checkCode(request, passwordStep(), old));
    }

    @Test
    void fiveWrongCodesLockTheAccountEvenForTheRightCode() {
        var grant = passwordStep();
        for (int i = 0; i < 4; i++) {
            assertInstanceOf(StaffCodeStep.WrongCode.class, signIn.checkCode(request, grant, "000000"));
        }
        assertInstanceOf(StaffCodeStep.Wait.class, signIn.checkCode(request, grant, "000000"));

        var right = signIn.checkCode(request, grant, StaffFixtures.codeAt(clock.instant()));
        assertInstanceOf(StaffCodeStep.Wait.class, right);
        // and the password step answers as for a wrong password while locked
        assertInstanceOf(StaffPasswordStep.Refused.class, signIn.checkPassword(request, email, StaffFixtures.PASSWORD));

        MovableClock.advance(Duration.ofMinutes(1).plusSeconds(TotpCodes.STEP.getSeconds()));
        assertInstanceOf(StaffCodeStep.SignedIn.class,
                signIn.checkCode(request, passwordStep(), StaffFixtures.codeAt(clock.instant())));
    }

    @Test
    void aCodeWithoutAGenuineGrantStartsOver() {
        var code = StaffFixtures.codeAt(clock.instant());
        assertInstanceOf(StaffCodeStep.StartOver.class, signIn.checkCode(request, "forged~9999999999~00:00", code));
        var grant = passwordStep();
        MovableClock.advance(Duration.ofMinutes(6));
        assertInstanceOf(StaffCodeStep.StartOver.class,
                signIn.checkCode(request, grant, StaffFixtures.codeAt(clock.instant())));
    }

    @Test
    void anUnknownEmailADisabledAccountAndAWrongPasswordGetTheSameAnswer() {
        assertInstanceOf(StaffPasswordStep.Refused.class, signIn.checkPassword(request, "nobody@it.example",
                StaffFixtures.PASSWORD));
        assertInstanceOf(StaffPasswordStep.Refused.class, signIn.checkPassword(request, email, "Wrong#Password-2026"));
        staff.disable(email);
        assertInstanceOf(StaffPasswordStep.Refused.class, signIn.checkPassword(request, email, StaffFixtures.PASSWORD));
    }

    @Test
    void theEmailIsReadWithoutCaseOrSpaces() {
        assertInstanceOf(StaffPasswordStep.CodeNeeded.class,
                signIn.checkPassword(request, "  " + email.toUpperCase() + " ", StaffFixtures.PASSWORD));
    }

    @Test
    void theFirstSignInEnrolsASecondFactorConfirmedByAFirstCode() {
        staff.admin(email, false);

        var step = assertInstanceOf(StaffPasswordStep.EnrolmentNeeded.class,
                signIn.checkPassword(request, email, StaffFixtures.PASSWORD));
        var enrolment = step.enrolment();
        assertTrue(enrolment.uri().startsWith("otpauth://totp/MemberSpace%3A"), enrolment.uri());
        assertTrue(enrolment.qrCode().startsWith("data:image/svg+xml;base64,"));
        assertFalse(probe.storedTotp(email).contains(enrolment.secret()), "the secret is kept sealed");
        var secret = Base32.decode(enrolment.secret()).orElseThrow();

        assertInstanceOf(StaffCodeStep.WrongCode.class, signIn.checkCode(request, step.grant(), "123456".equals(
                TotpCodes.code(secret, clock.instant())) ? "654321" : "123456"));
        assertNotNull(signIn.enrolment(step.grant()).orElse(null), "shown again after a wrong code");
        assertInstanceOf(StaffCodeStep.SignedIn.class,
                signIn.checkCode(request, step.grant(), TotpCodes.code(secret, clock.instant())));

        assertTrue(probe.auditOf(email).stream().anyMatch(line -> line.startsWith("STAFF_TOTP_ENROLLED")));
        MovableClock.advance(TotpCodes.STEP);
        assertInstanceOf(StaffPasswordStep.CodeNeeded.class, signIn.checkPassword(request, email, StaffFixtures.PASSWORD));
    }

    @Test
    void agentsSignInWithTheSupportRole() {
        var agent = "agent-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        staff.agent(agent, true, Set.of());
        var grant = assertInstanceOf(StaffPasswordStep.CodeNeeded.class,
                signIn.checkPassword(request, agent, StaffFixtures.PASSWORD)).grant();
        var signedIn = assertInstanceOf(StaffCodeStep.SignedIn.class,
                signIn.checkCode(request, grant, StaffFixtures.codeAt(clock.instant())));
        assertEquals("support", signedIn.role());
    }

    private String passwordStep() {
        return assertInstanceOf(StaffPasswordStep.CodeNeeded.class,
                signIn.checkPassword(request, email, StaffFixtures.PASSWORD)).grant();
    }
}
