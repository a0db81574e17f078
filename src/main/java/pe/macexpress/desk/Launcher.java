package pe.macexpress.desk;

import java.nio.file.Path;
import pe.macexpress.desk.cli.DeskCommand;
import pe.macexpress.desk.config.DataHome;
import pe.macexpress.desk.ui.DeskApplication;

/**
 * Entry point of {@code java -jar macexpress-desk.jar}. Not a JavaFX Application on purpose: on the
 * class path, a main class that extends Application is refused ("JavaFX runtime components are
 * missing"); a plain launcher avoids that and lets the commands run without any display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        pe.macexpress.desk.app.StartupTrace.mark("main");
        Path window = windowHome(args);
        if (window != null) {
            // Straight to the window: building picocli's model of every command costs about half a
            // second at each start, and picocli's classes (Java 5 class files) cannot go in the
            // class-data archive of the packaged app.
            DeskApplication.launchWith(window);
            return;
        }
        int code = DeskCommand.run(args);
        if (code != DeskCommand.GUI_EXITED) {
            System.exit(code);
        }
    }

    /**
     * The data folder when the arguments only open the window (none, or just {@code --home DIR});
     * null when they name a command or anything else, which picocli then reads.
     */
    static Path windowHome(String[] args) {
        if (args.length == 0) {
            return DataHome.resolve(null, System.getenv());
        }
        if (args.length == 2 && args[0].equals("--home")) {
            return DataHome.resolve(args[1], System.getenv());
        }
        if (args.length == 1 && args[0].startsWith("--home=")) {
            return DataHome.resolve(args[0].substring("--home=".length()), System.getenv());
        }
        return null;
    }
}
