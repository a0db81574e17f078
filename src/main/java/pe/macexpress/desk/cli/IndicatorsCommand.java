package pe.macexpress.desk.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.reports.FigureFormat;
import pe.macexpress.desk.reports.IndicatorConfig;
import pe.macexpress.desk.reports.IndicatorDefinition;
import pe.macexpress.desk.reports.IndicatorSheet;
import pe.macexpress.desk.reports.IndicatorTargets;
import pe.macexpress.desk.reports.Indicators;
import pe.macexpress.desk.reports.ReportPeriod;
import pe.macexpress.desk.reports.Sheet;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 14 (indicators): {@code indicators [--month YYYY-MM | --from D --to D] [--format text|csv|xlsx]
 * [--out FILE] [--language es|qu]} prints or writes the point's indicator sheet for the period (the
 * current month by default); {@code indicators --set ID --baseline-year Y --baseline V --targets
 * V1,V2,V3,V4 --supervisor ID} changes one indicator's baseline and targets with a supervisor's own PIN
 * (read from the console or standard input), audited by the gate.
 */
@Command(name = "indicators", mixinStandardHelpOptions = true)
final class IndicatorsCommand extends DataFolderCommand {
    @Option(names = "--month", paramLabel = "YYYY-MM")
    String month;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    String to;

    @Option(names = "--format", paramLabel = "text|csv|xlsx", defaultValue = "text")
    String format;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--language", paramLabel = "es|qu")
    String language;

    @Option(names = "--set", paramLabel = "ID")
    String set;

    @Option(names = "--baseline-year", paramLabel = "YYYY")
    String baselineYear;

    @Option(names = "--baseline", paramLabel = "V")
    String baseline;

    @Option(names = "--targets", paramLabel = "V1,V2,V3,V4")
    String targets;

    @picocli.CommandLine.Mixin
    SupervisorCheck supervisor = new SupervisorCheck();

    @Override
    int run(DeskSettings settings, Clock clock, PrintWriter stdout) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return sheetOrSet(settings, clock, stdout, err);
        } finally {
            err.flush();
        }
    }

    private int sheetOrSet(DeskSettings settings, Clock clock, PrintWriter stdout, PrintWriter err) {
        if (set != null) {
            return set(settings, clock, stdout, err);
        }
        Optional<ReportPeriod> period = period(clock);
        if (period.isEmpty()) {
            err.println(DeskCommand.say(spec, "cli.indicators.bad.period"));
            return PROBLEM;
        }
        String kind = format.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "xlsx").contains(kind) || "xlsx".equals(kind) && out == null) {
            err.println(DeskCommand.say(spec, "cli.indicators.bad.format", format.strip()));
            return PROBLEM;
        }
        String lang = language == null ? DeskCommand.language(spec) : language.strip().toLowerCase(Locale.ROOT);
        if (!Localization.BUNDLED.contains(lang)) {
            err.println(DeskCommand.say(spec, "cli.indicators.bad.language", language.strip()));
            return PROBLEM;
        }
        FigureFormat figures = new FigureFormat(parent.text(), lang);
        Sheet sheet;
        try (Store db = openChecked(settings, clock)) {
            var catalog = catalogs(db, settings, clock).current();
            var rows = IndicatorSheet.rows(db, () -> catalog, period.get());
            sheet = IndicatorSheet.sheet(rows, period.get(), figures, !"text".equals(kind));
        }
        try {
            if ("xlsx".equals(kind)) {
                try (OutputStream file = Files.newOutputStream(out)) {
                    IndicatorSheet.writeXlsx(sheet, file);
                }
            } else {
                StringWriter text = new StringWriter();
                if ("csv".equals(kind)) {
                    IndicatorSheet.writeCsv(sheet, text);
                } else {
                    text.write(asText(sheet));
                }
                if (out == null) {
                    stdout.print(text);
                    stdout.flush();
                    return OK;
                }
                try (Writer file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                    file.write(text.toString());
                }
            }
            stdout.println(DeskCommand.say(spec, "cli.indicators.written", out.toAbsolutePath()));
            return OK;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(DeskCommand.say(spec, "cli.indicators.failed", out == null ? "stdout" : out.toAbsolutePath()));
            return PROBLEM;
        }
    }

    private int set(DeskSettings settings, Clock clock, PrintWriter stdout, PrintWriter err) {
        Optional<IndicatorDefinition> indicator = Indicators.find(set.strip());
        if (indicator.isEmpty()) {
            err.println(DeskCommand.say(spec, "indicator.error.unknown", set.strip(),
                    Indicators.all().stream().map(IndicatorDefinition::id).collect(Collectors.joining(", "))));
            return PROBLEM;
        }
        if (baselineYear == null || baseline == null || targets == null) {
            err.println(DeskCommand.say(spec, "cli.indicators.bad.set"));
            return PROBLEM;
        }
        IndicatorTargets.Parsed parsed = IndicatorTargets.parse(indicator.get().unit(), baselineYear, baseline,
                Arrays.stream(targets.split(",", -1)).map(String::strip).toList());
        if (!parsed.ok()) {
            err.println(DeskCommand.say(spec, parsed.errorKey(), parsed.errorArgs().toArray()));
            return PROBLEM;
        }
        String id = indicator.get().id();
        try (Store db = openChecked(settings, clock)) {
            if (!supervisor.authorize(db, settings, clock, SupervisorGate.Action.INDICATOR_TARGETS,
                    IndicatorConfig.auditDetail(id, parsed.targets()), spec, err)) {
                return PROBLEM;
            }
            new IndicatorConfig(db).save(id, parsed.targets());
        }
        stdout.println(DeskCommand.say(spec, "cli.indicators.saved", id));
        return OK;
    }

    /** The period asked for: a month, a range, or the current month in Peru. */
    private Optional<ReportPeriod> period(Clock clock) {
        try {
            if (month != null && from == null && to == null) {
                return Optional.of(ReportPeriod.month(YearMonth.parse(month.strip())));
            }
            if (month == null && from != null && to != null) {
                return Optional.of(ReportPeriod.range(LocalDate.parse(from.strip()), LocalDate.parse(to.strip())));
            }
            if (month == null && from == null && to == null) {
                return Optional.of(ReportPeriod.month(YearMonth.from(clock.instant().atZone(ReportPeriod.ZONE))));
            }
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** One block per indicator: "column: cell" lines under the sheet's title. */
    private static String asText(Sheet sheet) {
        StringBuilder sb = new StringBuilder(sheet.title()).append(System.lineSeparator());
        for (List<String> row : sheet.rows()) {
            sb.append(System.lineSeparator()).append(row.get(0)).append(System.lineSeparator());
            for (int c = 1; c < row.size(); c++) {
                sb.append("  ").append(sheet.columns().get(c)).append(": ").append(row.get(c))
                        .append(System.lineSeparator());
            }
        }
        return sb.toString();
    }
}
