package pe.macexpress.desk.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The store, the commands, the composition root and the domain run without JavaFX. */
class StoreArchitectureTest {
    @Test
    void storeCliAppAndCoreNeverImportJavafx() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pe.macexpress.desk");
        noClasses().that().resideInAnyPackage("..desk.store..", "..desk.cli..", "..desk.app..", "..desk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
