package pe.macexpress.desk.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The identity feature and what it stands on never touch JavaFX. */
class IdentityArchitectureTest {

    @Test
    void identitySandboxStoreAndCoreDoNotImportJavaFx() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pe.macexpress.desk");
        noClasses().that().resideInAnyPackage("..desk.identity..", "..desk.sandbox..", "..desk.store..", "..desk.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }
}
