package pe.macexpress.desk.ui.shell;

import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;

/**
 * How the counter's window takes the screen: maximized on any screen from 1024×600 up, or (kiosk
 * setting {@code ui.kiosk=true}) full screen with no exit hint and no key that leaves it. The smallest
 * size it accepts is below a netbook's, so it can always be made to fit; the content scrolls.
 */
public final class WindowFit {
    /** Smaller than a 1024×600 netbook's screen minus its panel, so the window never opens off-screen. */
    public static final double MIN_WIDTH = 800;
    public static final double MIN_HEIGHT = 500;

    private WindowFit() {
    }

    /**
     * Call before or after {@code stage.show()}, and again once the settings are read: it may change
     * from maximized to full screen and back.
     */
    public static void apply(Stage stage, boolean kiosk) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        // Should the advisor restore it from maximized, it comes back inside the screen, not past it.
        Rectangle2D visual = Screen.getPrimary().getVisualBounds();
        if (!stage.isShowing()) {
            stage.setWidth(Math.max(MIN_WIDTH, Math.min(1366, visual.getWidth())));
            stage.setHeight(Math.max(MIN_HEIGHT, Math.min(768, visual.getHeight())));
            stage.setX(visual.getMinX());
            stage.setY(visual.getMinY());
        }
        if (kiosk) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(true);
        } else {
            stage.setFullScreenExitHint(null);
            stage.setFullScreenExitKeyCombination(null);
            stage.setFullScreen(false);
            stage.setMaximized(true);
        }
    }

    /** Whether the workstation's settings make it a kiosk ({@code ui.kiosk}). */
    public static boolean kiosk(DeskSettings settings) {
        return settings.get(ConfigKeys.UI_KIOSK);
    }
}
