package pe.macexpress.desk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code as rules (after JabRef's architecture tests): one import of the
 * application's classes, every rule checked against it. engineering.md explains the layers.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pe.macexpress.desk");
    }

    @Test
    void onlyTheUiKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackage("..desk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..")
                .because("the domain, the services, the central and the command line run headless")
                .check(classes);
    }

    @Test
    void onlyTheStoresSpeakSql() {
        noClasses().that().resideOutsideOfPackages("..desk.store..", "..desk.central.store..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .because("store owns every table of the workstation (and central.store the central's own):"
                        + " the rest asks repositories")
                .check(classes);
    }

    @Test
    void coreDependsOnlyOnTheJdkAndDoesNoIo() {
        classes().that().resideInAPackage("..desk.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("..desk.core..", "java.lang..",
                        "java.util..", "java.time..", "java.security..", "java.math..")
                .because("the domain has no I/O and knows nothing of the layers above it")
                .check(classes);
    }

    @Test
    void theContractIsRecordsOnly() {
        classes().that().resideInAPackage("..desk.contract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("..desk.contract..", "java..",
                        "com.fasterxml.jackson..")
                .because("both sides of the sync API share it: it cannot drag either side's code along")
                .check(classes);
    }

    @Test
    void layersOnlyCallDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Core").definedBy("..desk.core..")
                .layer("Contract").definedBy("..desk.contract..")
                .layer("Base").definedBy("..desk.config..", "..desk.blocking..", "..desk.i18n..", "..desk.security..")
                .layer("Store").definedBy("pe.macexpress.desk.store..")
                .layer("Services").definedBy("..desk.identity..", "..desk.sync..", "..desk.bundle..", "..desk.attention..",
                        "..desk.advisor..", "..desk.catalog..", "..desk.connectivity..", "..desk.procedure..", "..desk.receipt..",
                        "..desk.cases..", "..desk.voice..", "..desk.reports..", "..desk.speech..",
                        "..desk.pictogram..")
                .layer("Central").definedBy("..desk.central..")
                .layer("Sandbox").definedBy("..desk.sandbox..")
                .layer("App").definedBy("..desk.app..")
                .layer("Ui").definedBy("..desk.ui..")
                .layer("Cli").definedBy("..desk.cli..", "pe.macexpress.desk")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli")
                .whereLayer("Sandbox").mayOnlyBeAccessedByLayers("App", "Cli")
                .whereLayer("Central").mayOnlyBeAccessedByLayers("Sandbox", "Cli")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Services", "Central", "Sandbox", "App", "Ui",
                        "Cli")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Services", "App", "Ui", "Cli")
                .whereLayer("Contract").mayOnlyBeAccessedByLayers("Services", "Central", "Sandbox", "App", "Ui",
                        "Cli")
                .whereLayer("Base").mayOnlyBeAccessedByLayers("Store", "Services", "Central", "Sandbox", "App",
                        "Ui", "Cli")
                .because("the UI reaches training data and the central only through the composition root,"
                        + " and nothing below the UI reaches up into it")
                .check(classes);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("pe.macexpress.desk.(*)..").should().beFreeOfCycles().check(classes);
        slices().matching("pe.macexpress.desk.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheMainCommandStartsTheWindow() {
        noClasses().that().resideInAPackage("..desk.cli..").and().doNotHaveSimpleName("DeskCommand")
                .should().dependOnClassesThat().resideInAPackage("..desk.ui..")
                .check(classes);
    }

    @Test
    void viewModelsHoldNoControls() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("pe.macexpress.desk.ui.common.I18n")
                .because("a ViewModel is tested without a scene, and the View binds its texts")
                .check(classes);
    }

    @Test
    void theUiNeverTalksHttpItself() {
        noClasses().that().resideInAPackage("..desk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "java.net.http..")
                .because("the FX thread never touches the network: services do, off it")
                .check(classes);
    }
}
