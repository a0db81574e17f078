package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup [--list]}: an on-demand backup, checked and rotated like the daily one. */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand extends DataFolderCommand {

    @Option(names = "--list")
    boolean list;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        BackupService backups = BackupService.of(settings, clock);
        if (!list) {
            try (Store db = openChecked(settings, clock)) {
                Backup b = backups.backupNow(db, pe.macexpress.desk.security.AuditTrail.cliActor());
                out.println(DeskCommand.say(spec, "cli.backup.done", b.file().toString(), kb(b.bytes())));
            }
        }
        out.println(DeskCommand.say(spec, "cli.backup.list", backups.folder().toString()));
        for (Backup b : backups.list()) {
            out.println("  " + DeskCommand.dateTime(spec, b.takenAt(), clock.getZone()) + "  "
                    + DeskCommand.say(spec, b.automatic() ? "cli.backup.daily" : "cli.backup.manual") + "  "
                    + kb(b.bytes()) + "  " + b.file().getFileName());
        }
        return OK;
    }

    private static String kb(long bytes) {
        return (bytes + 1023) / 1024 + " KB";
    }
}
