package pe.macexpress.desk.ui.supervisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.supervisor.BackupViewModel;
import pe.macexpress.desk.ui.supervisor.CatalogViewModel;
import pe.macexpress.desk.ui.supervisor.EnrollmentViewModel;
import pe.macexpress.desk.ui.supervisor.IdentityFlagsViewModel;
import pe.macexpress.desk.ui.supervisor.PasswordChangeViewModel;
import pe.macexpress.desk.ui.supervisor.SupervisorView;
import pe.macexpress.desk.testing.DeskStageFixture;

/** The supervisor's screen: its tasks do not hold each other up, and a failed daily backup is not silent. */
@ExtendWith(ApplicationExtension.class)
class SupervisorScreenTest extends DeskStageFixture {
    @TempDir
    Path home;

    @Test
    void aFailedAutomaticBackupIsShownUntilABackupSucceeds(FxRobot robot) throws Exception {
        // The backup folder is a USB stick that was pulled out: a file stands where the folder should be.
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "backup.folder=usb\n", StandardCharsets.UTF_8);
        Path usb = Files.writeString(home.resolve("usb"), "not a folder");
        try (DeskContext yesterday = DeskContext.open(DeskSettings.load(home), Clock.systemDefaultZone())) {
            yesterday.attentions().save(attention());
        }
        AtomicReference<TrainingDesk> opened = new AtomicReference<>();
        robot.interact(() -> opened.set(new TrainingDesk(stage, home)));
        desk = opened.get();
        assertEquals(StoreException.Kind.READ_ONLY, desk.ctx.backupProblem().orElseThrow().kind(),
                "the daily backup at start failed");

        signIn(robot);
        assertTrue(Shown.node(robot, "#status-backup-warning"));
        assertEquals(text("es", "status.backup.failed"), text(robot, "#status-backup-warning"));
        assertStatusBarShownInFull(robot);
        robot.clickOn("#supervisor-open");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> Shown.node(robot, "#supervisor-backup-problem"));
        assertEquals(desk.ctx.localization().text("es", "backup.auto.failed", text("es", "backup.reason.read.only")),
                text(robot, "#supervisor-backup-problem"));
        Screenshots.save(robot, desk.scene, "es-supervisor-05-backup-failed");
        robot.interact(() -> desk.ui.i18n().languageProperty().set(desk.ctx.localization().language("qu")));
        assertEquals(desk.ctx.localization().text("qu", "backup.auto.failed", text("qu", "backup.reason.read.only")),
                text(robot, "#supervisor-backup-problem"));
        assertEquals(text("qu", "status.backup.failed"), text(robot, "#status-backup-warning"));
        assertStatusBarShownInFull(robot);
        Screenshots.save(robot, desk.scene, "qu-supervisor-05-backup-failed");
        robot.interact(() -> desk.ui.i18n().languageProperty().set(desk.ctx.localization().language("es")));

        // The stick is back: a backup now succeeds, and both warnings go.
        Files.delete(usb);
        robot.clickOn("#supervisor-backup");
        waitUntil(() -> !text(robot, "#supervisor-backup-result").isEmpty());
        assertEquals(1, desk.ctx.backups().list().size());
        assertTrue(desk.ctx.backups().list().get(0).file().startsWith(usb));
        // Issue 15 (audit): the backup is a chain row, and its actor is the advisor signed in at the desk.
        var backupRows = desk.ctx.store().audit().after(0, 1000).stream()
                .filter(e -> e.action().equals(pe.macexpress.desk.security.AuditActions.BACKUP)).toList();
        String actor = backupRows.get(backupRows.size() - 1).actor();
        assertTrue(TrainingData.ADVISORS.stream().anyMatch(a -> a.id().equals(actor)), actor);
        assertFalse(Shown.node(robot, "#supervisor-backup-problem"));
        assertFalse(Shown.node(robot, "#status-backup-warning"));
        Screenshots.save(robot, desk.scene, "es-supervisor-06-backup-recovered");
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
            return ctx.backups().backupNow(ctx.store());
        }, Optional.empty(), runner);
        I18n i18n = new I18n(ctx.localization(), "es");
        robot.interact(() -> {
            SupervisorView view = new SupervisorView(
                    new PasswordChangeViewModel(ctx.identity().credentialChange(), runner),
                    new EnrollmentViewModel(ctx.enrollment(), ctx.central(), runner), backup,
                    new CatalogViewModel(ctx.catalogs(), runner),
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

    /** The warning fits beside the link state, the count, the last sync and the buttons, none cut short. */
    private static void assertStatusBarShownInFull(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#status-online", "#status-pending", "#status-backup-warning", "#status-last-sync",
                "#history-open", "#sync-open")) {
            Labeled l = robot.lookup(id).queryAs(Labeled.class);
            List<String> shown = l.lookupAll(".text").stream().filter(Text.class::isInstance)
                    .map(n -> ((Text) n).getText()).toList();
            assertEquals(List.of(l.getText()), shown, id + " is cut short");
        }
    }

    private static void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> Shown.node(robot, "#identify-number"));
    }

    private static Attention attention() {
        return new Attention(UUID.randomUUID(), AttentionCode.next(), UUID.randomUUID(),
                TrainingData.ADVISORS.get(0).id(), TrainingData.POINT.id(),
                Document.parse(DocumentType.DNI, "10117410", "2").document(), "", VerificationState.VERIFIED, "0000",
                "sis-consulta-asegurado", new Outcome(OutcomeType.ATENDIDO, ""), "es", Instant.now(), Instant.now());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }
}
