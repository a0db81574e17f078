package pe.macexpress.desk.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.testing.DeskStageFixture;

/**
 * Issue 15: re-enrolling a production workstation to a plain http address was accepted (every
 * later sync then sent full DNIs and names in clear text). Now the screen refuses it before the
 * code is sent, and says what to do, in Spanish and Quechua, at 1024×600 without cutting the text.
 */
@ExtendWith(ApplicationExtension.class)
class EnrollmentLimitsScreenTest extends DeskStageFixture {
    @org.junit.jupiter.api.io.TempDir
    Path home;

    @Test
    void aProductionDesk_refusesAnHttpCentral_andSaysSoInBothLanguages(FxRobot robot) throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=PIAS-NAPO-01\n",
                StandardCharsets.UTF_8);
        ctx = DeskContext.open(DeskSettings.load(home), Clock.systemDefaultZone());
        runner = new FxTaskRunner();
        I18n i18n = new I18n(ctx.localization(), "es");
        AtomicInteger backups = new AtomicInteger();
        robot.interact(() -> {
            SupervisorView view = new SupervisorView(
                    new PasswordChangeViewModel(ctx.identity().credentialChange(), runner),
                    new EnrollmentViewModel(ctx.enrollment(), ctx.central(), runner),
                    new BackupViewModel(() -> {
                        backups.incrementAndGet();
                        return ctx.backups().backupNow(ctx.store());
                    }, Optional.empty(), runner),
                    new CatalogViewModel(ctx.catalogs(), runner),
                    new IdentityFlagsViewModel(ctx.identity().flags(), runner), i18n, ZoneId.of("America/Lima"),
                    () -> "ADV-0001", () -> { });
            Scene scene = new Scene(view, 1024, 600);
            scene.getStylesheets().add(DeskUi.class.getResource(DeskUi.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        robot.clickOn("#supervisor-central-url").write("http://192.0.2.1:8080");
        robot.clickOn("#supervisor-enrollment-code").write("1234-5678");
        robot.clickOn("#supervisor-enroll");
        TrainingDesk.waitUntil(() -> !robot.lookup("#supervisor-enroll-result").queryAs(Label.class).getText().isEmpty());
        Label result = robot.lookup("#supervisor-enroll-result").queryAs(Label.class);
        assertEquals(ctx.localization().text("es", "limits.enroll.insecure"), result.getText());
        assertFalse(ctx.central().enrolled(), "nothing enrolled, nothing sent");
        show(robot, result);
        assertEquals(List.of(), DrawnText.elided(stage.getScene().getRoot()), "no text cut short");
        Screenshots.save(robot, stage.getScene(), "limits-es-enroll-insecure");

        robot.interact(() -> i18n.languageProperty().set(ctx.localization().language("qu")));
        assertEquals(ctx.localization().text("qu", "limits.enroll.insecure"), result.getText());
        show(robot, result);
        assertEquals(List.of(), DrawnText.elided(stage.getScene().getRoot()), "no text cut short");
        Screenshots.save(robot, stage.getScene(), "limits-qu-enroll-insecure");
        assertTrue(backups.get() == 0);
    }

    /** Scrolls the supervisor's list so that {@code node} is on screen for the screenshot. */
    private static void show(FxRobot robot, Node node) {
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) robot.lookup(".scroll-pane").query();
            double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double viewport = scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / Math.max(1, contentHeight - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
