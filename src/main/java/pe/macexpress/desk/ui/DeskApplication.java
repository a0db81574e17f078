package pe.macexpress.desk.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;

/** The counter's window. (Placeholder while the screens are built.) */
public final class DeskApplication extends Application {
    private static volatile Path home;

    public static void launchWith(Path dataHome) {
        home = dataHome;
        Application.launch(DeskApplication.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("MAC Express");
        stage.show();
    }
}
