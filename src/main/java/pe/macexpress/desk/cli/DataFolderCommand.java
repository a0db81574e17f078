package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import pe.macexpress.desk.config.ConfigException;
import pe.macexpress.desk.config.DeskSettings;
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
            return InvalidConfiguration.report(e, err);
        }
        try (InstanceLock lock = InstanceLock.acquire(settings.dataFolder())) {
            int code = run(settings, Clock.systemDefaultZone(), out);
            out.flush();
            return code;
        } catch (StoreException e) {
            err.println(message(e, settings));
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

    static String message(StoreException e, DeskSettings settings) {
        String what = switch (e.kind()) {
            case LOCKED -> "La carpeta de datos " + settings.dataFolder() + " está en uso por MAC Express Desk"
                    + " (u otro comando). Cierre la aplicación y vuelva a intentarlo.";
            case FULL -> "El disco está lleno. Libere espacio y vuelva a intentarlo.";
            case READ_ONLY -> "No se puede escribir en " + settings.dataFolder()
                    + ". Revise que el disco o la memoria USB no esté protegido contra escritura.";
            case CORRUPT -> "La base de datos está dañada o no es una base de datos de MAC Express Desk."
                    + " Restaure una copia: macexpress-desk restore --from ARCHIVO";
            case NEWER_SCHEMA -> "La base de datos fue creada por una versión más nueva de MAC Express Desk."
                    + " Actualice la aplicación o restaure una copia.";
            case IO -> "Error de lectura o escritura en la base de datos.";
        };
        return what + System.lineSeparator() + "Detalle técnico: " + e.getMessage();
    }
}
