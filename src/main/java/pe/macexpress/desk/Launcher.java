package pe.macexpress.desk;

import pe.macexpress.desk.cli.DeskCommand;

/**
 * Entry point of {@code java -jar macexpress-desk.jar}. Not a JavaFX Application on purpose: on the
 * class path, a main class that extends Application is refused ("JavaFX runtime components are
 * missing"); a plain launcher avoids that and lets the commands run without any display.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = DeskCommand.run(args);
        if (code != DeskCommand.GUI_EXITED) {
            System.exit(code);
        }
    }
}
