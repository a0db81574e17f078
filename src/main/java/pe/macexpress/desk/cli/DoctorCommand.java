package pe.macexpress.desk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.security.KeyRing;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.HealthReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code doctor [--json]}: the state of the local store, for support staff and monitoring. */
@Command(name = "doctor", mixinStandardHelpOptions = true)
final class DoctorCommand extends DataFolderCommand {

    @Option(names = "--json")
    boolean json;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        HealthReport r = HealthReport.examine(settings.databaseFile(), BackupService.of(settings, clock));
        if (json) {
            out.println(json(r));
        } else {
            ZoneId zone = clock.getZone();
            Map<String, String> rows = new LinkedHashMap<>();
            rows.put("cli.doctor.integrity", r.integrity());
            rows.put("cli.doctor.schema", String.valueOf(r.schemaVersion()));
            rows.put("cli.doctor.attentions", String.valueOf(r.attentions()));
            rows.put("cli.doctor.pending", String.valueOf(r.outbox().pending()));
            rows.put("cli.doctor.sending", String.valueOf(r.outbox().sending()));
            rows.put("cli.doctor.quarantined", String.valueOf(r.outbox().quarantined()));
            rows.put("cli.doctor.acknowledged", String.valueOf(r.outbox().acknowledged()));
            rows.put("cli.doctor.last.backup", when(r.lastBackup(), zone));
            rows.put("cli.doctor.last.sync", when(r.lastSync(), zone));
            rows.put("cli.doctor.folder", r.dataFolder() + " "
                    + DeskCommand.say(spec, settings.training() ? "cli.doctor.training" : "cli.doctor.production"));
            rows.put("cli.doctor.free", r.freeBytes() < 0 ? DeskCommand.say(spec, "cli.doctor.unknown")
                    : String.format(Locale.ROOT, "%.1f GB", r.freeBytes() / 1e9));
            String keyId = HealthReport.keyId(settings.databaseFile());
            if (keyId != null) { // issue 15: where the database's key is; a key file is weaker than the OS's store
                rows.put("cli.doctor.key", DeskCommand.say(spec, keyKey(keyId)));
            }
            // Labels in one column, as wide as the longest label of the language plus two spaces.
            int width = rows.keySet().stream().mapToInt(k -> DeskCommand.say(spec, k).length()).max().orElse(0) + 2;
            rows.forEach((k, v) -> out.println(String.format("%-" + width + "s", DeskCommand.say(spec, k)) + v));
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
        String keyId = HealthReport.keyId(r.dataFolder().resolve("desk.db"));
        if (keyId != null) {
            m.put("keyStorage", keyKey(keyId).substring("cli.doctor.key.".length()));
        }
        try {
            return new ObjectMapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message key that says where the key {@code keyId} is: the credential store, a key file (weaker), or missing. */
    static String keyKey(String keyId) {
        try {
            KeyRing.Storage storage = KeyRing.storage(keyId);
            if (storage == KeyRing.Storage.CREDENTIAL_STORE) {
                return "cli.doctor.key.store";
            }
            if (storage == KeyRing.Storage.PROTECTED_FILE) {
                return "cli.doctor.key.protected";
            }
            return java.nio.file.Files.isRegularFile(KeyRing.file(keyId)) ? "cli.doctor.key.file" : "cli.doctor.key.missing";
        } catch (IllegalArgumentException e) {
            return "cli.doctor.key.missing";
        }
    }

    private String when(Instant t, ZoneId zone) {
        return t == null ? DeskCommand.say(spec, "status.never") : DeskCommand.dateTime(spec, t, zone);
    }
}
