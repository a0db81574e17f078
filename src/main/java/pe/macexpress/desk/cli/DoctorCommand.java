package pe.macexpress.desk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.HealthReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doctor [--json]}: the state of the local store, for support staff and monitoring. */
@Command(name = "doctor", mixinStandardHelpOptions = true)
final class DoctorCommand extends DataFolderCommand {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--json")
    boolean json;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        HealthReport r = HealthReport.examine(settings.databaseFile(), BackupService.of(settings, clock));
        if (json) {
            out.println(json(r));
        } else {
            ZoneId zone = clock.getZone();
            out.println("Integridad:             " + r.integrity());
            out.println("Versión del esquema:    " + r.schemaVersion());
            out.println("Atenciones guardadas:   " + r.attentions());
            out.println("Envíos pendientes:      " + r.outbox().pending());
            out.println("En envío:               " + r.outbox().sending());
            out.println("En cuarentena:          " + r.outbox().quarantined());
            out.println("Confirmados (sede):      " + r.outbox().acknowledged());
            out.println("Última copia:           " + when(r.lastBackup(), zone));
            out.println("Última sincronización:  " + when(r.lastSync(), zone));
            out.println("Carpeta de datos:       " + r.dataFolder()
                    + (settings.training() ? " (modo práctica)" : " (modo producción)"));
            out.println("Espacio libre:          " + (r.freeBytes() < 0 ? "desconocido"
                    : String.format("%.1f GB", r.freeBytes() / 1e9)));
        }
        return r.healthy() ? OK : PROBLEM;
    }

    static String json(HealthReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("integrity", r.integrity());
        m.put("schemaVersion", r.schemaVersion());
        m.put("attentions", r.attentions());
        m.put("pending", r.outbox().pending());
        m.put("sending", r.outbox().sending());
        m.put("quarantined", r.outbox().quarantined());
        m.put("acknowledged", r.outbox().acknowledged());
        m.put("lastBackup", r.lastBackup() == null ? null : r.lastBackup().toString());
        m.put("lastSync", r.lastSync() == null ? null : r.lastSync().toString());
        m.put("dataFolder", r.dataFolder().toString());
        m.put("freeBytes", r.freeBytes());
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String when(Instant t, ZoneId zone) {
        return t == null ? "nunca" : LOCAL.format(t.atZone(zone));
    }
}
