package pe.macexpress.desk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.testing.DeskStageFixture;

/** The window takes the screen (maximized, or full screen for a kiosk); the header and the text scale fit. */
@ExtendWith(ApplicationExtension.class)
class ShellFitTest extends DeskStageFixture {
    @Test
    void theWindowOpensMaximizedOrFullScreenForAKiosk(FxRobot robot) {
        Stage[] window = new Stage[1];
        robot.interact(() -> {
            window[0] = new Stage();
            window[0].setScene(new Scene(new StackPane(new Label("MAC Express")), 1120, 780));
            WindowFit.apply(window[0], false);
            window[0].show();
        });
        Stage w = window[0];
        assertTrue(w.isMaximized(), "opens maximized");
        assertFalse(w.isFullScreen());
        assertTrue(w.getMinWidth() <= 1024 && w.getMinHeight() <= 600,
                "a 1024x600 netbook can hold it: " + w.getMinWidth() + "x" + w.getMinHeight());

        robot.interact(() -> WindowFit.apply(w, true));
        assertTrue(w.isFullScreen(), "kiosk: full screen");
        assertEquals("", w.getFullScreenExitHint(), "no 'press Esc to exit' hint");
        assertEquals(KeyCombination.NO_MATCH, w.getFullScreenExitKeyCombination(), "no key leaves it");

        robot.interact(() -> WindowFit.apply(w, false));
        assertFalse(w.isFullScreen());
        assertTrue(w.isMaximized());
        robot.interact(w::close);

        java.util.Properties p = new java.util.Properties();
        assertFalse(WindowFit.kiosk(DeskSettings.of(java.nio.file.Path.of("/tmp/k"), p)), "not a kiosk unless asked");
        p.setProperty("ui.kiosk", "true");
        assertTrue(WindowFit.kiosk(DeskSettings.of(java.nio.file.Path.of("/tmp/k"), p)));
    }

    @Test
    void onANarrowWindowTheHeaderTakesTwoRowsAndCtrlPlusScalesTheText(FxRobot robot) throws Exception {
        robot.interact(() -> {
            try {
                desk = new TrainingDesk(stage, 1024, 600);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        TrainingDesk.waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        Node viewport = robot.lookup("#shell-scroll").query().lookup(".viewport");
        assertFalse(viewport.isCache(), "the screens are drawn directly, not through a window-sized bitmap");
        // Signed out only the language box shows: it has room beside the title, one row.
        Node signedOutActions = robot.lookup("#header-actions").query();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(signedOutActions.getParent().getStyleClass().contains("header"), "one row while there is room");
        robot.interact(() -> robot.lookup("#language-switch").queryComboBox()
                .setValue(desk.ctx.localization().language("qu")));
        robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
        robot.clickOn("#login-submit");
        TrainingDesk.waitUntil(() -> robot.lookup("#identify-number").tryQuery().isPresent());
        Node actions = robot.lookup("#header-actions").query();
        TrainingDesk.waitUntil(() -> actions.getParent().getStyleClass().contains("header"));
        Screenshots.save(robot, desk.scene, "shell-qu-1024x600-two-rows");
        for (String id : new String[] {"#sign-out", "#supervisor-open", "#lookup-open", "#cases-open", "#language-switch"}) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getLayoutBounds());
            assertTrue(b.getMaxX() <= 1024.5 && b.getMinX() >= 0, id + " inside the window: " + b);
            if (n instanceof Labeled l) {
                assertEquals(l.getText(), drawn(l), id + " shows its whole text");
            }
        }

        Button signOut = robot.lookup("#sign-out").queryButton();
        double before = signOut.getFont().getSize();
        assertEquals(15, before, 0.01, "base type 15 px");
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.ADD).release(KeyCode.ADD, KeyCode.CONTROL);
        robot.interact(() -> desk.scene.getRoot().applyCss());
        assertEquals(18, signOut.getFont().getSize(), 0.01, "two steps larger");
        TrainingDesk.waitUntil(() -> actions.getParent().getStyleClass().contains("header"));
        assertTrue(actions.getParent().getStyleClass().contains("header"), "larger type: the buttons stay on their own row");
        Label title = robot.lookup(".screen-title").queryAs(Label.class);
        assertEquals(18 * 1.467, title.getFont().getSize(), 0.1, "titles follow the base size");
        Screenshots.save(robot, desk.scene, "shell-qu-1024x600-larger");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        robot.interact(() -> desk.scene.getRoot().applyCss());
        assertEquals(15, signOut.getFont().getSize(), 0.01, "Ctrl+0: back to the base size");
    }

    private static String drawn(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getClass().getSimpleName().equals("LabeledText")) {
                return t.getText();
            }
        }
        return null;
    }
}
