package pe.macexpress.desk.ui.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.procedure.CaptureKind;
import pe.macexpress.desk.procedure.CaptureService;
import pe.macexpress.desk.procedure.ScannerFolder;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.Capture;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.CaptureSamples;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TestCatalogs;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The capture screen under Monocle with the test catalogue's {@code sis-afiliacion} form: typed
 * field by field (Enter moves on), problems shown as typed, a receipt from the scanner's folder
 * and a signature drawn on the pad, Back and in again without losing anything, Save. Screenshots
 * at 1024×600 and 1366×768.
 */
@ExtendWith(ApplicationExtension.class)
class CaptureScreenTest {
    private static final Catalog CATALOG = TestCatalogs.channels();
    private static final Procedure SIS = CATALOG.find("sis-afiliacion").orElseThrow();

    private Path dir;
    private Store store;
    private FxTaskRunner runner;
    private I18n i18n;
    private CaptureViewModel vm;
    private Visit visit;
    private StackPane root;
    private Scene scene;
    private final AtomicReference<Attention> saved = new AtomicReference<>();
    private int backs;

    @Start
    void start(Stage stage) throws IOException {
        dir = Files.createTempDirectory("macexpress-capture");
        Path scans = Files.createDirectories(dir.resolve("scans"));
        Files.write(scans.resolve("recibo-luz.png"), CaptureSamples.image(2480, 3508, "png", 21));
        store = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        runner = new FxTaskRunner();
        i18n = new I18n(Localization.bundledOnly(), "es");
        vm = new CaptureViewModel(new CaptureService(store, new AttentionService(store, Clock.systemUTC()),
                Clock.systemUTC()), Optional.of(new ScannerFolder(scans)), runner, i18n.languageTag());
        visit = CaptureSamples.visit();
        root = new StackPane();
        scene = new Scene(root, 1024, 600);
        scene.getStylesheets().add(TrainingDesk.class.getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
        show();
    }

    private void show() {
        vm.open(visit, SIS, CATALOG.entityOf(SIS), CATALOG.version());
        CaptureView view = new CaptureView(vm, i18n, visit, () -> backs++, saved::set);
        root.getChildren().setAll(view);
        view.focusFirst();
    }

    @AfterEach
    void stop() throws IOException {
        runner.close();
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private String es(String key, Object... args) {
        return i18n.localization().text("es", key, args);
    }

    private void type(FxRobot robot, String text) {
        robot.write(text);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theAdvisorFillsTheSisFormWithTwoDocumentsAndSaves(FxRobot robot) throws Exception {
        TrainingDesk.waitUntil(() -> robot.lookup("#capture-field-nombre").tryQuery().isPresent());
        Screenshots.save(robot, scene, "capture-es-01-empty-1024x600");
        assertTouchTargets(robot);
        ScrollPane scroll = robot.lookup("#capture-scroll").queryAs(ScrollPane.class);
        assertTrue(scroll.getContent().getBoundsInLocal().getHeight() > scroll.getViewportBounds().getHeight(),
                "at 1024x600 the form scrolls");

        // Save with nothing typed: each required field says so, and the first one gets the focus.
        robot.interact(() -> robot.lookup("#capture-save").queryButton().fire());
        assertEquals(es("capture.error.form"), text(robot, "#capture-error"));
        assertEquals(es("capture.error.required"), text(robot, "#capture-problem-nombre"));
        assertEquals(es("capture.error.document.required"), text(robot, "#capture-problem-recibo"));
        assertEquals("", text(robot, "#capture-problem-correo"), "an optional field left empty is fine");
        assertTrue(robot.lookup("#capture-field-nombre").query().isFocused());
        Screenshots.save(robot, scene, "capture-es-01b-required-1024x600");

        // Typed field by field; Enter moves to the next one.
        type(robot, "Rosa Quispe Mamani");
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#capture-field-hijos").query().isFocused(), "Enter moved to the next field");
        type(robot, "25");
        assertEquals(es("capture.error.number.max", "20"), text(robot, "#capture-problem-hijos"), "checked as typed");
        robot.type(KeyCode.BACK_SPACE, 2);
        type(robot, "2");
        assertEquals("", text(robot, "#capture-problem-hijos"));
        robot.type(KeyCode.ENTER);
        type(robot, "31/02/1990");
        assertEquals(es("capture.error.date"), text(robot, "#capture-problem-nacimiento"));
        robot.interact(() -> robot.lookup("#capture-field-nacimiento").queryAs(TextField.class).setText(""));
        at(robot, "#capture-field-nacimiento");
        type(robot, "15/03/1990");
        robot.type(KeyCode.ENTER);
        assertTrue(robot.lookup("#capture-field-estado_civil").query().isFocused());
        at(robot, "#capture-field-estado_civil");
        robot.clickOn("Casado(a)");
        at(robot, "#capture-field-telefono");
        type(robot, "87654321");
        assertEquals(es("capture.error.phone"), text(robot, "#capture-problem-telefono"));
        robot.type(KeyCode.HOME);
        type(robot, "9");
        assertEquals("", text(robot, "#capture-problem-telefono"));
        at(robot, "#capture-field-dni_titular");
        type(robot, "12345678-5");
        assertEquals(es("capture.error.docnumber.check"), text(robot, "#capture-problem-dni_titular"));
        robot.type(KeyCode.BACK_SPACE);
        type(robot, "1");
        at(robot, "#capture-field-ubigeo");
        type(robot, "080101");
        at(robot, "#capture-field-gestante-no");

        // The receipt from the scanner's folder; a photo of the DNI added (as the file chooser would) and removed.
        at(robot, "#capture-scan-recibo");
        TrainingDesk.waitUntil(() -> robot.lookup("#capture-scanner-recibo .button").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#capture-scanner-recibo .button").queryButton());
        CaptureField recibo = vm.draft().field("recibo").orElseThrow();
        TrainingDesk.waitUntil(() -> recibo.documents().size() == 1);
        CaptureField dniFoto = vm.draft().field("dni_foto").orElseThrow();
        Path extra = dir.resolve("dni.jpg");
        Files.write(extra, CaptureSamples.image(1200, 800, "jpg", 22));
        robot.interact(() -> vm.addDocument(dniFoto, extra));
        TrainingDesk.waitUntil(() -> dniFoto.documents().size() == 1);
        robot.clickOn(robot.lookup("#capture-thumbs-dni_foto .capture-remove").queryButton());
        assertTrue(dniFoto.documents().isEmpty(), "Remove takes the document away");

        // The signature, drawn on the pad.
        robot.interact(() -> ensureVisible(robot.lookup("#capture-pad-firma").query()));
        Node pad = robot.lookup("#capture-pad-firma").query();
        Bounds b = pad.localToScreen(pad.getBoundsInLocal());
        robot.moveTo(b.getMinX() + 40, b.getMinY() + 110).press(MouseButton.PRIMARY)
                .moveTo(b.getMinX() + 120, b.getMinY() + 40).moveTo(b.getMinX() + 200, b.getMinY() + 120)
                .moveTo(b.getMinX() + 320, b.getMinY() + 50).release(MouseButton.PRIMARY);
        at(robot, "#capture-sign-firma");
        CaptureField firma = vm.draft().field("firma").orElseThrow();
        TrainingDesk.waitUntil(() -> firma.documents().size() == 1);
        assertEquals("image/png", firma.documents().get(0).document().mediaType());

        // Back to the choice and in again: everything typed and chosen is still there.
        at(robot, "#capture-back");
        assertEquals(1, backs);
        robot.interact(this::show);
        assertEquals("Rosa Quispe Mamani", robot.lookup("#capture-field-nombre").queryAs(TextField.class).getText());
        assertEquals("casado", robot.lookup("#capture-field-estado_civil").queryAs(ComboBox.class).getValue());
        assertEquals(1, robot.lookup("#capture-thumbs-recibo .capture-remove").queryAll().size());

        robot.interact(() -> ensureVisible(robot.lookup("#capture-thumbs-recibo").query()));
        Screenshots.save(robot, scene, "capture-es-02-filled-1024x600");
        // Monocle's headless screen is 1280x800: the 1366x768 views are laid out in a scene of that size off screen.
        robot.interact(() -> robot.lookup("#capture-scroll").queryAs(ScrollPane.class).setVvalue(0));
        Screenshots.save(robot, wide(robot), "capture-es-03-filled-1366x768");
        robot.interact(() -> i18n.languageProperty().set(i18n.localization().language("qu")));
        assertEquals(i18n.localization().text("qu", "capture.save"),
                ((ButtonBase) wideRoot.lookup("#capture-save")).getText());
        assertEquals("Willanakunapaq suti  *", ((Label) wideRoot.lookup("#capture-label-nombre")).getText(),
                "labels from the catalogue, in Quechua");
        Screenshots.save(robot, wide(robot), "capture-qu-04-filled-1366x768");
        robot.interact(() -> root.getChildren().setAll(wideRoot.getChildren()));
        Screenshots.save(robot, scene, "capture-qu-05-filled-1024x600");

        // Outcome: pending is preselected; it needs its detail.
        robot.interact(() -> ensureVisible(robot.lookup("#capture-save").query()));
        at(robot, "#capture-save");
        assertEquals(i18n.localization().text("qu", "procedure.error.detail.missing"), text(robot, "#capture-error"));
        at(robot, "#capture-detail");
        type(robot, "SIS responde en 5 días");
        at(robot, "#capture-save");
        TrainingDesk.waitUntil(() -> saved.get() != null);

        Attention a = saved.get();
        assertEquals(Channel.CAPTURE, a.servedVia().channel());
        assertEquals(OutcomeType.PENDIENTE, a.outcome().type());
        assertEquals("qu", a.language());
        Capture c = store.captures().ofAttention(a.id()).get(0);
        Map<String, String> answers = CaptureKind.answers(c);
        assertEquals("Rosa Quispe Mamani", answers.get("nombre"));
        assertEquals("1990-03-15", answers.get("nacimiento"));
        assertEquals("987654321", answers.get("telefono"));
        assertEquals("12345678-1", answers.get("dni_titular"));
        assertEquals("no", answers.get("gestante"));
        assertNull(answers.get("correo"));
        List<Attachment> docs = store.attachments().ofCapture(c.id());
        List<String> fields = new ArrayList<>();
        docs.forEach(d -> fields.add(d.fieldId()));
        assertEquals(List.of("recibo", "firma"), fields, "two documents");
        assertEquals(1600, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                store.documents().read(store.attachmentsFolder().resolve(docs.get(0).file()))))
                .getHeight(), "the A4 scan was bounded to 1600 px");
    }

    private StackPane wideRoot;

    /** The screen moved into an off-screen 1366x768 scene (moved back to the stage by the caller). */
    private Scene wide(FxRobot robot) {
        Scene[] out = new Scene[1];
        robot.interact(() -> {
            if (wideRoot == null) {
                wideRoot = new StackPane();
                out[0] = new Scene(wideRoot, 1366, 768);
                out[0].getStylesheets().addAll(scene.getStylesheets());
            } else {
                out[0] = wideRoot.getScene();
            }
            if (!root.getChildren().isEmpty()) {
                wideRoot.getChildren().setAll(root.getChildren());
            }
            wideRoot.applyCss();
            wideRoot.layout();
        });
        return out[0];
    }

    /** Scrolls the form to the control, then clicks it, as the advisor would. */
    private void at(FxRobot robot, String query) {
        robot.interact(() -> ensureVisible(robot.lookup(query).query()));
        robot.clickOn(query);
    }

    private void ensureVisible(Node node) {
        ScrollPane scroll = (ScrollPane) scene.lookup("#capture-scroll");
        Node content = scroll.getContent();
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double hidden = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
            scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / hidden)));
        }
        scroll.layout();
    }

    /** Every button and field of the form is at least 44 px high: a finger hits it. */
    private void assertTouchTargets(FxRobot robot) {
        List<String> small = new ArrayList<>();
        List<Node> targets = new ArrayList<>();
        for (String q : List.of("#capture-form .button", "#capture-form .toggle-button", "#capture-form .text-field",
                "#capture-form .combo-box", "#capture-save", "#capture-back")) {
            targets.addAll(robot.lookup(q).queryAll());
        }
        for (Node n : targets) {
            if (n.getLayoutBounds().getHeight() < CaptureView.TOUCH - 0.5) {
                small.add(n.getId() + " " + n.getLayoutBounds().getHeight());
            }
        }
        assertEquals(List.of(), small);
        assertFalse(robot.lookup("#capture-form .button").queryAll().isEmpty());
        for (ButtonBase b : robot.lookup(".radio-button").queryAllAs(ButtonBase.class)) {
            assertTrue(b.getHeight() >= CaptureView.TOUCH - 0.5, b.getId());
        }
    }
}
