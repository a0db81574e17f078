package pe.macexpress.desk.ui.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The window starts with an opening of the data folder begun before JavaFX (DeskApplication): its
 * context is the one used, and its failure reaches the start screen as any other.
 */
@ExtendWith(ApplicationExtension.class)
class StartupOpeningTest {
    @TempDir
    Path home;

    private StartupView view;
    private I18n i18n;

    @Start
    void start(Stage stage) {
        i18n = new I18n(Localization.bundledOnly(), "es");
        view = new StartupView(i18n);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @Test
    void theOpeningBegunBeforeTheWindowIsTheContextTheDeskGets(FxRobot robot) throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        AtomicReference<DeskContext> opened = new AtomicReference<>();
        CompletableFuture<DeskContext> early = CompletableFuture.supplyAsync(
                () -> DeskContext.open(DeskSettings.load(home), Clock.systemUTC()));
        try {
            robot.interact(() -> new StartupController(view, runner, home, Clock.systemUTC(), opened::set, () -> { })
                    .openingFrom(early).open());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.get() != null);
            assertSame(early.get(), opened.get(), "the early opening is used, not a second one (which the lock would refuse)");
        } finally {
            runner.close();
            early.get().close();
        }
    }

    @Test
    void aFailedEarlyOpeningShowsWhyOnTheStartScreen(FxRobot robot) throws Exception {
        FxTaskRunner runner = new FxTaskRunner();
        AtomicInteger failedCalls = new AtomicInteger();
        try (DeskContext first = DeskContext.open(DeskSettings.load(home), Clock.systemUTC())) {
            CompletableFuture<DeskContext> early = CompletableFuture.supplyAsync(
                    () -> DeskContext.open(DeskSettings.load(home), Clock.systemUTC()));
            robot.interact(() -> new StartupController(view, runner, home, Clock.systemUTC(), ctx -> { }, () -> { })
                    .openingFrom(early).whenFailed(failedCalls::incrementAndGet).open());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#startup-close").tryQuery().isPresent());
            String message = robot.lookup("#startup-message").queryAs(Label.class).getText();
            assertTrue(message.contains(i18n.get("store.error.locked")), message);
            assertEquals(1, failedCalls.get(), "the window is told, so it can show the start screen");
            assertTrue(early.isCompletedExceptionally());
            StoreException cause = (StoreException) early.handle((c, e) -> e.getCause()).get();
            assertEquals(StoreException.Kind.LOCKED, cause.kind());
        } finally {
            runner.close();
        }
    }
}
