package pe.macexpress.desk.ui.procedure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * WebKit is heavy: the start-up and memory targets hold only if it loads when a portal opens. One
 * class touches it, and only the portal's place in the flow creates that class.
 */
class WebViewConfinementTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pe.macexpress.desk.ui"); // only the UI may know JavaFX at all (ArchitectureTest)

    @Test
    void onlyTheWebPortalBrowserTouchesWebView() {
        noClasses().that().doNotHaveFullyQualifiedName(WebPortalBrowser.class.getName())
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene.web..", "com.sun.webkit..")
                .because("WebView is loaded only when a portal opens")
                .check(CLASSES);
    }

    @Test
    void onlyTheAttentionFlowCreatesIt() {
        noClasses().that().doNotHaveFullyQualifiedName("pe.macexpress.desk.ui.attention.AttentionFlow")
                .and().doNotHaveFullyQualifiedName(WebPortalBrowser.class.getName())
                .should().dependOnClassesThat().haveFullyQualifiedName(WebPortalBrowser.class.getName())
                .because("AttentionFlow.openPortal creates it when the first portal opens, never earlier")
                .check(CLASSES);
    }
}
