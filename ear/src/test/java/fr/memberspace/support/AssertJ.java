package fr.memberspace.support;

import java.io.File;
import java.net.URISyntaxException;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** In-container tests that assert with AssertJ carry its jar in the deployed EAR's lib/. */
final class AssertJ {

    private AssertJ() {
    }

    static EnterpriseArchive in(EnterpriseArchive ear) {
        try {
            return ear.addAsLibrary(new File(Assertions.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
