package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code restore --from FILE}: puts a backup in place; the current file is kept aside, never deleted.
 * Issue 15 (roles): a supervisor's id and own PIN first ({@code --supervisor ID}, PIN asked), checked
 * against the database in use or, when that one cannot be opened (the usual reason to restore), against
 * a copy of the backup; the authorization is audited in the database checked.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand extends DataFolderCommand {

    @Option(names = "--from", required = true, paramLabel = "FILE")
    Path from;

    @picocli.CommandLine.Mixin
    SupervisorCheck supervisor = new SupervisorCheck();

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        Path source = from.toAbsolutePath();
        if (source.equals(settings.databaseFile().toAbsolutePath())) {
            out.println(DeskCommand.say(spec, "cli.restore.same"));
            return PROBLEM;
        }
        if (!authorized(settings, clock, source)) {
            return PROBLEM;
        }
        Optional<Path> aside = BackupService.of(settings, clock).restore(source, settings.databaseFile(),
                pe.macexpress.desk.security.AuditTrail.cliActor());
        out.println(DeskCommand.say(spec, "cli.restore.done", source.toString(), settings.databaseFile().toString()));
        // The authorization was audited in the database checked (now aside); the restored one records it too.
        try (pe.macexpress.desk.store.Store db = openChecked(settings, clock)) {
            db.audit().append(new pe.macexpress.desk.security.AuditEvent(supervisor.supervisor.strip(),
                    pe.macexpress.desk.advisor.SupervisorGate.Action.RESTORE.audit(), "", "",
                    "restored " + source.getFileName()));
        }
        aside.ifPresent(p -> out.println(DeskCommand.say(spec, "cli.restore.aside", p.toString())));
        return OK;
    }

    private boolean authorized(DeskSettings settings, Clock clock, Path source) {
        var err = spec.commandLine().getErr();
        var action = pe.macexpress.desk.advisor.SupervisorGate.Action.RESTORE;
        String detail = "restore " + source.getFileName();
        if (java.nio.file.Files.exists(settings.databaseFile())) {
            try (pe.macexpress.desk.store.Store db = openChecked(settings, clock)) {
                return supervisor.authorize(db, settings, clock, action, detail, spec, err);
            } catch (pe.macexpress.desk.store.StoreException e) {
                // The database in use is damaged: the backup's own supervisors decide.
            }
        }
        Path copy = null;
        try {
            copy = java.nio.file.Files.createTempFile(settings.dataFolder(), "restore-check-", ".db");
            java.nio.file.Files.copy(source, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try (pe.macexpress.desk.store.Store db = pe.macexpress.desk.store.Store.open(copy, clock)) {
                return supervisor.authorize(db, settings, clock, action, detail, spec, err);
            }
        } catch (java.io.IOException e) {
            err.println(DeskCommand.say(spec, "roles.cli.supervisor.cannot.check"));
            return false;
        } finally {
            if (copy != null) {
                for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                    try {
                        java.nio.file.Files.deleteIfExists(Path.of(copy + suffix));
                    } catch (java.io.IOException ignored) {
                        // A left-over copy in the data folder is removed by the next restore check's folder.
                    }
                }
            }
        }
    }
}
