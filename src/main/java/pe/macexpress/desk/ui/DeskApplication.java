package pe.macexpress.desk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.app.StartupTrace;
import pe.macexpress.desk.config.DataHome;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.shell.WindowFit;
import pe.macexpress.desk.ui.startup.StartupController;
import pe.macexpress.desk.ui.startup.StartupView;

/**
 * The counter's window. The data folder is opened on a background thread, begun before JavaFX
 * starts (the two overlap on a 2-core PC). The start screen shows only if opening takes longer than
 * {@link #START_SCREEN_AFTER}, so a folder that opens fast goes straight to sign-in without a flash;
 * if it cannot be opened (locked by another window, read-only, damaged) the start screen says why
 * in the advisor's language instead of the application vanishing. The sign-in screen needs only the
 * database ({@link DeskContext#openForSignIn}, {@link DeskUi#forSignIn}); the HTTP client, the training
 * sandbox, the central, sync and identity are built on a thread once it is usable, and then the other
 * screens on the FX thread. The connectivity probe, sync and the identity re-verifier
 * start {@link #BACKGROUND_AFTER} after that.
 */
public final class DeskApplication extends Application {
    /** System property that turns on the start-up marker: {@code print} or {@code exit}. */
    public static final String READY_MARKER_PROPERTY = "macexpress.readyMarker";
    /** The line printed when the sign-in screen is usable (see {@link #signalWhenReady}). */
    public static final String READY_MARKER = "MACEXPRESS-READY";
    /** How long the data folder may take to open before the start screen shows. */
    static final Duration START_SCREEN_AFTER = Duration.millis(400);
    /** Background work waits this long after the screens behind the sign-in screen are built. */
    static final Duration BACKGROUND_AFTER = Duration.seconds(2);

    private static volatile Path home;
    private static volatile CompletableFuture<DeskContext> opening;
    /** The texts, loaded beside the database's opening: the window and the context share them. */
    private static volatile CompletableFuture<Localization> texts;

    private final FxTaskRunner runner = new FxTaskRunner();
    private volatile DeskContext context;
    private volatile boolean stopped;

    public static void launchWith(Path dataHome) {
        StartupTrace.mark("launch");
        home = dataHome;
        // The texts and the data folder (SQLite, migrations, the advisors) load while JavaFX starts.
        CompletableFuture<Localization> loading = CompletableFuture.supplyAsync(
                () -> Localization.load(dataHome.resolve("i18n")), r -> daemon(r, "desk-texts"));
        texts = loading;
        opening = CompletableFuture.supplyAsync(() -> DeskContext.openForSignIn(DeskSettings.load(dataHome),
                Clock.systemDefaultZone(), loading::join), r -> daemon(r, "desk-open"));
        Application.launch(DeskApplication.class);
    }

    private static void daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx: start");
        Path dataHome = home != null ? home : DataHome.resolve(null, Map.of());
        CompletableFuture<Localization> loaded = texts;
        I18n i18n = new I18n(loaded != null ? loaded.join() : Localization.load(dataHome.resolve("i18n")),
                Localization.FALLBACK);
        StackPane blank = new StackPane();
        blank.getStyleClass().add("screen");
        Scene scene = new Scene(blank, 1120, 780);
        scene.getStylesheets().add(DeskApplication.class.getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.titleProperty().bind(i18n.text("app.window.title"));
        stage.setScene(scene);
        // Maximized on whatever screen this is (1024x600 netbooks included); full screen once the
        // data folder's settings say this is a kiosk.
        WindowFit.apply(stage, false);
        stage.show();
        StartupTrace.mark("fx: shown");
        if (StartupTrace.enabled()) {
            scene.addPreLayoutPulseListener(() -> StartupTrace.mark("fx: pulse"));
            scene.addPostLayoutPulseListener(() -> StartupTrace.mark("fx: pulse laid out"));
        }

        PauseTransition slow = new PauseTransition(START_SCREEN_AFTER);
        CompletableFuture<DeskContext> early = opening;
        opening = null;
        StartupController[] controllers = new StartupController[1];
        StartupController controller = new StartupController(() -> new StartupView(i18n), runner, dataHome,
                Clock.systemDefaultZone(),
                ctx -> {
                    context = ctx;
                    slow.stop();
                    StartupTrace.mark("fx: opened");
                    if (WindowFit.kiosk(ctx.settings())) {
                        WindowFit.apply(stage, true); // maximized already; a kiosk goes full screen
                    }
                    // The sign-in screen first; the other screens are built once it is usable.
                    DeskUi ui = DeskUi.forSignIn(ctx, i18n, runner, ZoneId.systemDefault());
                    scene.setRoot(ui.root());
                    StartupTrace.mark("fx: sign-in built");
                    if (markerWanted()) {
                        whenReady(scene, ui::signInReady, DeskApplication::signalReady);
                    }
                    ui.buildRestBehindSignIn(scene, error -> {
                        // E.g. the training sandbox could not start: said on the start screen, as before.
                        StartupView startup = controllers[0].view();
                        scene.setRoot(startup);
                        startup.showFailure(error, dataHome, Platform::exit, null, null);
                    }, () -> {
                        // Not tied to the sign-in being usable: a desk with no advisor yet still syncs.
                        PauseTransition later = new PauseTransition(BACKGROUND_AFTER);
                        later.setOnFinished(e -> {
                            if (!stopped) {
                                ctx.startBackground();
                            }
                        });
                        later.play();
                    });
                }, Platform::exit)
                .whenFailed(() -> {
                    slow.stop();
                    scene.setRoot(controllers[0].view());
                });
        controllers[0] = controller;
        slow.setOnFinished(e -> {
            if (context == null) {
                scene.setRoot(controller.view());
            }
        });
        slow.play();
        if (early != null) {
            controller.openingFrom(early);
        }
        controller.open();
    }

    /**
     * Runs {@code then} at the first pulse after the screen is usable: {@code ready} holds, the
     * window has the focus and a control holds it. Pulses stop when nothing changes, so it asks for
     * the next one until then.
     */
    static void whenReady(Scene scene, BooleanSupplier ready, Runnable then) {
        boolean[] seen = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!seen[0]) {
                seen[0] = ready.getAsBoolean() && scene.getWindow() != null && scene.getWindow().isFocused()
                        && scene.getFocusOwner() != null;
                Platform.requestNextPulse();
                return;
            }
            // One pulse later: the frame of the usable screen has been handed to the renderer.
            scene.removePostLayoutPulseListener(listener[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /**
     * With {@code -Dmacexpress.readyMarker=print} (or {@code =exit}), one line {@value #READY_MARKER}
     * on standard output when the sign-in screen is usable (see {@link #whenReady}): the start-up
     * benchmark (packaging/README.md) times it; {@code exit} then closes the window, for the run that
     * records the class-data archive. packaging/bench/HelloFx.java signals the same way.
     */
    private static void signalReady() {
        StartupTrace.mark("fx: ready");
        System.out.println(READY_MARKER);
        System.out.flush();
        if (System.getProperty(READY_MARKER_PROPERTY, "").equals("exit")) {
            Platform.exit();
        }
    }

    /** Only then does {@link #whenReady} ask for pulses (it would keep asking while the window has no focus). */
    private static boolean markerWanted() {
        String mode = System.getProperty(READY_MARKER_PROPERTY, "");
        return mode.equals("print") || mode.equals("exit");
    }

    @Override
    public void stop() {
        stopped = true;
        runner.close();
        DeskContext ctx = context;
        if (ctx != null) {
            ctx.close();
        }
    }
}
