package pe.macexpress.desk.testing;

import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.sandbox.TrainingData;

/** Issue 15 (roles): passes the supervisor's PIN prompt as the demo supervisor, with the demo PIN. */
public final class SupervisorPin {
    /** The training point's supervisor. */
    public static final Advisor SUPERVISOR = TrainingData.everyone().stream()
            .filter(a -> TrainingData.role(a) == pe.macexpress.desk.security.Role.SUPERVISOR).findFirst().orElseThrow();

    private SupervisorPin() {
    }

    /** Waits for the prompt, chooses the demo supervisor, types the demo PIN and presses Enter. */
    public static void pass(FxRobot robot) throws TimeoutException {
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#roles-prompt")
                && robot.lookup("#roles-prompt-supervisor").<Advisor>queryComboBox().getItems().contains(SUPERVISOR));
        robot.interact(() -> {
            ComboBox<Advisor> who = robot.lookup("#roles-prompt-supervisor").queryComboBox();
            who.setValue(SUPERVISOR);
            robot.lookup("#roles-prompt-pin").query().requestFocus();
        });
        robot.interact(() -> robot.lookup("#roles-prompt-pin").queryAs(javafx.scene.control.PasswordField.class)
                .setText(TrainingData.DEMO_PIN));
        robot.type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> !Shown.node(robot, "#roles-prompt"));
    }
}
