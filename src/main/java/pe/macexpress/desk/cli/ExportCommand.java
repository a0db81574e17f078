package pe.macexpress.desk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.reports.BaseDeDatos;
import pe.macexpress.desk.reports.CsvExport;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export --what TABLE --format csv|xlsx [--out FILE]}: one of the workstation's tables, for
 * support (CSV to stdout when no file is given). Each table decides its columns; the survey table
 * has no column that could join an answer to a citizen.
 *
 * <p>Issue 14 (export): {@code --what base [--from DAY] [--to DAY]} is the point's base de datos
 * ({@link BaseDeDatos}) over those days (default: the current month, Peru's calendar), as CSV
 * (UTF-8 with BOM) or XLSX; {@code --with-personal-data} adds document and names and needs a
 * supervisor's id and own PIN. Nothing is written before the PIN was accepted; the file is written
 * aside, the audit row is appended, and only then is the file put where {@code --out} says.
 */
@Command(name = "export", mixinStandardHelpOptions = true)
final class ExportCommand extends DataFolderCommand {
    @Option(names = "--what", required = true, paramLabel = "TABLE")
    String what;

    @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv")
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    /** Issue 14 (export): the first day of the base de datos (YYYY-MM-DD). */
    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    /** Issue 14 (export): the last day of the base de datos, included (YYYY-MM-DD). */
    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    /** Issue 14 (export): document type, number and names in the base de datos (supervisor, audited). */
    @Option(names = "--with-personal-data")
    boolean personal;

    /** Issue 15 (roles): a table with personal data needs a supervisor's id and own PIN. */
    @picocli.CommandLine.Mixin
    SupervisorCheck supervisor = new SupervisorCheck();

    /** The tables this command offers, in the order its help lists them (the base de datos comes first). */
    static List<ExportTable> tables() {
        return List.of(new pe.macexpress.desk.voice.SurveyExport(), new pe.macexpress.desk.voice.SuggestionExport(),
                new pe.macexpress.desk.voice.VisitsTable(), new pe.macexpress.desk.voice.OrientationsTable(),
                new pe.macexpress.desk.voice.ComplaintExport(), new pe.macexpress.desk.voice.IncidentExport());
    }

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter stdout) {
        String name = what.strip().toLowerCase(Locale.ROOT);
        boolean base = BaseDeDatos.NAME.equals(name);
        List<String> names = new java.util.ArrayList<>(List.of(BaseDeDatos.NAME));
        tables().stream().map(ExportTable::name).forEach(names::add);
        Optional<ExportTable> listed = tables().stream().filter(t -> t.name().equals(name)).findFirst();
        if (!base && listed.isEmpty()) {
            stdout.println(DeskCommand.say(spec, "cli.export.bad.what", what.strip(), String.join(", ", names)));
            return PROBLEM;
        }
        Optional<BaseDeDatos.Format> kind = BaseDeDatos.Format.parse(format);
        if (kind.isEmpty()) {
            stdout.println(DeskCommand.say(spec, "cli.export.bad.format", format.strip()));
            return PROBLEM;
        }
        if (kind.get() == BaseDeDatos.Format.XLSX && out == null) {
            stdout.println(DeskCommand.say(spec, "export.base.cli.xlsx.needs.out"));
            return PROBLEM;
        }
        if (!base && (personal || from != null || to != null)) {
            stdout.println(DeskCommand.say(spec, "export.base.cli.only.base"));
            return PROBLEM;
        }
        ReportPeriod period = null;
        if (base) {
            YearMonth month = YearMonth.now(clock.withZone(ReportPeriod.ZONE));
            try {
                LocalDate first = from == null ? month.atDay(1) : LocalDate.parse(from.strip());
                LocalDate last = to == null ? month.atEndOfMonth() : LocalDate.parse(to.strip());
                if (last.isBefore(first)) {
                    stdout.println(DeskCommand.say(spec, "export.base.cli.bad.range", first, last));
                    return PROBLEM;
                }
                if (java.time.temporal.ChronoUnit.DAYS.between(first, last) >= ReportPeriod.MAX_DAYS) {
                    stdout.println(DeskCommand.say(spec, "export.base.cli.too.long", first, last,
                            ReportPeriod.MAX_DAYS / 366));
                    return PROBLEM;
                }
                period = ReportPeriod.range(first, last);
            } catch (DateTimeParseException e) {
                stdout.println(DeskCommand.say(spec, "export.base.cli.bad.date", e.getParsedString()));
                return PROBLEM;
            }
        }
        try (Store db = openChecked(settings, clock)) {
            ExportTable table = base
                    ? BaseDeDatos.table(catalogs(db, settings, clock).current(), period, personal)
                    : listed.get();
            if (table.personalData() && !supervisor.authorize(db, settings, clock,
                    pe.macexpress.desk.advisor.SupervisorGate.Action.PERSONAL_EXPORT, "export " + table.name(),
                    spec, spec.commandLine().getErr())) {
                return PROBLEM;
            }
            return write(db, table, kind.get(), period, stdout);
        }
    }

    /**
     * Issue 15 (audit): the table is written aside first (a temporary file next to the target), then
     * the chain row (what, how many rows, where to; never a name) is appended, and only then does
     * anything leave the desk.
     */
    private int write(Store db, ExportTable table, BaseDeDatos.Format kind, ReportPeriod period, PrintWriter stdout) {
        Path target = out == null ? null : out.toAbsolutePath();
        Path aside = null;
        try {
            java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
            long rows;
            if (target == null) {
                rows = write(db, table, kind, console);
            } else {
                aside = Files.createTempFile(target.getParent(), ".export", ".part");
                try (OutputStream file = Files.newOutputStream(aside)) {
                    rows = write(db, table, kind, file);
                }
            }
            String where = target == null ? "stdout" : target.getFileName().toString();
            db.audit().append(new pe.macexpress.desk.security.AuditEvent(
                    pe.macexpress.desk.security.AuditTrail.cliActor(), pe.macexpress.desk.security.AuditActions.EXPORT, "",
                    "", period != null ? BaseDeDatos.auditDetail(period, table.personalData(), kind, rows, where)
                    : "table=" + table.name() + " rows=" + rows + " to=" + where + " format=" + kind.extension()));
            if (target == null) {
                stdout.flush();
                console.writeTo(System.out);
                System.out.flush();
                return OK;
            }
            Files.move(aside, target, StandardCopyOption.REPLACE_EXISTING);
            aside = null;
            stdout.println(DeskCommand.say(spec, "cli.export.written", rows, target));
            return OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            stdout.println(DeskCommand.say(spec, "cli.export.failed", target == null ? "stdout" : target));
            return PROBLEM;
        } finally {
            if (aside != null) {
                try {
                    Files.deleteIfExists(aside);
                } catch (IOException e) {
                    // a temporary file left behind holds what was about to be exported: say nothing more here
                }
            }
        }
    }

    /** The tables of issue 13 keep their CSV as it was (no BOM); the base de datos has one so Excel reads accents. */
    private static long write(Store db, ExportTable table, BaseDeDatos.Format kind, OutputStream file)
            throws IOException {
        if (kind == BaseDeDatos.Format.XLSX) {
            return BaseDeDatos.xlsx(table, db, file);
        }
        if (BaseDeDatos.NAME.equals(table.name())) {
            return BaseDeDatos.csv(table, db, file);
        }
        try (java.io.Writer writer = new java.io.OutputStreamWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return CsvExport.write(table, db, writer);
        }
    }
}
