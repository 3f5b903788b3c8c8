package fr.memberspace.secret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.control.DecoyEmails;
import fr.memberspace.reset.boundary.PasswordResets;
import fr.memberspace.reset.boundary.Identification;
import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.mutual.boundary.Mutuals;
import fr.memberspace.secret.control.SecretKeys;
import fr.memberspace.secret.control.ServerSecret;

/**
 * Inside WildFly: the server secret comes from the environment only (the test server's
 * {@code MEMBERSPACE_SECRET}), the database holds no key in clear, and the decoys are
 * keyed by the sealed decoy key, not by the rotating secret.
 */
@ExtendWith(ArquillianExtension.class)
class ServerSecretIT {

    static final String TEST_SECRET = "integration-tests-only-secret-0123456789";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(ServerSecretIT.class, SecretRows.class, Fixtures.class);
    }

    @EJB
    SecretRows rows;

    @EJB
    PasswordResets resets;

    @EJB
    Mutuals mutuals;

    @Inject
    ServerSecret secret;

    @Test
    void theDatabaseHoldsOnlyTheDecoyKeySealedUnderTheEnvironmentsSecret() {
        var currentId = SecretKeys.of(TEST_SECRET, null).currentId();

        List<Object[]> stored = rows.all();
        assertEquals(List.of("decoy"), stored.stream().map(row -> row[0]).toList());
        var sealed = (String) stored.get(0)[1];
        assertTrue(sealed.matches(currentId + ":[A-Za-z0-9_-]{60,119}"), sealed); // fits platform_secret.secret (128)
    }

    @Test
    void unknownNumbersGetDecoysOfTheDecoyKeyNotOfTheSigningKey() {
        var mutual = Fixtures.mutualCode();
        mutuals.register(mutual, "Mutuelle " + mutual, "no-reply@" + mutual + ".example.org");

        var shown = ((Identification.Shown) resets.identify(Fixtures.request(mutual), "987654")).maskedEmail();

        assertEquals(new DecoyEmails(secret.decoyKey()).forUnknownMember(mutual, "987654").value(), shown);
        assertNotEquals(new DecoyEmails(secret.keys().current("decoy-email").bytes())
                .forUnknownMember(mutual, "987654").value(), shown);
    }
}
