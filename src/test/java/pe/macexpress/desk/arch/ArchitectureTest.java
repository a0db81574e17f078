package pe.macexpress.desk.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** After JabRef's JabLibArchitectureTest: only the ui package may know JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pe.macexpress.desk");
    }

    @Test
    void coreAndServicesAreFreeOfJavaFx() {
        noClasses().that().resideOutsideOfPackage("pe.macexpress.desk.ui..")
                .and().resideOutsideOfPackage("pe.macexpress.desk.cli..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("core, store, identity, sync and the other services must run headless and be testable without FX")
                .check(classes);
    }

    @Test
    void coreDependsOnNothingOfOurs() {
        noClasses().that().resideInAPackage("pe.macexpress.desk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("pe.macexpress.desk.store..",
                        "pe.macexpress.desk.identity..", "pe.macexpress.desk.ui..", "pe.macexpress.desk.app..",
                        "pe.macexpress.desk.sandbox..", "java.sql..", "okhttp3..")
                .because("the domain has no I/O")
                .check(classes);
    }

    @Test
    void servicesNeverReachIntoTheUi() {
        noClasses().that().resideOutsideOfPackages("pe.macexpress.desk.ui..", "pe.macexpress.desk.cli..",
                        "pe.macexpress.desk")
                .should().dependOnClassesThat().resideInAPackage("pe.macexpress.desk.ui..")
                .check(classes);
    }

    @Test
    void theUiNeverReachesIntoTheSandboxOrTheReferenceCentral() {
        noClasses().that().resideInAPackage("pe.macexpress.desk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("pe.macexpress.desk.sandbox..",
                        "pe.macexpress.desk.central..")
                .because("training data reaches the screens through the composition root (app.TrainingHints), "
                        + "so production screens carry no fictitious people and no server code")
                .check(classes);
    }
}
