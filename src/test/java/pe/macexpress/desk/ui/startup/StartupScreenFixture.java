package pe.macexpress.desk.ui.startup;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.I18n;

/**
 * What the start screen's tests share: a data folder of their own and the start screen shown in
 * Spanish, styled as the desk styles it. TestFX only calls a {@code @Start} method the test class
 * declares itself, so each test's {@code @Start} calls {@link #show}.
 */
abstract class StartupScreenFixture {
    @TempDir
    Path home;

    StartupView view;
    I18n i18n;
    Scene scene;

    void show(Stage stage, double width) {
        i18n = new I18n(Localization.bundledOnly(), "es");
        view = new StartupView(i18n);
        scene = new Scene(view, width, 600);
        scene.getStylesheets().add(getClass().getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }
}
