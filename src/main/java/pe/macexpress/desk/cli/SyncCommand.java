package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.CentralClient;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.sync.SyncEngine;
import pe.macexpress.desk.sync.SyncOutcome;
import pe.macexpress.desk.sync.SyncProgress;
import pe.macexpress.desk.sync.SyncResult;
import picocli.CommandLine.Command;

/** {@code sync}: one full batch sync of the data folder, for support staff and scheduled tasks. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = "Envía a la sede central las atenciones pendientes, por lotes, y termina con una línea"
                + " sent=N accepted=A duplicate=D rejected=R conflict=C pending=P requests=Q bytes=B."
                + " Salida: 0 todo enviado, 3 sin conexión con la central, 4 quedan registros"
                + " (en cuarentena, sin enviar, o estación no inscrita), 5 la aplicación está abierta"
                + " sobre la misma carpeta de datos, 6 configuración no válida (no se envía nada).")
final class SyncCommand extends DataFolderCommand {
    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        OkHttpClient http = new OkHttpClient();
        try (Store db = openChecked(settings, clock)) {
            db.outbox().resetInFlight(); // we hold the folder's lock: nothing is really in flight
            Central central = new Central(settings.get(ConfigKeys.SYNC_BASE_URL), settings.get(ConfigKeys.SYNC_TOKEN),
                settings.get(ConfigKeys.SYNC_CATALOG_KEY));
            SyncConfig config = SyncConfig.from(settings);
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(http, central, config), config, clock);
            engine.catalogTo(new CatalogService(db, central::catalogKey, clock).sink());
            engine.changesTo(new pe.macexpress.desk.cases.ChangeProcessor(db, clock));
            SyncResult r = engine.run(p -> progress(out, p));
            if (r.outcome() == SyncOutcome.UNAUTHORIZED) {
                out.println("La estación no está inscrita en la central o su inscripción fue revocada."
                        + " Inscríbala con: macexpress-desk enroll --server URL --code CÓDIGO");
            } else if (r.outcome() == SyncOutcome.UNREACHABLE) {
                out.println("No se pudo conectar con la central " + central.baseUrl()
                        + ". Los registros siguen guardados y se enviarán después.");
            }
            out.println(r.summaryLine());
            return r.outcome().exitCode();
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private static void progress(PrintWriter out, SyncProgress p) {
        out.printf("%s %d/%d registros, %d bytes, %d B/s%s%n", p.state().name().toLowerCase(java.util.Locale.ROOT),
                p.recordsSent(), p.recordsTotal(), p.bytesSent(), p.bytesPerSecond(),
                p.lastError() == null ? "" : " (" + p.lastError().name().toLowerCase(java.util.Locale.ROOT) + ")");
        out.flush();
    }
}
