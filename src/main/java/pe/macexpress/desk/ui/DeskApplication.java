package pe.macexpress.desk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DataHome;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.startup.StartupController;
import pe.macexpress.desk.ui.startup.StartupView;

/**
 * The counter's window. The data folder is opened on a background thread while a start screen
 * shows; if it cannot be opened (locked by another window, read-only, damaged) the start screen
 * says why in the advisor's language instead of the application vanishing.
 */
public final class DeskApplication extends Application {
    private static volatile Path home;

    private final FxTaskRunner runner = new FxTaskRunner();
    private volatile DeskContext context;

    public static void launchWith(Path dataHome) {
        home = dataHome;
        Application.launch(DeskApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Path dataHome = home != null ? home : DataHome.resolve(null, Map.of());
        I18n i18n = new I18n(Localization.load(dataHome.resolve("i18n")), Localization.FALLBACK);
        StartupView startup = new StartupView(i18n);
        Scene scene = new Scene(startup, 1120, 780);
        scene.getStylesheets().add(DeskApplication.class.getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.titleProperty().bind(i18n.text("app.window.title"));
        stage.setMinWidth(900);
        stage.setMinHeight(640);
        stage.setScene(scene);
        stage.show();

        new StartupController(startup, runner, dataHome, Clock.systemDefaultZone(), ctx -> {
            context = ctx;
            ctx.startBackground();
            scene.setRoot(new DeskUi(ctx, i18n, runner, ZoneId.systemDefault()).root());
        }, Platform::exit).open();
    }

    @Override
    public void stop() {
        runner.close();
        DeskContext ctx = context;
        if (ctx != null) {
            ctx.close();
        }
    }
}
