package fr.memberspace.web;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows between the web packages, and from the web to the business, checked at every build. */
@AnalyzeClasses(packages = "fr.memberspace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Pages reach the business through its boundaries; entities and controls stay inside. */
    @ArchTest
    static final ArchRule pagesCallNoControlBean = noClasses().that().resideInAPackage("fr.memberspace.web..")
            .should().dependOnClassesThat(describe("an EJB or CDI bean of a control package",
                    (JavaClass c) -> c.getPackageName().contains(".control")
                            && (c.isAnnotatedWith("jakarta.enterprise.context.ApplicationScoped")
                                || c.isAnnotatedWith("jakarta.ejb.Stateless"))));

    /** No cycle between web packages. */
    @ArchTest
    static final ArchRule noCycleBetweenWebPackages = slices().matching("fr.memberspace.web.(*)..")
            .should().beFreeOfCycles();
}
