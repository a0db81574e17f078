package pe.macexpress.desk.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Start-up (packaging/README.md): the sign-in screen comes first, built from the database alone; the
 * other screens are built behind it, and a sign-in made before they are goes on once they are.
 */
@ExtendWith(ApplicationExtension.class)
class SignInFirstTest {
    @TempDir
    Path home;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aSignInBeforeTheRestIsBuiltGoesOnOnceItIs(FxRobot robot) throws Exception {
        DeskContext ctx = DeskContext.openForSignIn(DeskSettings.load(home), Clock.systemDefaultZone());
        FxTaskRunner runner = new FxTaskRunner();
        AtomicReference<DeskUi> ui = new AtomicReference<>();
        AtomicReference<Scene> scene = new AtomicReference<>();
        try {
            robot.interact(() -> {
                DeskUi desk = DeskUi.forSignIn(ctx, new I18n(ctx.localization(), "es"), runner,
                        ZoneId.of("America/Lima"));
                Scene s = new Scene(desk.root(), 1120, 780);
                s.getStylesheets().add(DeskUi.class.getResource(DeskUi.STYLESHEET).toExternalForm());
                stage.setScene(s);
                stage.show();
                ui.set(desk);
                scene.set(s);
            });
            TrainingDesk.waitUntil(() -> ui.get().signInReady());
            assertNull(ui.get().flow(), "the attention screens are not built for the sign-in screen");
            Screenshots.save(robot, scene.get(), "startup-sign-in-first");

            robot.clickOn("#login-pin").write(TrainingData.DEMO_PIN);
            robot.clickOn("#login-submit");
            // The PIN was checked (the field is cleared then) and accepted (no error): signed in.
            TrainingDesk.waitUntil(() -> robot.lookup("#login-pin").queryTextInputControl().getText().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(robot.lookup("#login-error").queryLabeled().getText().isEmpty(), "the demo PIN is accepted");
            assertFalse(visible(robot, "#identify-number"), "no attention screen before it is built");
            assertTrue(robot.lookup("#login-notice").queryLabeled().getText().equals(
                    ctx.localization().text("es", "login.preparing")), "the advisor is told the desk is still starting");

            AtomicBoolean built = new AtomicBoolean();
            AtomicReference<Throwable> failed = new AtomicReference<>();
            robot.interact(() -> ui.get().buildRestBehindSignIn(scene.get(), failed::set, () -> built.set(true)));
            TrainingDesk.waitUntil(() -> built.get() && visible(robot, "#identify-number"));
            assertNull(failed.get());
            assertTrue(robot.lookup("#session-info").queryLabeled().getText().contains(TrainingData.POINT.name()),
                    "the waiting sign-in went on: the session is the demo advisor's at the training point");
            Screenshots.save(robot, scene.get(), "startup-signed-in-before-rest");
        } finally {
            runner.close();
            ctx.close();
        }
    }

    @Test
    void whenTheRestCannotBeBuiltTheWindowIsTold(FxRobot robot) throws Exception {
        DeskContext ctx = DeskContext.openForSignIn(DeskSettings.load(home), Clock.systemDefaultZone());
        FxTaskRunner runner = new FxTaskRunner();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        AtomicBoolean built = new AtomicBoolean();
        try {
            // Closed before the rest was started: it never will be, and the desk must not wait for ever.
            ctx.close();
            robot.interact(() -> {
                DeskUi desk = DeskUi.forSignIn(ctx, new I18n(ctx.localization(), "es"), runner,
                        ZoneId.of("America/Lima"));
                Scene s = new Scene(desk.root(), 1120, 780);
                stage.setScene(s);
                stage.show();
                desk.buildRestBehindSignIn(s, failed::set, () -> built.set(true));
            });
            TrainingDesk.waitUntil(() -> failed.get() != null);
            assertTrue(failed.get() instanceof IllegalStateException, String.valueOf(failed.get()));
            assertFalse(built.get(), "nothing is built on a failed rest");
        } finally {
            runner.close();
        }
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}
