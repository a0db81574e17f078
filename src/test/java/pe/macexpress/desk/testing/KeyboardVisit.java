package pe.macexpress.desk.testing;

import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;

/**
 * The shortest whole visit on a training desk, with key presses only: sign in, identify the first
 * adult of the sandbox, serve "Juntos" as attended, no other procedure; ends on the receipt. The
 * clicks a 600 px screen would have to scroll to are keys here.
 */
public final class KeyboardVisit {
    private KeyboardVisit() {
    }

    public static void serveOneProcedure(FxRobot robot, TrainingDesk desk) throws TimeoutException {
        FictitiousCitizen citizen = desk.ctx.sandbox().population().firstAdult();
        TrainingDesk.waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        TrainingDesk.waitUntil(() -> focused(robot, "#login-pin"));
        robot.write(TrainingData.DEMO_PIN).type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> focused(robot, "#identify-number"));
        robot.write(citizen.dni()).type(KeyCode.TAB).write(String.valueOf(citizen.checkDigit()));
        robot.type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        robot.type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> focused(robot, "#choice-search"));
        robot.write("juntos");
        TrainingDesk.waitUntil(() -> !robot.lookup("#choice-list").queryListView().getItems().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#procedure-save"));
        TrainingDesk.waitUntil(() -> focused(robot, "#outcome-atendido"));
        robot.type(KeyCode.DIGIT1).type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> focused(robot, "#another-no"));
        robot.type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#receipt-farewell"));
    }

    public static boolean focused(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.isFocused();
    }

    public static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }
}
