package pe.macexpress.desk.cli;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.bundle.BundleException;
import pe.macexpress.desk.i18n.Localization;

/**
 * Why a bundle or answer file was refused or not written, in the command line's language, for
 * support staff. The exception's own text is technical: it goes to the log only.
 */
final class BundleMessages {
    private static final Logger LOG = Logger.getLogger(BundleMessages.class.getName());

    private BundleMessages() {
    }

    static String of(BundleException e, Path file, String language) {
        LOG.log(Level.FINE, "bundle refused", e);
        String key = switch (e.problem()) {
            case NOT_A_BUNDLE -> "cli.bundle.not.a.bundle";
            case TRUNCATED -> "cli.bundle.truncated";
            case DAMAGED -> "cli.bundle.damaged";
            case NOT_FOR_US -> "cli.bundle.not.for.us";
            case UNKNOWN_BUNDLE -> "cli.bundle.unknown.bundle";
            case TOO_LARGE -> "cli.bundle.too.large";
            case NOT_ENROLLED -> "cli.bundle.not.enrolled";
            case IO -> "cli.bundle.io";
        };
        return Localization.bundledOnly().text(language, key, String.valueOf(file));
    }
}
