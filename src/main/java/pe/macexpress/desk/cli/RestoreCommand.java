package pe.macexpress.desk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore --from FILE}: puts a backup in place; the current file is kept aside, never deleted. */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand extends DataFolderCommand {

    @Option(names = "--from", required = true, paramLabel = "FILE")
    Path from;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter out) {
        Path source = from.toAbsolutePath();
        if (source.equals(settings.databaseFile().toAbsolutePath())) {
            out.println(DeskCommand.say(spec, "cli.restore.same"));
            return PROBLEM;
        }
        Optional<Path> aside = BackupService.of(settings, clock).restore(source, settings.databaseFile(),
                pe.macexpress.desk.security.AuditTrail.cliActor());
        out.println(DeskCommand.say(spec, "cli.restore.done", source.toString(), settings.databaseFile().toString()));
        aside.ifPresent(p -> out.println(DeskCommand.say(spec, "cli.restore.aside", p.toString())));
        return OK;
    }
}
