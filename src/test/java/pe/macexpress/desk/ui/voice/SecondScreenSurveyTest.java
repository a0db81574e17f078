package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.receipt.SystemPrinter;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.SampleAttentions;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.receipt.ReceiptScreen;
import pe.macexpress.desk.ui.receipt.ReceiptViewModel;
import pe.macexpress.desk.voice.Feedback;

/**
 * With a second monitor the receipt offers the survey there: a window of its own on that screen,
 * the receipt staying in front of the advisor, who is told the survey is open and then what the
 * citizen left. Without one, no such button.
 */
@ExtendWith(ApplicationExtension.class)
class SecondScreenSurveyTest {
    private final Localization text = Localization.bundledOnly();
    private Path dir;
    private Store db;
    private ReceiptScreen receipt;
    private Scene scene;
    private VoiceScreens voice;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("survey-second");
        db = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        I18n i18n = new I18n(text, "es");
        ZoneId lima = ZoneId.of("America/Lima");
        ReceiptViewModel vm = new ReceiptViewModel(new ReceiptService(text, lima, new SystemPrinter()),
                TaskRunner.direct(), List.of(SampleAttentions.of(3)), Catalog.bundled(), TrainingData.POINT, "es");
        receipt = new ReceiptScreen(i18n, vm, "receipt.next", () -> { });
        StackPane root = new StackPane(receipt);
        voice = new VoiceScreens(i18n, new Feedback(db.feedback(), Clock.systemUTC(), lima), TaskRunner.direct(),
                n -> root.getChildren().setAll(n), TrainingData.POINT::id);
        voice.otherScreensFrom(() -> List.of(new Rectangle2D(1024, 0, 1024, 600)));
        voice.offerOn(receipt);
        scene = new Scene(root, 1024, 600);
        scene.getStylesheets().add(TrainingDesk.class.getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        db.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theSurveyOpensOnTheSecondMonitorInTheCitizensLanguageAndTheReceiptStays(FxRobot robot) throws Exception {
        robot.interact(() -> receipt.viewModel().languageProperty().set("qu"));
        robot.clickOn("#survey-open-second");
        waitUntil(() -> surveyWindow() != null);
        Window w = surveyWindow();
        assertEquals(1024, w.getX(), "on the second monitor");
        assertTrue(receipt.getScene() == scene, "the receipt stays on the advisor's screen");
        assertEquals(text.text("es", "survey.on.second"), ((Labeled) robot.lookup("#survey-notice").query()).getText());
        Node title = w.getScene().lookup("#survey-title");
        assertEquals(text.text("qu", "survey.title"), ((Labeled) title).getText());
        Screenshots.save(robot, w.getScene(), "survey-qu-second-01-driver");
        for (int i = 0; i < 6; i++) {
            int step = i;
            waitUntil(() -> w.getScene().lookup("#survey-sign-" + pe.macexpress.desk.contract.SurveyContent.DRIVERS.get(step)) != null);
            Screenshots.save(robot, w.getScene(), "survey-qu-second-02-driver-" + (step + 1));
            robot.clickOn(w.getScene().lookup("#survey-face-4"));
        }
        waitUntil(() -> w.getScene().lookup("#survey-done") != null);
        robot.clickOn(w.getScene().lookup("#survey-done"));
        waitUntil(() -> w.getScene().lookup("#survey-close") != null);
        robot.clickOn(w.getScene().lookup("#survey-close"));
        waitUntil(() -> surveyWindow() == null);
        assertEquals(text.text("es", "survey.saved"), ((Labeled) robot.lookup("#survey-notice").query()).getText());
        assertTrue(robot.lookup("#survey-open-second").query().isDisabled(), "one survey per visit");
        assertEquals(1, db.feedback().countSurveys());
        db.feedback().eachSurvey(s -> assertEquals("qu", s.language()));
    }

    @Test
    void aClosedSecondWindowSavesNothingAndTheSurveyCanBeOfferedAgain(FxRobot robot) throws Exception {
        robot.clickOn("#survey-open-second");
        waitUntil(() -> surveyWindow() != null);
        Window w = surveyWindow();
        robot.clickOn(w.getScene().lookup("#survey-cancel"));
        waitUntil(() -> surveyWindow() == null);
        assertEquals("", ((Labeled) robot.lookup("#survey-notice").query()).getText());
        assertFalse(robot.lookup("#survey-open-second").query().isDisabled());
        assertEquals(0, db.feedback().countSurveys());
    }

    @Test
    void inPlaceTheSurveyIsAnsweredWithTheKeyboardOnly(FxRobot robot) throws Exception {
        robot.clickOn("#survey-open");
        waitUntil(() -> robot.lookup("#survey-face-1").tryQuery().isPresent());
        // 1–5 answer the driver on screen; Backspace goes back one step; Esc would leave.
        robot.type(javafx.scene.input.KeyCode.DIGIT5);
        waitUntil(() -> robot.lookup("#survey-sign-in").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.BACK_SPACE);
        waitUntil(() -> robot.lookup("#survey-sign-tr").tryQuery().isPresent());
        assertTrue(robot.lookup("#survey-face-5").query().getStyleClass().contains("chosen"), "the answer given shows");
        for (javafx.scene.input.KeyCode k : List.of(javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.DIGIT4,
                javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.DIGIT5, javafx.scene.input.KeyCode.DIGIT2,
                javafx.scene.input.KeyCode.DIGIT1)) {
            robot.type(k);
        }
        waitUntil(() -> robot.lookup("#survey-done").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#survey-close").tryQuery().map(Node::isFocused).orElse(false));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#receipt-next").tryQuery().isPresent());
        db.feedback().eachSurvey(s -> assertEquals(java.util.Arrays.asList(4, 4, 3, 5, 2, 1), s.answers()));
        assertEquals(1, db.feedback().countSurveys());

        // Esc on a new survey leaves it at once, nothing saved (the button is off after one survey: reopen by hand).
        robot.interact(() -> robot.lookup("#survey-open").query().setDisable(false));
        robot.clickOn("#survey-open");
        waitUntil(() -> robot.lookup("#survey-face-1").tryQuery().isPresent());
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> robot.lookup("#receipt-next").tryQuery().isPresent());
        assertEquals(1, db.feedback().countSurveys());
    }

    private static Window surveyWindow() {
        return Window.getWindows().stream().filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof SurveyView)
                .findFirst().orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
