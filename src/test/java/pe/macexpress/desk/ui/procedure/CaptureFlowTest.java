package pe.macexpress.desk.ui.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Capture;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.SyncOutcome;
import pe.macexpress.desk.sync.SyncResult;
import pe.macexpress.desk.testing.CaptureSamples;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TestCatalogs;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;

/**
 * The capture channel end to end in training mode, no internet: the test catalogue in use, a
 * scanner folder configured; sign in, identify, choose the capture procedure, the form opens (not
 * the outcome screen), fill it with a scanned receipt, save; then sync to the training central,
 * which holds the capture record.
 */
class CaptureFlowTest extends TrainingDeskTest {
    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("macexpress-capture-flow");
        Files.createDirectories(home.resolve("scans"));
        Files.write(home.resolve("scans").resolve("recibo.png"), CaptureSamples.image(1240, 1754, "png", 31));
        Files.writeString(home.resolve("macexpress.properties"), "capture.scannerFolder=scans\n");
        desk = new TrainingDesk(stage, home);
        ctx = desk.ctx;
        ui = desk.ui;
        scene = desk.scene;
    }

    private static void set(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup("#capture-field-" + id).queryAs(TextField.class).setText(value));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCaptureProcedureOpensItsFormIsSavedAndReachesTheCentral(FxRobot robot) throws Exception {
        // The test catalogue, published by the training central and installed by a sync.
        ctx.sandbox().centralApi().publishCatalog(TestCatalogs.channelsBytes());
        ctx.sync().syncNow().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals("test-1", ctx.catalog().version());
        TrainingDesk.waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#identify-number"));
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        robot.interact(() -> robot.lookup("#identify-type").queryComboBox().setValue(DocumentType.DNI));
        robot.clickOn("#identify-number").write(citizen.dni());
        robot.clickOn("#identify-check").write(String.valueOf(citizen.checkDigit()));
        robot.clickOn("#identify-verify");
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#identify-continue") && !robot.lookup("#identify-continue")
                .queryButton().isDisabled());
        robot.clickOn("#identify-continue");
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#choice-search"));
        robot.clickOn("#choice-search").write("SIS Gratuito");
        ListView<Object> list = robot.lookup("#choice-list").queryAs(ListView.class);
        TrainingDesk.waitUntil(() -> !list.getItems().isEmpty());
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#choice-open");
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#capture-form"));
        assertTrue(robot.lookup("#procedure-save").tryQuery().isEmpty(), "the capture form, not the outcome screen");

        CaptureSamples.sisAnswers().forEach((id, v) -> {
            if (!List.of("estado_civil", "gestante").contains(id)) {
                set(robot, id, v);
            }
        });
        robot.interact(() -> robot.lookup("#capture-field-estado_civil").queryComboBox().setValue("soltero"));
        robot.interact(() -> robot.lookup("#capture-scan-recibo").queryButton().fire());
        TrainingDesk.waitUntil(() -> robot.lookup("#capture-scanner-recibo .button").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#capture-scanner-recibo .button").queryButton().fire());
        TrainingDesk.waitUntil(() -> robot.lookup("#capture-thumbs-recibo .capture-remove").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#capture-detail").queryAs(javafx.scene.control.TextArea.class)
                .setText("Respuesta del SIS en 5 días hábiles"));
        Screenshots.save(robot, scene, "capture-es-06-in-the-desk");
        robot.interact(() -> robot.lookup("#capture-save").queryButton().fire());
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#another-question"));

        List<Attention> saved = ctx.attentions().findByVisit(ui.flow().currentVisit().id());
        assertEquals(1, saved.size());
        assertEquals(Channel.CAPTURE, saved.get(0).servedVia().channel());
        assertEquals(TestCatalogs.channels().version(), saved.get(0).servedVia().catalogVersion());
        Capture capture = ctx.store().captures().ofAttention(saved.get(0).id()).get(0);

        SyncResult result = ctx.sync().syncNow().get(30, TimeUnit.SECONDS);
        assertEquals(SyncOutcome.DRAINED, result.outcome(), result.summaryLine());
        String held = ctx.sandbox().central().body(capture.id().toString()).orElseThrow();
        assertTrue(held.contains("\"recibo\"") && held.contains("sis-afiliacion/1"), "the central holds the capture");
    }
}
