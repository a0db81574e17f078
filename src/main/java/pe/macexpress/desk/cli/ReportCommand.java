package pe.macexpress.desk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.FigureFormat;
import pe.macexpress.desk.reports.MonthlyReport;
import pe.macexpress.desk.reports.MonthlyReportData;
import pe.macexpress.desk.reports.MonthlyReportPdf;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.reports.Sheet;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.security.AuditTrail;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 14 (monthly report): {@code report --month YYYY-MM --format pdf|csv|xlsx --out FILE
 * [--language es|qu] [--prepared-by ADVISOR_ID]}: the point's monthly supervision report as a PDF to
 * print and sign, or the same figures as CSV or XLSX. The report holds no personal data (no names
 * or documents of citizens, no free texts), so no supervisor PIN is asked; the export is audited.
 *
 * <p>A month after the current one (in Peru) is refused: nothing can have been recorded yet, and a
 * typo (2062-11 for 2026-11) would otherwise give an empty report that looks like a real one. The
 * current month is allowed (a supervisor may check the month so far); the PDF then says the figures
 * run up to today.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand extends DataFolderCommand {
    static final List<String> FORMATS = List.of("pdf", "csv", "xlsx");

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
    String month;

    @Option(names = "--format", paramLabel = "pdf|csv|xlsx", defaultValue = "pdf")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--language", paramLabel = "es|qu", defaultValue = "es")
    String language;

    @Option(names = "--prepared-by", paramLabel = "ID")
    String preparedBy;

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter stdout) {
        YearMonth asked;
        try {
            asked = YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            stdout.println(DeskCommand.say(spec, "cli.report.bad.month", month.strip()));
            return PROBLEM;
        }
        YearMonth now = YearMonth.from(LocalDate.now(clock.withZone(ReportPeriod.ZONE)));
        if (asked.isAfter(now)) {
            stdout.println(DeskCommand.say(spec, "cli.report.future.month", asked.toString(), now.toString()));
            return PROBLEM;
        }
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(kind)) {
            stdout.println(DeskCommand.say(spec, "cli.report.bad.format", format.strip()));
            return PROBLEM;
        }
        String lang = language.strip().toLowerCase(Locale.ROOT);
        if (!Localization.BUNDLED.contains(lang)) {
            stdout.println(DeskCommand.say(spec, "cli.report.bad.language", language.strip(),
                    String.join(", ", Localization.BUNDLED)));
            return PROBLEM;
        }
        FigureFormat figures = new FigureFormat(parent.text(), lang);
        try (Store db = openChecked(settings, clock)) {
            String by;
            if (preparedBy == null || preparedBy.isBlank()) {
                by = AuditTrail.cliActor();
            } else {
                Optional<Advisor> advisor = db.advisors().activeAdvisors().stream()
                        .filter(a -> a.id().equalsIgnoreCase(preparedBy.strip())).findFirst();
                if (advisor.isEmpty()) {
                    stdout.println(DeskCommand.say(spec, "cli.report.unknown.advisor", preparedBy.strip()));
                    return PROBLEM;
                }
                by = figures.text("monthly.signoff.advisor", advisor.get().fullName(), advisor.get().id());
            }
            MonthlyReport report = MonthlyReport.build(db, catalogs(db, settings, clock)::current, asked);
            // The point's indicator sheet for the month: readable figures in the PDF, plain numbers in CSV/XLSX.
            Sheet indicators = pe.macexpress.desk.reports.IndicatorSheet.forReport(db, report.figures(), figures,
                    !"pdf".equals(kind));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            switch (kind) {
                case "pdf" -> MonthlyReportPdf.write(report, indicators, figures, by, clock.instant(), bytes);
                case "csv" -> MonthlyReportData.writeCsv(MonthlyReportData.sections(report, indicators, figures), bytes);
                default -> MonthlyReportData.writeXlsx(MonthlyReportData.sections(report, indicators, figures), bytes);
            }
            // Audited before anything leaves the desk: what, which month, the format and the file's name (never a person).
            db.audit().append(new AuditEvent(AuditTrail.cliActor(), AuditActions.EXPORT, "", "",
                    "report month=" + asked + " format=" + kind + " language=" + lang + " to="
                            + out.getFileName()));
            try {
                pe.macexpress.desk.reports.ReplacedFile.write(out, o -> o.write(bytes.toByteArray()));
            } catch (IOException e) {
                stdout.println(DeskCommand.say(spec, "cli.report.failed", out.toAbsolutePath()));
                return PROBLEM;
            }
            stdout.println(DeskCommand.say(spec, "cli.report.written", asked.toString(), out.toAbsolutePath()));
            return OK;
        } catch (IOException e) {
            stdout.println(DeskCommand.say(spec, "cli.report.failed", out.toAbsolutePath()));
            return PROBLEM;
        }
    }
}
