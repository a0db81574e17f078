package pe.macexpress.desk.testing;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.ui.common.FxTaskRunner;

/**
 * What the desk's screen tests on TestFX's stage share: the stage, the {@link TrainingDesk} (or the
 * desk context and task runner) a test opens on it, closed after each test (runner, context, desk).
 * TestFX only calls a {@code @Start} method the test class declares itself, so each test keeps
 * {@code @Start void start(Stage stage) { this.stage = stage; }}.
 */
public abstract class DeskStageFixture {
    protected Stage stage;
    protected TrainingDesk desk;
    protected DeskContext ctx;
    protected FxTaskRunner runner;

    @AfterEach
    void closeDesk() throws Exception {
        if (runner != null) {
            runner.close();
        }
        if (ctx != null) {
            ctx.close();
        }
        if (desk != null) {
            desk.close();
        }
    }
}
