package pe.macexpress.desk.ui;

import java.io.IOException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import pe.macexpress.desk.app.DeskContext;

/** A UI test on a fresh training desk for each test: real screens, the in-process sandbox, a temporary data folder. */
@ExtendWith(ApplicationExtension.class)
abstract class TrainingDeskTest {
    TrainingDesk desk;
    DeskContext ctx;
    DeskUi ui;
    Scene scene;

    /**
     * Call from the subclass's own {@code @Start} method: TestFX's ApplicationExtension looks for it
     * with getDeclaredMethods, so one declared here would never run.
     */
    void open(Stage stage) throws IOException {
        desk = new TrainingDesk(stage);
        ctx = desk.ctx;
        ui = desk.ui;
        scene = desk.scene;
    }

    @AfterEach
    void stop() throws IOException {
        desk.close();
    }
}
