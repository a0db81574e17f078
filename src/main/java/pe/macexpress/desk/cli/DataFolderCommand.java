package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.StartupCheck;
import pe.macexpress.desk.store.StoreException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A support command on the data folder of the configured mode (training by default). Reads the
 * configuration first (refused: exit {@value InvalidConfiguration#EXIT_CODE}, nothing touched), then
 * takes the folder's lock, so it refuses to run beside the open application. Output is for support
 * staff and never shows document numbers or names.
 */
abstract class DataFolderCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int PROBLEM = 1;
    static final int STORE_ERROR = 2;
    /** The central (or PIDE) could not be reached. */
    static final int UNREACHABLE = 3;
    /** Its own code: a scheduled sync must tell "the application is open" from "the central is down" (3). */
    static final int IN_USE = 5;
    private static final Logger LOG = Logger.getLogger(DataFolderCommand.class.getName());

    @ParentCommand
    DeskCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DeskSettings settings;
        try {
            settings = DeskSettings.load(parent.home());
        } catch (ConfigException e) {
            return InvalidConfiguration.report(e, err, DeskCommand.language(spec));
        }
        try (InstanceLock lock = InstanceLock.acquire(settings.dataFolder())) {
            int code = run(settings, Clock.systemDefaultZone(), out);
            out.flush();
            return code;
        } catch (StoreException e) {
            err.println(message(e, settings, DeskCommand.language(spec)));
            err.flush();
            return e.kind() == StoreException.Kind.LOCKED ? IN_USE : STORE_ERROR;
        }
    }

    abstract int run(DeskSettings settings, Clock clock, PrintWriter out);

    /** Opens the database after the same check the application makes at start. */
    static Store openChecked(DeskSettings settings, Clock clock) {
        StartupCheck.run(settings.databaseFile(), BackupService.of(settings, clock)).requireOpenable();
        return Store.open(settings.databaseFile(), clock);
    }

    /** The catalogue service over the data folder, checking signatures with the key pinned at enrollment. */
    static pe.macexpress.desk.catalog.CatalogService catalogs(Store db, DeskSettings settings, Clock clock) {
        return new pe.macexpress.desk.catalog.CatalogService(db,
                () -> settings.get(pe.macexpress.desk.config.ConfigKeys.SYNC_CATALOG_KEY), clock);
    }

    /**
     * What to do, in the command line's language, for support staff. The exception's own text (paths,
     * SQLite's words) is technical: it goes to the log, never to the person at the counter.
     */
    static String message(StoreException e, DeskSettings settings, String language) {
        LOG.log(Level.FINE, "data folder refused", e);
        String key = switch (e.kind()) {
            case LOCKED -> "cli.store.locked";
            case FULL -> "cli.store.full";
            case READ_ONLY -> "cli.store.read.only";
            case CORRUPT -> "cli.store.corrupt";
            case NEWER_SCHEMA -> "cli.store.newer.schema";
            case KEY_MISSING -> "cli.store.key.missing";
            case IO -> "cli.store.io";
        };
        return Localization.bundledOnly().text(language, key, settings.dataFolder().toString());
    }
}
