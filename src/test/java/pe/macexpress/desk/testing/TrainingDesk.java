package pe.macexpress.desk.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The whole application in training mode on a test's stage: a fresh data folder, the real services
 * (SQLite file, in-process sandbox over loopback) and the real screens. Close it after each test.
 */
public final class TrainingDesk implements AutoCloseable {
    public final Path home;
    public final DeskContext ctx;
    public final DeskUi ui;
    public final Scene scene;
    private final FxTaskRunner runner;

    /**
     * The scene most tests use: room enough that their clicks find each button without scrolling (the
     * 44 px targets of issue 10 made screens taller). Screen sizes themselves are ScreenFitTest's:
     * {@link #TrainingDesk(Stage, double, double)}.
     */
    public static final double WIDTH = 1120;
    public static final double HEIGHT = 960;

    public TrainingDesk(Stage stage) throws IOException {
        this(stage, WIDTH, HEIGHT);
    }

    /** A fresh desk in a scene of the given size (a 1024×600 netbook, a 1366×768 laptop). */
    public TrainingDesk(Stage stage, double width, double height) throws IOException {
        this(stage, Files.createTempDirectory("macexpress-ui"), width, height);
    }

    /** On a data folder the test prepared (settings, earlier attentions); deleted on close like a fresh one. */
    public TrainingDesk(Stage stage, Path home) {
        this(stage, home, WIDTH, HEIGHT);
    }

    public TrainingDesk(Stage stage, Path home, double width, double height) {
        this.home = home;
        ctx = DeskContext.open(DeskSettings.load(home), Clock.systemDefaultZone());
        runner = new FxTaskRunner();
        ui = DeskUi.whole(ctx, new I18n(ctx.localization(), "es"), runner, ZoneId.of("America/Lima"));
        scene = new Scene(ui.root(), width, height);
        scene.getStylesheets().add(TrainingDesk.class.getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        // The test's stage is shared between tests: it takes this scene's size, not the last one's.
        stage.sizeToScene();
        stage.show();
    }

    /** Waits (up to 20 s) for background work and FX events until {@code condition} holds. */
    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Override
    public void close() throws IOException {
        runner.close();
        ctx.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
