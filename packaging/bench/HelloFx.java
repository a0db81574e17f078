import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The baseline of the start-up benchmark (packaging/README.md): Oracle's JavaFX "Hello World" (one
 * button in a StackPane), in a window of the desk's size: placed and maximized as the desk's WindowFit
 * does (the screen's visible bounds up to 1366x768, then maximized; without a window manager, as under
 * Xvfb, the size is what counts). Until 2026-12-03 it stayed 1120x780 while the desk already filled
 * the screen. Packaged exactly like the desk (same
 * jpackage image layout, same JavaFX jars on the class path, same java options, its own class-data
 * archive recorded the same way) and it signals "ready" exactly like
 * pe.macexpress.desk.ui.DeskApplication#signalWhenReady: the first pulse after the window is
 * focused and a control holds the focus. Plain main class, as the desk's Launcher: on the class path
 * a main class that extends Application is refused.
 */
public final class HelloFx {
    private HelloFx() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Button hello = new Button("Say 'Hello World'");
            hello.setOnAction(e -> System.out.println("Hello World!"));
            StackPane root = new StackPane(hello);
            Scene scene = new Scene(root, 1120, 780);
            stage.setTitle("Hello World!");
            stage.setScene(scene);
            javafx.geometry.Rectangle2D visual = javafx.stage.Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(1366, visual.getWidth()));
            stage.setHeight(Math.min(768, visual.getHeight()));
            stage.setX(visual.getMinX());
            stage.setY(visual.getMinY());
            stage.setMaximized(true);
            stage.show();
            signalWhenReady(scene);
        }
    }

    /** Same code as the desk's DeskApplication#signalWhenReady, with nothing else to wait for. */
    static void signalWhenReady(Scene scene) {
        String mode = System.getProperty("macexpress.readyMarker", "");
        if (!mode.equals("print") && !mode.equals("exit")) {
            return;
        }
        boolean[] seen = {false};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!seen[0]) {
                seen[0] = scene.getWindow() != null && scene.getWindow().isFocused() && scene.getFocusOwner() != null;
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            System.out.println("MACEXPRESS-READY");
            System.out.flush();
            if (mode.equals("exit")) {
                Platform.exit();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
