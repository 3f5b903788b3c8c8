package fr.memberspace.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import fr.memberspace.it.support.Support;
import fr.memberspace.time.MovableClock;

/**
 * What the integration tests deploy: always the EAR the build made (never a hand-picked
 * list of classes), plus, for in-container tests, the test's own classes in its EJB jar,
 * or, for client tests, a small support web module at {@value #SUPPORT_CONTEXT}.
 */
public final class Deployments {

    public static final String EJB_JAR = "memberspace-ejb.jar";
    public static final String SUPPORT_CONTEXT = "/it-support";

    private Deployments() {
    }

    /** The product EAR as built by this reactor ({@code ear/target/memberspace.ear}). */
    public static EnterpriseArchive product() {
        var file = OwnServer.EAR.toFile();
        return ShrinkWrap.create(ZipImporter.class, "memberspace.ear").importFrom(file).as(EnterpriseArchive.class);
    }

    /**
     * The product's EJB jar and libraries with test classes added to the EJB jar, for
     * in-container tests. The product's web module is left out: its path filter owns "/",
     * where Arquillian's own test runner servlet must answer.
     */
    public static EnterpriseArchive withTestClasses(Class<?>... classes) {
        var ear = product();
        ear.getAsType(JavaArchive.class, EJB_JAR).addClasses(classes).addClass(Deployments.class);
        ear.delete("memberspace-web.war");
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>memberspace business with tests</display-name>
                  <module><ejb>memberspace-ejb.jar</ejb></module>
                  <library-directory>lib</library-directory>
                </application>
                """));
        return ear;
    }

    /** The product with the support web module (test data set-up and probes over HTTP). */
    public static EnterpriseArchive withSupport() {
        var ear = product();
        // client tests move time through the support module (see SupportResource#advanceClock)
        ear.getAsType(JavaArchive.class, EJB_JAR).addClass(MovableClock.class);
        var support = ShrinkWrap.create(WebArchive.class, "it-support.war")
                .addPackage(Support.class.getPackage())
                // staff accounts for the back-office's browser tests (StaffFixtureResource)
                .addClass(fr.memberspace.staff.StaffFixtures.class);
        ear.addAsModule(support);
        ear.setApplicationXML(new StringAsset("""
                <?xml version="1.0" encoding="UTF-8"?>
                <application xmlns="https://jakarta.ee/xml/ns/jakartaee" version="10">
                  <display-name>memberspace with test support</display-name>
                  <module><ejb>memberspace-ejb.jar</ejb></module>
                  <module><web><web-uri>memberspace-web.war</web-uri><context-root>/</context-root></web></module>
                  <module><web><web-uri>it-support.war</web-uri><context-root>%s</context-root></web></module>
                  <library-directory>lib</library-directory>
                </application>
                """.formatted(SUPPORT_CONTEXT)));
        return ear;
    }
}
