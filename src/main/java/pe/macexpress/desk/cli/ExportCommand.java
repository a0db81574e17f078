package pe.macexpress.desk.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.reports.CsvExport;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --what TABLE --format csv [--out FILE]}: one of the workstation's tables as CSV,
 * for support (to stdout when no file is given). Each table decides its columns; the survey table
 * has no column that could join an answer to a citizen.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends DataFolderCommand {
    @Option(names = "--what", required = true, paramLabel = "TABLE")
    String what;

    @Option(names = "--format", paramLabel = "csv", defaultValue = "csv")
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    /** Issue 15 (roles): a table with personal data needs a supervisor's id and own PIN. */
    @picocli.CommandLine.Mixin
    SupervisorCheck supervisor = new SupervisorCheck();

    /** The tables this command offers, in the order its help lists them. */
    static List<ExportTable> tables() {
        return List.of(new pe.macexpress.desk.voice.SurveyExport(), new pe.macexpress.desk.voice.SuggestionExport(),
                new pe.macexpress.desk.voice.VisitsTable(), new pe.macexpress.desk.voice.OrientationsTable(),
                new pe.macexpress.desk.voice.ComplaintExport(), new pe.macexpress.desk.voice.IncidentExport());
    }

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter stdout) {
        List<String> names = tables().stream().map(ExportTable::name).toList();
        Optional<ExportTable> table = tables().stream()
                .filter(t -> t.name().equals(what.strip().toLowerCase(Locale.ROOT))).findFirst();
        if (table.isEmpty()) {
            stdout.println(DeskCommand.say(spec, "cli.export.bad.what", what.strip(), String.join(", ", names)));
            return PROBLEM;
        }
        if (!"csv".equals(format.strip().toLowerCase(Locale.ROOT))) {
            stdout.println(DeskCommand.say(spec, "cli.export.bad.format", format.strip()));
            return PROBLEM;
        }
        try (Store db = openChecked(settings, clock)) {
            if (table.get().personalData() && !supervisor.authorize(db, settings, clock,
                    pe.macexpress.desk.advisor.SupervisorGate.Action.PERSONAL_EXPORT, "export " + table.get().name(),
                    spec, spec.commandLine().getErr())) {
                return PROBLEM;
            }
            // Issue 15 (audit): the table is written to memory first, then the chain row (what, how many
            // rows, where to; never a name) is written, and only then does anything leave the desk.
            java.io.StringWriter csv = new java.io.StringWriter();
            long rows = CsvExport.write(table.get(), db, csv);
            db.audit().append(new pe.macexpress.desk.security.AuditEvent(
                    pe.macexpress.desk.security.AuditTrail.cliActor(), pe.macexpress.desk.security.AuditActions.EXPORT, "",
                    "", "table=" + table.get().name() + " rows=" + rows + " to="
                    + (out == null ? "stdout" : out.getFileName().toString())));
            if (out == null) {
                stdout.flush();
                Writer console = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                console.write(csv.toString());
                console.flush();
                return OK;
            }
            try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                file.write(csv.toString());
                stdout.println(DeskCommand.say(spec, "cli.export.written", rows, out.toAbsolutePath()));
                return OK;
            } catch (IOException | java.io.UncheckedIOException e) {
                stdout.println(DeskCommand.say(spec, "cli.export.failed", out.toAbsolutePath()));
                return PROBLEM;
            }
        } catch (IOException e) {
            stdout.println(DeskCommand.say(spec, "cli.export.failed", "stdout"));
            return PROBLEM;
        }
    }
}
