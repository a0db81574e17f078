package pe.macexpress.desk.ui.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.TrainingDeskTest;

/**
 * A whole visit with the keyboard only (no click): sign in, identify, two procedures, the receipt.
 * Focus must land where typing starts on every screen, Enter must do the screen's action, Esc go
 * back, Down/Enter move from the search into the results, 1..4 choose the outcome, Tab leave the
 * detail box.
 */
class KeyboardVisitTest extends TrainingDeskTest {
    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Test
    void aVisitWithTwoProceduresAndTheReceiptWithKeyPressesOnly(FxRobot robot) throws Exception {
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        waitUntil(() -> focused(robot, "#login-pin"));
        robot.write(TrainingData.DEMO_PIN).type(KeyCode.ENTER);

        waitUntil(() -> focused(robot, "#identify-number"));
        robot.write(citizen.dni()).type(KeyCode.TAB).write(String.valueOf(citizen.checkDigit()));
        assertEquals(citizen.dni(), field(robot, "#identify-number"), "the DNI typed is not lost");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        assertEquals(ctx.localization().text("es", VerificationState.VERIFIED.messageKey()),
                text(robot, "#identify-state"));
        robot.type(KeyCode.ENTER);

        // First procedure: search, Down into the results, Enter opens; Esc comes back, Enter opens again.
        waitUntil(() -> focused(robot, "#choice-search"));
        robot.write("antecedentes judiciales");
        waitUntil(() -> !robot.lookup("#choice-list").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN);
        waitUntil(() -> focused(robot, "#choice-list"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#procedure-save"));
        waitUntil(() -> focused(robot, "#outcome-atendido"));
        Screenshots.save(robot, scene, "es-keys-01-outcome");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> focused(robot, "#choice-search"));
        robot.write("antecedentes judiciales");
        waitUntil(() -> !robot.lookup("#choice-list").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#procedure-save"));
        waitUntil(() -> focused(robot, "#outcome-atendido"));
        robot.type(KeyCode.DIGIT1);
        assertTrue(robot.lookup("#outcome-atendido").queryAs(javafx.scene.control.RadioButton.class).isSelected(),
                "1 chooses the first outcome");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#another-question"));
        waitUntil(() -> focused(robot, "#another-no"));
        assertEquals(1, ctx.attentions().findByVisit(ui.flow().currentVisit().id()).size());

        // "Sí, otro trámite": Shift+Tab reaches it, Enter presses it.
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        waitUntil(() -> focused(robot, "#another-yes"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#choice-search"));
        assertTrue(visible(robot, "#choice-finish"), "after a saved procedure the visit can be finished from here");
        Screenshots.save(robot, scene, "es-keys-02-choice-again");
        robot.write("juntos");
        waitUntil(() -> !robot.lookup("#choice-list").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#procedure-save"));
        // 3 = derivado, which needs a detail: the cursor goes there; Tab leaves it without typing a tab.
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> focused(robot, "#procedure-detail"));
        robot.write("EsSalud Iquitos").type(KeyCode.TAB);
        assertEquals("EsSalud Iquitos", robot.lookup("#procedure-detail").queryAs(TextArea.class).getText());
        waitUntil(() -> focused(robot, "#procedure-save"));
        Screenshots.save(robot, scene, "es-keys-03-detail");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible(robot, "#another-question"));
        waitUntil(() -> focused(robot, "#another-no"));
        robot.type(KeyCode.ENTER);

        waitUntil(() -> visible(robot, "#receipt-farewell"));
        waitUntil(() -> focused(robot, "#receipt-next"));
        List<Attention> rows = ctx.attentions().findByVisit(ui.flow().currentVisit().id());
        assertEquals(2, rows.size());
        assertEquals("inpe-antecedentes-judiciales", rows.get(0).procedureId());
        assertEquals(OutcomeType.ATENDIDO, rows.get(0).outcome().type());
        assertEquals(OutcomeType.DERIVADO, rows.get(1).outcome().type());
        assertEquals("EsSalud Iquitos", rows.get(1).outcome().detail());
        assertEquals(rows.get(0).code(), text(robot, "#receipt-code-0"));
        assertEquals(rows.get(1).code(), text(robot, "#receipt-code-1"));
        Screenshots.save(robot, scene, "es-keys-04-receipt");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#identify-number"));
        assertEquals("", field(robot, "#identify-number"), "the next citizen starts empty");
    }

    @Test
    void f1ShowsEveryShortcutInTheLanguageOfTheScreenAndEscClosesIt(FxRobot robot) throws Exception {
        waitUntil(() -> focused(robot, "#login-pin"));
        robot.type(KeyCode.F1);
        waitUntil(() -> visible(robot, "#help-overlay"));
        assertEquals(ctx.localization().text("es", "help.lookup"), text(robot, "#help-help-lookup"));
        assertTrue(text(robot, "#help-help-outcomes").contains(ctx.localization().text("es", "outcome.derivado")));
        Screenshots.save(robot, scene, "es-keys-05-help");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !visible(robot, "#help-overlay"));
        waitUntil(() -> focused(robot, "#login-pin"));

        switchLanguage(robot, "qu");
        robot.type(KeyCode.F1);
        waitUntil(() -> visible(robot, "#help-overlay"));
        assertEquals(ctx.localization().text("qu", "help.lookup"), text(robot, "#help-help-lookup"));
        assertEquals(ctx.localization().text("qu", "help.title"), text(robot, "#help-overlay .section-title"));
        Screenshots.save(robot, scene, "qu-keys-05-help");
        // On a netbook's 1024×600 every line of the card reads whole (it scrolls, nothing is cut).
        double width = scene.getWindow().getWidth();
        double height = scene.getWindow().getHeight();
        try {
            robot.interact(() -> {
                scene.getWindow().setWidth(1024);
                scene.getWindow().setHeight(600);
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            Screenshots.save(robot, scene, "qu-keys-06-help-1024x600");
            List<String> cut = new java.util.ArrayList<>();
            robot.interact(() -> cut.addAll(DrawnText.elided(robot.lookup("#help-overlay").query())));
            assertEquals(List.of(), cut, "elided on the F1 card at 1024x600");
        } finally {
            // The stage outlives this test: the next test's desk gets its usual size back.
            robot.interact(() -> {
                scene.getWindow().setWidth(width);
                scene.getWindow().setHeight(height);
            });
        }
        robot.type(KeyCode.F1);
        waitUntil(() -> !visible(robot, "#help-overlay"));
    }

    @Test
    void aPinTypedWhileTheAdvisorListHasTheFocusIsNotLost(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.interact(() -> robot.lookup("#login-advisor").query().requestFocus());
        robot.write(TrainingData.DEMO_PIN);
        assertEquals(TrainingData.DEMO_PIN, robot.lookup("#login-pin").queryAs(TextField.class).getText());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#identify-number"));
    }

    private void switchLanguage(FxRobot robot, String tag) {
        ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> box.setValue(ctx.localization().language(tag)));
    }

    static boolean focused(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.getScene() != null && n.isFocused();
    }

    static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(javafx.scene.control.TextInputControl.class).getText();
    }

    static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        assertNotNull(n, query);
        return ((Labeled) n).getText();
    }

    static boolean visible(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    void waitUntil(BooleanSupplier condition) throws TimeoutException {
        try {
            TrainingDesk.waitUntil(condition);
        } catch (TimeoutException e) {
            Screenshots.save(new FxRobot(), scene, "failed-keys");
            throw new AssertionError("timed out; focus on " + scene.getFocusOwner(), e);
        }
    }
}
