package fr.memberspace;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows between the business packages (ARCHITECTURE.md, STYLE.md), checked at every build. */
@AnalyzeClasses(packages = "fr.memberspace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** An entity is plain state: the controls build their policies from its values, not the reverse. */
    @ArchTest
    static final ArchRule entitiesImportNoControl = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAPackage("..control..");

    /** Activation codes know nothing of members: the reset boundary joins them. */
    @ArchTest
    static final ArchRule activationKnowsNoAccount = noClasses().that().resideInAPackage("fr.memberspace.activation..")
            .should().dependOnClassesThat().resideInAPackage("fr.memberspace.account..");

    @ArchTest
    static final ArchRule accountKnowsNoActivation = noClasses().that().resideInAPackage("fr.memberspace.account..")
            .should().dependOnClassesThat().resideInAPackage("fr.memberspace.activation..");

    /** No feature depends, even through others, on a feature that depends on it. */
    @ArchTest
    static final ArchRule noCycleBetweenFeatures = slices().matching("fr.memberspace.(*)..")
            .should().beFreeOfCycles();

    /** Codes are the activation controls' business: the reset door sees no code row nor its enums. */
    @ArchTest
    static final ArchRule resetSeesNoActivationEntity = noClasses().that().resideInAPackage("fr.memberspace.reset..")
            .should().dependOnClassesThat().resideInAPackage("fr.memberspace.activation.entity..");

    /** Inside a feature, boundaries call controls and entities, never the other way round. */
    @ArchTest
    static final ArchRule controlsCallNoBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");
}
