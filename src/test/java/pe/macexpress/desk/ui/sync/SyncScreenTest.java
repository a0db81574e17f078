package pe.macexpress.desk.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.testing.SampleDocuments;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.sandbox.TrainingData;

/**
 * The sync screen against the in-process central of training mode: "Sincronizar ahora", the
 * automatic sync when the link comes back, and the history's per-record state.
 */
class SyncScreenTest extends TrainingDeskTest {
    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    /** Verified attentions: the background re-verifier has nothing to add to the queue meanwhile. */
    private void save(int n) {
        for (int i = 0; i < n; i++) {
            ctx.attentions().save(new Attention(UUID.randomUUID(), AttentionCode.next(), UUID.randomUUID(),
                    TrainingData.ADVISORS.get(0).id(), TrainingData.POINT.id(),
                    Document.parse(DocumentType.DNI, "10117410", "2").document(), "", VerificationState.VERIFIED, "0000",
                    "sis-consulta-asegurado", new Outcome(OutcomeType.ATENDIDO, ""), "es", Instant.now(),
                    Instant.now()));
        }
    }

    @Test
    void syncNowDrainsTheQueueAndTheHistoryShowsEachRecordReceived(FxRobot robot) throws Exception {
        save(30);
        signIn(robot);
        waitUntil(() -> text(robot, "#status-pending").endsWith(" " + queued()));
        robot.clickOn("#sync-open");
        waitUntil(() -> robot.lookup("#sync-now").tryQuery().isPresent());
        waitUntil(() -> text(robot, "#sync-summary").contains(queued()));
        assertFalse(text(robot, "#sync-summary").equals(ctx.localization().text("es", "sync.all.sent")),
                "never 'all sent' while anything is pending");
        Screenshots.save(robot, scene, "es-sync-01-pending");

        assertTrue(robot.lookup("#sync-messages").queryListView().getItems().isEmpty());
        ctx.sandbox().central().addChange(ctx.settings().workstationId(), "message", "",
                "Reunión de asesores el lunes a las 9:00 en el Tambo");
        int sending = ctx.outbox().counts().unsent();
        robot.clickOn("#sync-now");
        waitUntil(() -> text(robot, "#sync-summary").equals(ctx.localization().text("es", "sync.all.sent")));
        assertEquals(0, ctx.outbox().counts().unsent());
        waitUntil(() -> robot.lookup("#sync-messages").queryListView().getItems().size() == 1);
        assertEquals("Reunión de asesores el lunes a las 9:00 en el Tambo", ((pe.macexpress.desk.sync.CentralMessage)
                robot.lookup("#sync-messages").queryListView().getItems().get(0)).text(), "the central's message is shown");
        waitUntil(() -> text(robot, "#status-pending").endsWith(" 0"));
        assertFalse(text(robot, "#status-last-sync").endsWith(ctx.localization().text("es", "status.never")));
        // The run's end is told in a notice over the figures (ControlsFX NotificationPane).
        org.controlsfx.control.NotificationPane notice = robot.lookup("#sync-notice").queryAs(
                org.controlsfx.control.NotificationPane.class);
        waitUntil(notice::isShowing);
        assertEquals(ctx.localization().text("es", "sync.notice.drained", sending), notice.getText());
        Screenshots.save(robot, scene, "es-sync-02-drained");
        robot.interact(() -> ui.i18n().languageProperty().set(ctx.localization().language("qu")));
        assertEquals(ctx.localization().text("qu", "sync.all.sent"), text(robot, "#sync-summary"));
        assertEquals(ctx.localization().text("qu", "sync.notice.drained", sending), notice.getText());
        Screenshots.save(robot, scene, "qu-sync-02-drained");

        robot.clickOn("#history-open");
        ListView<?> results = robot.lookup("#history-results").queryAs(ListView.class);
        waitUntil(() -> results.getItems().size() == 30);
        for (Object row : results.getItems()) {
            assertEquals(pe.macexpress.desk.sync.AttentionSyncState.RECEIVED,
                    ((pe.macexpress.desk.ui.history.HistoryViewModel.Row) row).sync().state(), row.toString());
        }
        Screenshots.save(robot, scene, "qu-history-01-received");
        robot.clickOn("#history-back");
        waitUntil(() -> robot.lookup("#identify-number").tryQuery().isPresent());
    }

