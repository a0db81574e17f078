package pe.macexpress.desk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the start-up benchmark waits for (packaging/README.md): the action runs once, only after the
 * screen says it is usable, and with a control holding the focus.
 */
@ExtendWith(ApplicationExtension.class)
class StartupMarkerTest {
    private Scene scene;
    private Button button;

    @Start
    void start(Stage stage) {
        button = new Button("ok");
        scene = new Scene(new StackPane(button), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void runsOnceAndOnlyAfterTheScreenIsReady(FxRobot robot) throws Exception {
        AtomicBoolean ready = new AtomicBoolean();
        AtomicInteger runs = new AtomicInteger();
        robot.interact(() -> {
            scene.getWindow().requestFocus();
            button.requestFocus();
            DeskApplication.whenReady(scene, ready::get, runs::incrementAndGet);
        });
        // Pulses keep coming while it waits (it asks for them): several go by without the action.
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, runs.get(), "not before the screen is ready");
        ready.set(true);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> runs.get() == 1);
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, runs.get(), "once");
        assertTrue(scene.getFocusOwner() != null);
    }
}
