package pe.macexpress.desk.testing;

import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.ui.common.FxTaskRunner;

/**
 * What the desk's screen tests on TestFX's stage share: the stage, the {@link TrainingDesk} (or the
 * desk context and task runner) a test opens on it, closed after each test (runner, context, desk),
 * and the look-ups they make on the desk's scene. The stage is TestFX's primary stage, the one a
 * {@code @Start} method would be given (TestFX only calls a {@code @Start} the test class declares
 * itself, so the fixture asks {@link FxToolkit} for it before each test instead).
 */
public abstract class DeskStageFixture {
    protected Stage stage;
    protected TrainingDesk desk;
    protected DeskContext ctx;
    protected FxTaskRunner runner;

    @BeforeEach
    void primaryStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

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

    /** The texts elided ("…") under the node {@code query} finds, read on the FX thread. */
    protected static List<String> elided(FxRobot robot, String query) {
        AtomicReference<List<String>> found = new AtomicReference<>();
        robot.interact(() -> found.set(DrawnText.elided(robot.lookup(query).query())));
        return found.get();
    }

    /** Saves the desk's scene as {@code target/screenshots/<name>.png} once the FX events are done. */
    protected void screenshot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot, desk.scene, name);
    }

    /** The desk's text for {@code key} in {@code lang}. */
    protected String text(String lang, String key) {
        return desk.ctx.localization().text(lang, key);
    }

    /** The text of the labeled control {@code query} finds. */
    protected static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    protected static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
