package fr.memberspace.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.team.boundary.StaffAtStartup;
import fr.memberspace.team.boundary.StaffPasswordStep;
import fr.memberspace.team.boundary.StaffSignIn;

/** The first administrator made from MEMBERSPACE_BOOTSTRAP_ADMIN: no password, an invitation by mail and in a private file. */
@ExtendWith(ArquillianExtension.class)
class FirstAdministratorIT {

    private static final Pattern TOKEN = Pattern.compile("jeton=([0-9]+\\.[A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(FirstAdministratorIT.class, StaffProbe.class, Fixtures.class);
    }

    @EJB
    StaffAtStartup startup;

    @EJB
    StaffSignIn signIn;

    @EJB
    StaffProbe probe;

    @EJB
    fr.memberspace.mutual.boundary.Mutuals mutuals;

    @Test
    void theDemoStaffSignInWithThePasswordsAndKeysOfTheRunBanner() {
        if (mutuals.find("mcrn").isEmpty()) {
            mutuals.register("mcrn", "MCRN", "no-reply@mcrn.fr");
        }
        probe.forget(StaffAtStartup.DEMO_ADMIN);
        probe.forget(StaffAtStartup.DEMO_AGENT);
        startup.demoStaff();
        var request = Fixtures.request(null);
        for (var demo : new String[][] {{StaffAtStartup.DEMO_ADMIN, StaffAtStartup.DEMO_ADMIN_PASSWORD,
                StaffAtStartup.DEMO_ADMIN_TOTP, "platform-admin"}, {StaffAtStartup.DEMO_AGENT,
                StaffAtStartup.DEMO_AGENT_PASSWORD, StaffAtStartup.DEMO_AGENT_TOTP, "support"}}) {
            var grant = assertInstanceOf(StaffPasswordStep.CodeNeeded.class,
                    signIn.checkPassword(request, demo[0], demo[1])).grant();
            var code = fr.memberspace.team.control.TotpCodes.code(
                    fr.memberspace.team.control.Base32.decode(demo[2]).orElseThrow(), java.time.Instant.now());
            var result = signIn.checkCode(request, grant, code);
            if (!(result instanceof fr.memberspace.team.boundary.StaffCodeStep.SignedIn)) {
                // signed in by an earlier run within this 30-second step: the next step's code
                code = fr.memberspace.team.control.TotpCodes.code(fr.memberspace.team.control.Base32.decode(demo[2])
                        .orElseThrow(), java.time.Instant.now().plusSeconds(30));
                result = signIn.checkCode(request, grant, code);
            }
            assertEquals(demo[3], assertInstanceOf(fr.memberspace.team.boundary.StaffCodeStep.SignedIn.class, result).role());
        }
    }

    @Test
    void anInvitedAdministratorWithoutPasswordWhoChoosesOne() throws Exception {
        var email = "first-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
        var request = Fixtures.request(null);

        startup.firstAdministrator(email.toUpperCase());

        assertInstanceOf(StaffPasswordStep.Refused.class, signIn.checkPassword(request, email, ""));
        var mail = probe.lastMailTo(email);
        var matcher = TOKEN.matcher(mail);
        assertTrue(matcher.find(), mail);
        var file = Path.of(System.getProperty("jboss.server.data.dir"), StaffAtStartup.INVITATION_FILE);
        assertTrue(Files.readString(file).contains(matcher.group(1)));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertFalse(probe.auditOf("startup").isEmpty());

        assertTrue(signIn.acceptInvitation(request, matcher.group(1), "Rouge#Automne-20266", "Rouge#Automne-20266").isEmpty());
        assertInstanceOf(StaffPasswordStep.EnrolmentNeeded.class, signIn.checkPassword(request, email, "Rouge#Automne-20266"));

        // started again with the same variable: an account that chose its password is left alone
        startup.firstAdministrator(email);
        assertEquals(mail, probe.lastMailTo(email));
        Files.deleteIfExists(file);
    }
}
