package dev.perfgate.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of GUIDE.md section 2, checked on the compiled main classes, so a change that
 * breaks one fails the build instead of waiting for a reviewer.
 */
class PackageRulesTest {

    /** The help goal maven-plugin-plugin generates: a Mojo by nature. */
    private static final String GENERATED_HELP = "dev.perfgate.perfgate_maven_plugin..";

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.perfgate");
    }

    /** The core runs from the API as well as from Maven: only the adapter knows Maven. */
    @Test
    void onlyTheMavenAdapterUsesMavenOrPlexus() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.perfgate.maven..", GENERATED_HELP)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.maven..", "org.codehaus.plexus..")
                .because("the core is used from the API too; Maven belongs to dev.perfgate.maven")
                .check(main);
    }

    /** Every package, sub-packages counted on their own (process.posix is not process). */
    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.perfgate.(**)").should().beFreeOfCycles().check(main);
    }

    /** Reports render a receipt; they never start or inspect processes. */
    @Test
    void reportsNeverReachTheProcessLayer() {
        noClasses()
                .that()
                .resideInAPackage("dev.perfgate.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.perfgate.process..")
                .check(main);
    }

    /**
     * The lower layers never reach back up into the use case or the adapter. ({@code host} is left out: it is
     * an adapter that implements the use case's {@code HostProbe} port.)
     */
    @Test
    void lowerLayersNeverReachUp() {
        noClasses()
                .that()
                .resideInAnyPackage("dev.perfgate.stats..", "dev.perfgate.receipt..", "dev.perfgate.process..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.perfgate.paired..", "dev.perfgate.maven..")
                .check(main);
    }
}
