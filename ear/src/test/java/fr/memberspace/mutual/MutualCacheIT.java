package fr.memberspace.mutual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import fr.memberspace.it.Deployments;
import fr.memberspace.it.Fixtures;
import fr.memberspace.mutual.boundary.Mutuals;

/**
 * The mutual of every request comes from EclipseLink's shared cache, not from the database,
 * and a mutual this server registers is found at once (the activation and sign-in ITs, which
 * change a mutual's settings and act on them, show the same for changes).
 */
@ExtendWith(ArquillianExtension.class)
class MutualCacheIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(MutualCacheIT.class, MutualRows.class, Fixtures.class);
    }

    @EJB
    Mutuals mutuals;

    @EJB
    MutualRows rows;

    @Test
    void aMutualIsLookedUpByCodeWithoutTheDatabase() {
        var code = Fixtures.mutualCode();
        mutuals.register(code, "Mutuelle Cache", "no-reply@" + code + ".example.org");
        assertEquals("Mutuelle Cache", mutuals.find(code).orElseThrow().getName());

        rows.renameInSql(code, "Renamed in SQL");

        assertEquals("Mutuelle Cache", mutuals.find(code).orElseThrow().getName());
    }

    @Test
    void aMutualRegisteredAfterAMissIsFound() {
        var code = Fixtures.mutualCode();
        assertTrue(mutuals.find(code).isEmpty());

        mutuals.register(code, "Mutuelle Nouvelle", "no-reply@" + code + ".example.org");

        assertTrue(mutuals.find(code).isPresent());
    }
}
