package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup [--list]}: an on-demand backup, checked and rotated like the daily one. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends DataFolderCommand {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Option(names = "--list")
    boolean list;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        BackupService backups = BackupService.of(settings, clock);
        if (!list) {
            try (Store db = openChecked(settings, clock)) {
                Backup b = backups.backupNow(db);
                out.println("Copia creada y verificada: " + b.file() + " (" + kb(b.bytes()) + ")");
            }
        }
        out.println("Copias en " + backups.folder() + ":");
        for (Backup b : backups.list()) {
            out.println("  " + LOCAL.format(b.takenAt().atZone(clock.getZone())) + "  "
                    + (b.automatic() ? "diaria " : "manual ") + " " + kb(b.bytes()) + "  " + b.file().getFileName());
        }
        return OK;
    }

    private static String kb(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }
}