    @Test
    void documentsAreShownApartFromRecordsAndGoAfterThem(FxRobot robot) throws Exception {
        save(3);
        for (int i = 0; i < 2; i++) {
            SampleDocuments.add(ctx.store(), 300_000, i);
        }
        signIn(robot);
        robot.clickOn("#sync-open");
        waitUntil(() -> text(robot, "#sync-summary").contains(queued()));
        waitUntil(() -> text(robot, "#sync-documents").startsWith(
                ctx.localization().text("es", "sync.documents.pending").substring(0, 10)));
        assertTrue(text(robot, "#sync-documents").contains("2") && text(robot, "#sync-documents").contains("0.6 MB"),
                text(robot, "#sync-documents"));
        assertFalse(text(robot, "#sync-summary").equals(ctx.localization().text("es", "sync.all.sent")));
        Screenshots.save(robot, scene, "es-sync-04-documents-pending");
        robot.interact(() -> ui.i18n().languageProperty().set(ctx.localization().language("qu")));
        assertTrue(text(robot, "#sync-documents").contains("0.6 MB"), text(robot, "#sync-documents"));
        Screenshots.save(robot, scene, "qu-sync-04-documents-pending");
        robot.interact(() -> ui.i18n().languageProperty().set(ctx.localization().language("es")));

        robot.clickOn("#sync-now");
        waitUntil(() -> text(robot, "#sync-summary").equals(ctx.localization().text("es", "sync.all.sent")));
        assertEquals(ctx.localization().text("es", "sync.documents.none"), text(robot, "#sync-documents"));
        assertEquals(2, ctx.sandbox().central().attachmentTotals()[0], "the central accepted both");
        assertEquals(600_000, ctx.sandbox().central().attachmentTotals()[1]);
        Screenshots.save(robot, scene, "es-sync-05-documents-sent");
    }

    @Test
    void whenTheLinkComesBackASyncStartsByItself(FxRobot robot) throws Exception {
        save(12);
        signIn(robot);
        ctx.connectivity().report(false);
        waitUntil(() -> text(robot, "#status-online").equals(ctx.localization().text("es", "status.offline")));
        robot.clickOn("#sync-open");
        waitUntil(() -> text(robot, "#sync-summary").contains(queued()));

        String waiting = queued();
        ctx.connectivity().report(true);
        waitUntil(() -> text(robot, "#sync-summary").equals(ctx.localization().text("es", "sync.all.sent")));
        assertEquals(0, ctx.outbox().counts().unsent(), "nobody pressed a button");
        assertTrue(text(robot, "#sync-figures").startsWith(waiting + " "), text(robot, "#sync-figures"));
        Screenshots.save(robot, scene, "es-sync-03-auto-after-reconnect");
    }

