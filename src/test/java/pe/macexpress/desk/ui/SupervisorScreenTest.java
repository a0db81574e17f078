package pe.macexpress.desk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.supervisor.BackupViewModel;
import pe.macexpress.desk.ui.supervisor.EnrollmentViewModel;
import pe.macexpress.desk.ui.supervisor.IdentityFlagsViewModel;
import pe.macexpress.desk.ui.supervisor.PasswordChangeViewModel;
import pe.macexpress.desk.ui.supervisor.SupervisorView;

/** The supervisor's screen: its tasks do not hold each other up. */
@ExtendWith(ApplicationExtension.class)
class SupervisorScreenTest {
    @TempDir
    Path home;

    private Stage stage;
    private DeskContext ctx;
    private FxTaskRunner runner;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (runner != null) {
            runner.close();
        }
        if (ctx != null) {
            ctx.close();
        }
    }

    @Test
    void aRunningBackupLeavesThePasswordChangeAndTheEnrollmentUsable(FxRobot robot) throws Exception {
        ctx = DeskContext.open(DeskSettings.load(home), Clock.systemDefaultZone());
        runner = new FxTaskRunner();
        CountDownLatch release = new CountDownLatch(1);
        BackupViewModel backup = new BackupViewModel(() -> {
            // A slow USB stick: the backup takes as long as the test says.
            if (!release.await(20, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return ctx.backups().backupNow(ctx.database());
        }, runner);
        I18n i18n = new I18n(ctx.localization(), "es");
        robot.interact(() -> {
            SupervisorView view = new SupervisorView(
                    new PasswordChangeViewModel(ctx.identity().credentialChange(), runner),
                    new EnrollmentViewModel(ctx.enrollment(), ctx.central(), runner), backup,
                    new IdentityFlagsViewModel(ctx.identity().flags(), runner), i18n, ZoneId.of("America/Lima"),
                    () -> TrainingData.ADVISORS.get(0).id(), () -> { });
            Scene scene = new Scene(view, 1120, 780);
            scene.getStylesheets().add(DeskUi.class.getResource(DeskUi.STYLESHEET).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });

        robot.clickOn("#supervisor-backup");
        waitUntil(() -> robot.lookup("#supervisor-backup").query().isDisabled());
        assertFalse(robot.lookup("#supervisor-password-submit").query().isDisabled(),
                "a backup in progress does not block the password change");
        assertFalse(robot.lookup("#supervisor-enroll").query().isDisabled());

        // And the change really goes through PIDE while the backup still runs.
        robot.clickOn("#supervisor-current").write(TrainingData.CREDENTIALS.password());
        robot.clickOn("#supervisor-new").write("nueva-clave-2026");
        robot.clickOn("#supervisor-confirm").write("nueva-clave-2026");
        robot.clickOn("#supervisor-password-submit");
        waitUntil(() -> text(robot, "#supervisor-password-result")
                .equals(ctx.localization().text("es", "identity.password.changed")));
        assertTrue(robot.lookup("#supervisor-backup").query().isDisabled(), "the backup is still running");
        assertEquals("", robot.lookup("#supervisor-backup-result").queryAs(Label.class).getText());

        release.countDown();
        waitUntil(() -> !text(robot, "#supervisor-backup-result").isEmpty());
        assertFalse(robot.lookup("#supervisor-backup").query().isDisabled());
        assertEquals(1, ctx.backups().list().size());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
