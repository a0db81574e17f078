package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.time.Clock;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;

/**
 * Issue 15 (purge): {@code purge} runs the retention rule now, for support (the app runs it at start
 * and daily): every table, the documents, the backups and the aside copies, then a vacuum. Prints
 * what it purged, counts only, in the command line's language; the run is a row of the audit chain
 * with the OS user as its actor.
 */
@Command(name = "purge", mixinStandardHelpOptions = true)
final class PurgeCommand extends DataFolderCommand {

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        try (Store db = openChecked(settings, clock)) {
            Retention.Report r = new Retention(db, BackupService.of(settings, clock), clock,
                    settings.get(ConfigKeys.RETENTION_DAYS)).run("cli:" + System.getProperty("user.name", "?"));
            out.println(DeskCommand.say(spec, "cli.purge.done", String.valueOf(settings.get(ConfigKeys.RETENTION_DAYS).toDays())));
            out.println("  " + DeskCommand.say(spec, "cli.purge.rows", r.attentions(), r.captures(), r.documents(),
                    r.complaints(), r.feedback(), r.orientations(), r.incidents()));
            out.println("  " + DeskCommand.say(spec, "cli.purge.identity", r.identityAudit(), r.identityCache(),
                    r.identityFlags(), r.inbox()));
            out.println("  " + DeskCommand.say(spec, "cli.purge.copies", r.backupsPurged(), r.backupsDeleted(),
                    r.asidePurged(), r.asideDeleted()));
            if (r.fullVacuum()) {
                out.println("  " + DeskCommand.say(spec, "cli.purge.vacuum"));
            }
            return OK;
        }
    }
}