    @Test
    void theSupervisorEnrollsTheWorkstationAndTakesABackup(FxRobot robot) throws Exception {
        signIn(robot);
        robot.clickOn("#supervisor-open");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> robot.lookup("#supervisor-enroll").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#supervisor-central-url").queryAs(javafx.scene.control.TextField.class)
                .setText(ctx.sandbox().baseUrl()));
        robot.clickOn("#supervisor-enrollment-code").write("ZZZZ-ZZZZ-ZZZZ");
        robot.clickOn("#supervisor-enroll");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> text(robot, "#supervisor-enroll-result")
                .equals(ctx.localization().text("es", "sync.enroll.bad.code")));
        assertEquals("", robot.lookup("#supervisor-enrollment-code").queryAs(javafx.scene.control.TextField.class)
                .getText(), "a one-time code is not left on screen");

        // The training token stops working: the syncs below can only succeed with the new one.
        ctx.sandbox().central().revoke(ctx.settings().workstationId());
        // Issue 15: a code for this workstation (it exists already: no unbound code re-enrolls it).
        robot.clickOn("#supervisor-enrollment-code").write(ctx.sandbox().central().issueCode(ctx.settings().workstationId()));
        robot.clickOn("#supervisor-enroll");
        pe.macexpress.desk.testing.SupervisorPin.pass(robot);
        waitUntil(() -> text(robot, "#supervisor-enroll-result")
                .equals(ctx.localization().text("es", "sync.enroll.enrolled")));
        assertEquals(ctx.localization().text("es", "sync.enroll.state.enrolled"), text(robot, "#supervisor-enrolled"));

        int before = ctx.backups().list().size();
        robot.clickOn("#supervisor-backup");
        waitUntil(() -> !text(robot, "#supervisor-backup-result").isEmpty());
        assertEquals(before + 1, ctx.backups().list().size());
        assertTrue(text(robot, "#supervisor-backup-result").contains(ctx.backups().list().get(0).file().toString()));
        Screenshots.save(robot, scene, "es-supervisor-04-enrolled-backup");
        robot.interact(() -> ui.i18n().languageProperty().set(ctx.localization().language("qu")));
        assertEquals(ctx.localization().text("qu", "sync.enroll.state.enrolled"), text(robot, "#supervisor-enrolled"));
        Screenshots.save(robot, scene, "qu-supervisor-04-enrolled-backup");

        // Still syncs with the new token.
        save(3);
        ctx.sync().syncNow().get(20, TimeUnit.SECONDS);
        assertEquals(0, ctx.outbox().counts().unsent());
    }

    /**
     * What waits to be sent, as the screens count it: the attentions saved, and the audit chain's rows
     * (issue 15: signing in, the day's purge), which go with them.
     */
    private String queued() {
        return String.valueOf(ctx.outbox().counts().unsent());
    }

    private void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        waitUntil(() -> robot.lookup("#identify-number").tryQuery().isPresent());
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }

    @Test
    void aSupervisorSavesABundleAndAppliesTheAnswerFromTheSyncScreen(FxRobot robot) throws Exception {
        save(5);
        signIn(robot);
        robot.clickOn("#sync-open");
        waitUntil(() -> text(robot, "#sync-summary").contains(queued()));
        assertEquals(ctx.localization().text("es", "sync.usb.save"),
                robot.lookup("#sync-usb-save").queryButton().getText());
        assertEquals(ctx.localization().text("es", "sync.usb.apply"),
                robot.lookup("#sync-usb-apply").queryButton().getText());
        java.nio.file.Path usb = java.nio.file.Files.createTempDirectory("usb");
        java.nio.file.Path bundle = usb.resolve("envio.mxb");
        int waiting = ctx.outbox().counts().unsent(); // the 5 attentions and the audit rows of signing in
        robot.interact(() -> ui.syncViewModel().saveBundle(bundle));
        String saved = new java.text.MessageFormat(ctx.localization().text("es", "sync.usb.saved")).format(
                new Object[] {waiting, 0});
        waitUntil(() -> text(robot, "#sync-usb-result").equals(saved));
        int afterSaving = ctx.outbox().counts().unsent();
        assertTrue(afterSaving >= waiting, "saving the file settles nothing");
        Screenshots.save(robot, scene, "es-sync-06-usb-saved");

        java.nio.file.Path answer = usb.resolve("respuesta.mxa");
        try (okhttp3.Response r = new okhttp3.OkHttpClient().newCall(new okhttp3.Request.Builder()
                .url(ctx.sandbox().baseUrl() + "/api/v1/bundles").post(okhttp3.RequestBody.create(bundle.toFile(),
                        okhttp3.MediaType.get("application/octet-stream"))).build()).execute()) {
            assertEquals(200, r.code());
            java.nio.file.Files.write(answer, r.body().bytes());
        }
        byte[] whole = java.nio.file.Files.readAllBytes(answer);
        java.nio.file.Path cut = usb.resolve("cortada.mxa");
        java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 20));
        robot.interact(() -> ui.i18n().languageProperty().set(ctx.localization().language("qu")));
        robot.interact(() -> ui.syncViewModel().applyAnswer(cut));
        waitUntil(() -> text(robot, "#sync-usb-result").equals(ctx.localization().text("qu", "sync.usb.problem.truncated"))
                || text(robot, "#sync-usb-result").equals(ctx.localization().text("qu", "sync.usb.problem.damaged")));
        assertEquals(afterSaving, ctx.outbox().counts().unsent(), "nothing of a cut answer is applied");
        Screenshots.save(robot, scene, "qu-sync-07-usb-refused");

        robot.interact(() -> ui.syncViewModel().applyAnswer(answer));
        waitUntil(() -> text(robot, "#sync-summary").equals(ctx.localization().text("qu", "sync.all.sent")));
        assertTrue(text(robot, "#sync-usb-result").startsWith(
                ctx.localization().text("qu", "sync.usb.applied").substring(0, 10)), text(robot, "#sync-usb-result"));
        assertEquals(0, ctx.outbox().counts().unsent());
        javafx.scene.control.Label result = robot.lookup("#sync-usb-result").queryAs(javafx.scene.control.Label.class);
        robot.interact(() -> { }); // the layout pass after the text changed
        assertEquals(result.getText(), ((javafx.scene.text.Text) result.lookup(".text")).getText(),
                "the result wraps whole, never ends in an ellipsis");
        waitUntil(() -> text(robot, "#status-pending").equals(
                new java.text.MessageFormat(ctx.localization().text("qu", "status.pending")).format(new Object[] {0})));
        Screenshots.save(robot, scene, "qu-sync-08-usb-applied");
    }
}
