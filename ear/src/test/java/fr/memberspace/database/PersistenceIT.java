package fr.memberspace.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import javax.naming.InitialContext;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.account.boundary.Accounts;
import fr.memberspace.account.entity.AccountStatus;
import fr.memberspace.it.Deployments;
import fr.memberspace.mutual.boundary.Mutuals;

/**
 * Inside WildFly: EclipseLink over the JTA datasource, the schema Flyway made, and the
 * boundaries persisting and reading in container transactions that really roll back.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(PersistenceIT.class, PersistenceProbe.class);
    }

    @EJB
    Mutuals mutuals;

    @EJB
    Accounts accounts;

    @EJB
    PersistenceProbe probe;

    @Test
    void eclipseLinkIsThePersistenceProvider() {
        assertEquals("org.eclipse.persistence.internal.jpa.EntityManagerImpl", probe.delegateClassName());
    }

    @Test
    void flywayCreatedTheSchemaAtDeployment() {
        assertTrue(probe.appliedMigrations().contains("1"), () -> "applied: " + probe.appliedMigrations());
    }

    @Test
    void aMutualAndItsMemberArePersistedAndReadBack() {
        var code = uniqueCode();
        mutuals.register(code, "Mutuelle d'essai é", "no-reply@" + code + ".example.org");
        accounts.enrol(code, "193592", "Camille", "Martin", "camille.martin@example.org");

        var mutual = mutuals.find(code).orElseThrow();
        assertEquals("Mutuelle d'essai é", mutual.getName());
        var member = accounts.find(code, "193592").orElseThrow();
        assertEquals("Martin", member.getLastName());
        assertEquals("camille.martin@example.org", member.getEmail());
        assertEquals(AccountStatus.NO_PASSWORD, member.getStatus());
        assertEquals(code, member.getMutual().getCode());
    }

    @Test
    void theSameMemberNumberMayExistInTwoMutuals() {
        var first = uniqueCode();
        var second = uniqueCode();
        mutuals.register(first, "Première", "no-reply@example.org");
        mutuals.register(second, "Seconde", "no-reply@example.org");
        accounts.enrol(first, "100001", "Louis", "Bernard", "louis@example.org");
        accounts.enrol(second, "100001", "Léa", "Petit", "lea@example.org");

        assertEquals("Bernard", accounts.find(first, "100001").orElseThrow().getLastName());
        assertEquals("Petit", accounts.find(second, "100001").orElseThrow().getLastName());
    }

    @Test
    void aRolledBackTransactionLeavesNothing() throws Exception {
        var code = uniqueCode();
        var tx = (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
        tx.begin();
        mutuals.register(code, "Éphémère", "no-reply@example.org");
        accounts.enrol(code, "100002", "Chloé", "Dubois", "chloe@example.org");
        assertTrue(mutuals.find(code).isPresent(), "visible inside the transaction");
        tx.rollback();

        assertTrue(mutuals.find(code).isEmpty());
        assertTrue(accounts.find(code, "100002").isEmpty());
    }

    @Test
    void aDuplicateMemberNumberIsRefusedAndTheFirstMemberIsKept() {
        var code = uniqueCode();
        mutuals.register(code, "Doublons", "no-reply@example.org");
        accounts.enrol(code, "100003", "Anne", "Premier", "anne@example.org");

        assertThrows(EJBException.class, () -> accounts.enrol(code, "100003", "Bob", "Second", "bob@example.org"));

        assertEquals(1, probe.members(code));
        assertEquals("Premier", accounts.find(code, "100003").orElseThrow().getLastName());
    }

    @Test
    void invalidInputIsRefusedByBeanValidationBeforeAnyWrite() {
        var code = uniqueCode();
        var refused = assertThrows(EJBException.class,
                () -> mutuals.register("Not A Code!", "Nom", "no-reply@example.org"));
        assertInstanceOf(ConstraintViolationException.class, refused.getCause());

        mutuals.register(code, "Valide", "no-reply@example.org");
        assertThrows(EJBException.class, () -> accounts.enrol(code, "12AB", "Anne", "Nom", "anne@example.org"));
        assertThrows(EJBException.class, () -> accounts.enrol(code, "100004", "Anne", "Nom", "not-an-email"));
        assertEquals(0, probe.members(code));
    }

    @Test
    void lookupsWithMalformedKeysFindNothingInsteadOfFailing() {
        assertTrue(mutuals.find(null).isEmpty());
        assertTrue(mutuals.find("../../etc").isEmpty());
        assertTrue(mutuals.find("x".repeat(10_000)).isEmpty());
        assertTrue(accounts.find("mcrn", "1' OR '1'='1").isEmpty());
    }

    static String uniqueCode() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
