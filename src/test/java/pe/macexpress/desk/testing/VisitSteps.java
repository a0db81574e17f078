package pe.macexpress.desk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;

/**
 * Steps of a visit on a training desk that the 1024×600 flow tests share: sign in, switch the
 * advisor's language, verify a citizen's DNI, and a screenshot that first asserts no text is clipped.
 */
public final class VisitSteps {
    private VisitSteps() {
    }

    /** Signs the first advisor in with the demo PIN; ends on the identification screen. */
    public static void signIn(FxRobot robot) throws TimeoutException {
        TrainingDesk.waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.type(KeyCode.ENTER);
        TrainingDesk.waitUntil(() -> Shown.node(robot, "#identify-number"));
    }

    /** The advisor's language, from the header's switch. */
    @SuppressWarnings("unchecked")
    public static void switchLanguage(FxRobot robot, TrainingDesk desk, String tag) {
        ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
        robot.interact(() -> box.setValue(desk.ctx.localization().language(tag)));
        assertEquals(tag, desk.ui.i18n().tag());
    }

    /** Types the citizen's DNI and check digit, verifies, and waits until the visit can continue. */
    public static void verify(FxRobot robot, Scene scene, FictitiousCitizen citizen) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#identify-type").queryComboBox().setValue(DocumentType.DNI);
            robot.lookup("#identify-number").queryAs(TextField.class).setText(citizen.dni());
            robot.lookup("#identify-check").queryAs(TextField.class).setText(String.valueOf(citizen.checkDigit()));
        });
        Press.button(robot, scene, "#identify-verify");
        TrainingDesk.waitUntil(() -> !robot.lookup("#identify-continue").queryAs(ButtonBase.class).isDisabled());
    }

    /** Asserts nothing on the scene is elided, then saves it as {@code target/screenshots/<name>.png}. */
    public static void unclippedShot(FxRobot robot, Scene scene, String name) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        List<String> elided = new ArrayList<>();
        robot.interact(() -> elided.addAll(DrawnText.elided(scene.getRoot())));
        assertEquals(List.of(), elided, "no text clipped at 1024×600 (" + name + ")");
        Screenshots.save(robot, scene, name);
    }
}
