package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.i18n.Localization;

/**
 * What every command does when {@code macexpress.properties} is refused: says which key of which
 * file and what to do, in the command line's language, on standard error (no stack trace), and exits with
 * {@link #EXIT_CODE}, the same for every command, so a scheduled task can tell it apart.
 */
final class InvalidConfiguration {
    /** 0 ok, 1 problem, 2 store error or invalid input, 3 unreachable, 4 remaining, 5 folder in use. */
    static final int EXIT_CODE = 6;
    private InvalidConfiguration() {
    }

    static int report(ConfigException e, PrintWriter err, String language) {
        Localization l = Localization.bundledOnly();
        err.println(l.text(language, "config.error.command"));
        err.println(e.describe(l, language));
        err.flush();
        return EXIT_CODE;
    }
}
