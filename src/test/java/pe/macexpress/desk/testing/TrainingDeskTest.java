package pe.macexpress.desk.testing;

import java.io.IOException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.ui.DeskUi;

/** A UI test on a fresh training desk for each test: real screens, the in-process sandbox, a temporary data folder. */
@ExtendWith(ApplicationExtension.class)
public abstract class TrainingDeskTest {
    protected TrainingDesk desk;
    protected DeskContext ctx;
    protected DeskUi ui;
    protected Scene scene;

    /**
     * Call from the subclass's own {@code @Start} method: TestFX's ApplicationExtension looks for it
     * with getDeclaredMethods, so one declared here would never run.
     */
    protected void open(Stage stage) throws IOException {
        desk = new TrainingDesk(stage);
        ctx = desk.ctx;
        ui = desk.ui;
        scene = desk.scene;
    }

    @AfterEach
    protected void stop() throws IOException {
        desk.close();
    }
}
