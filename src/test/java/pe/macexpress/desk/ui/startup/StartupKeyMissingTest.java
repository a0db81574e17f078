package pe.macexpress.desk.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.security.KeyRing;
import pe.macexpress.desk.store.HealthReport;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.ui.common.FxTaskRunner;

/**
 * Issue 15: a data folder copied without its key (a stolen disk, a backup carried to another PC)
 * does not open; the start screen says so and what to do, in the advisor's language, and offers no
 * restore (a backup needs the same key) and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class StartupKeyMissingTest extends StartupScreenFixture {
    @Start
    void start(Stage stage) {
        show(stage, 1024);
    }

    @Test
    void aDataFolderWithoutItsKeyIsRefusedWithWhatToDoInEitherLanguage(FxRobot robot) throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        try (DeskContext first = DeskContext.open(settings, Clock.systemUTC())) {
            assertTrue(first.attentions().count() >= 0);
        }
        Path key = KeyRing.file(HealthReport.keyId(settings.databaseFile()));
        Path moved = home.resolve("moved.key");
        Files.move(key, moved);
        byte[] before = Files.readAllBytes(settings.databaseFile());
        AtomicReference<DeskContext> opened = new AtomicReference<>();
        FxTaskRunner runner = new FxTaskRunner();
        try {
            robot.interact(() -> new StartupController(view, runner, home, Clock.systemUTC(), opened::set, () -> { })
                    .open());
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startup-close").tryQuery().isPresent());
            String es = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(es.contains(i18n.get("store.error.key.missing")), es);
            assertTrue(!es.contains(key.getParent().toString()), "the key folder's path only in the log: " + es);
            assertTrue(robot.lookup("#startup-restore").tryQuery().isEmpty(), "a backup needs the same key: none offered");
            Screenshots.save(robot, scene, "crypt-es-key-missing");
            robot.interact(() -> i18n.languageProperty().set(i18n.localization().language("qu")));
            String qu = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(qu.contains(i18n.localization().text("qu", "store.error.key.missing")), qu);
            Screenshots.save(robot, scene, "crypt-qu-key-missing");
            assertEquals(null, opened.get());
            assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(settings.databaseFile())), "nothing changed");
        } finally {
            runner.close();
            Files.move(moved, key);
            if (opened.get() != null) {
                opened.get().close();
            }
        }
    }
}
