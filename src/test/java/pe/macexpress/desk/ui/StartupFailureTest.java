package pe.macexpress.desk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.startup.StartupView;

/** A second instance, an unwritable folder: a clear message at start, never a silent exit. */
@ExtendWith(ApplicationExtension.class)
class StartupFailureTest {
    @TempDir
    Path home;

    private StartupView view;
    private I18n i18n;
    private Scene scene;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Localization.bundledOnly(), "es");
        view = new StartupView(i18n);
        scene = new Scene(view, 900, 600);
        scene.getStylesheets().add(getClass().getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aSecondInstanceOnTheSameDataFolderIsRefusedWithAMessage(FxRobot robot) {
        try (DeskContext first = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            StoreException refused = assertThrows(StoreException.class,
                    () -> DeskContext.open(DeskSettings.load(home), Clock.systemUTC()));
            assertEquals(StoreException.Kind.LOCKED, refused.kind());
            robot.interact(() -> view.showFailure(refused, home, () -> { }));
            String message = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(message.contains(i18n.get("store.error.locked")), message);
            assertTrue(message.contains(home.toString()));
            assertTrue(robot.lookup("#startup-close").tryQuery().isPresent());
            Screenshots.save(robot, scene, "es-startup-second-instance");
            robot.interact(() -> i18n.languageProperty().set(i18n.localization().language("qu")));
            assertTrue(robot.lookup("#startup-message").queryAs(Label.class).getText()
                    .contains(i18n.localization().text("qu", "store.error.locked")));
            Screenshots.save(robot, scene, "qu-startup-second-instance");
        }
    }

    @Test
    void aDataFolderThatCannotBeWrittenIsReported(FxRobot robot) throws Exception {
        Path notAFolder = home.resolve("macexpress");
        Files.writeString(notAFolder, "a file where the data folder should be");
        StoreException e = assertThrows(StoreException.class,
                () -> DeskContext.open(DeskSettings.load(notAFolder), Clock.systemUTC()));
        assertEquals(StoreException.Kind.READ_ONLY, e.kind());
        robot.interact(() -> view.showFailure(e, notAFolder, () -> { }));
        assertTrue(robot.lookup("#startup-message").queryAs(Label.class).getText()
                .contains(i18n.get("store.error.read.only")));
    }
}
