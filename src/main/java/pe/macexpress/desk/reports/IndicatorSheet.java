package pe.macexpress.desk.reports;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.store.Store;

/**
 * Issue 14 (indicators): PCM's indicator sheet for one point and one period — one row per indicator
 * with name, scope of measurement, scope of control, unit, frequency, baseline year and value, means
 * of verification, the four yearly targets, the period's value and whether it meets the target of
 * the period's year. One call for the PDF and the reports screen:
 * {@link #forPeriod(Store, Supplier, ReportPeriod, FigureFormat)}; typed rows: {@link #rows}. Never
 * on the FX thread (it reads the store).
 */
public final class IndicatorSheet {
    /** Columns of the sheet, in order (the header's message keys). */
    public static final List<String> COLUMN_KEYS = List.of("indicator.column.name", "indicator.column.measurement",
            "indicator.column.control", "indicator.column.unit", "indicator.column.frequency",
            "indicator.column.baseline.year", "indicator.column.baseline", "indicator.column.source",
            "indicator.column.target", "indicator.column.target", "indicator.column.target", "indicator.column.target",
            "indicator.column.value", "indicator.column.meets");

    private IndicatorSheet() {
    }

    /** The typed rows of {@code period}: the point's report and its baselines and targets. */
    public static List<IndicatorRow> rows(Store store, Supplier<Catalog> catalog, ReportPeriod period) {
        return rows(new ReportBuilder(store, catalog).build(period), new IndicatorConfig(store).current());
    }

    /** The typed rows of an already built report (the PDF builds it once for all its sections). */
    public static List<IndicatorRow> rows(PointReport report, Map<String, IndicatorTargets> targets) {
        int year = report.period().last().getYear();
        List<IndicatorRow> rows = new ArrayList<>();
        for (IndicatorDefinition d : Indicators.all()) {
            rows.add(IndicatorRow.of(d, targets.getOrDefault(d.id(), d.defaults()), year, Indicators.value(d, report)));
        }
        return List.copyOf(rows);
    }

    /**
     * The sheet of a report already built (the monthly report's section): the point's baselines and
     * targets as configured, {@code plain} for CSV/XLSX. Never on the FX thread.
     */
    public static Sheet forReport(Store store, PointReport report, FigureFormat format, boolean plain) {
        return sheet(rows(report, new IndicatorConfig(store).current()), report.period(), format, plain);
    }

    /** The sheet of {@code period} as people read it (figures like 1,234.5; "sin dato" where missing). */
    public static Sheet forPeriod(Store store, Supplier<Catalog> catalog, ReportPeriod period, FigureFormat format) {
        return sheet(rows(store, catalog, period), period, format, false);
    }

    /**
     * The sheet of {@code rows}: {@code plain} writes numbers as a spreadsheet reads them (CSV/XLSX:
     * 1234.5), otherwise as people read them. A missing figure is "sin dato" either way, never 0.
     */
    public static Sheet sheet(List<IndicatorRow> rows, ReportPeriod period, FigureFormat f, boolean plain) {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < COLUMN_KEYS.size(); i++) {
            String key = COLUMN_KEYS.get(i);
            columns.add(i >= 8 && i < 12 ? f.text(key, String.valueOf(i - 7))
                    : key.equals("indicator.column.value") ? f.text(key, period.first().toString(), period.last().toString())
                    : key.equals("indicator.column.meets") ? f.text(key, String.valueOf(period.last().getYear()))
                    : f.text(key));
        }
        List<List<String>> cells = new ArrayList<>();
        for (IndicatorRow r : rows) {
            IndicatorDefinition d = r.indicator();
            IndicatorTargets t = r.targets();
            List<String> row = new ArrayList<>(List.of(f.text(d.nameKey()), f.text(d.measurement().messageKey()),
                    f.text(d.control().messageKey()), f.text(d.unitKey()) + " (" + f.text(d.direction().messageKey()) + ")",
                    f.text(d.frequency().messageKey()), Integer.toString(t.baselineYear()),
                    figure(t.baseline(), f, plain), f.text(d.sourceKey())));
            for (int i = 0; i < IndicatorTargets.YEARS; i++) {
                String v = figure(t.targets().get(i), f, plain);
                row.add(plain ? v : f.text("indicator.target.cell", String.valueOf(t.targetYear(i)), v));
            }
            row.add(figure(r.value(), f, plain));
            row.add(f.text(r.verdict().messageKey(), String.valueOf(r.year())));
            cells.add(row);
        }
        return new Sheet(f.text("indicator.sheet.title"), columns, cells);
    }

    /** A figure of the sheet; "sin dato" when missing. */
    public static String figure(OptionalDouble v, FigureFormat f, boolean plain) {
        if (v.isEmpty()) {
            return f.missing();
        }
        if (plain) {
            return FigureFormat.plain(OptionalDouble.of(Math.round(v.getAsDouble() * 10) / 10.0));
        }
        double x = v.getAsDouble();
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? f.count((long) x) : f.decimal(v);
    }

    /** The sheet as CSV (RFC 4180, CRLF, header line; cells a spreadsheet would run are made inert). */
    public static void writeCsv(Sheet sheet, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        sheet.columns().forEach(schema::addColumn);
        CsvMapper mapper = CsvMapper.builder().enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS).build();
        try (SequenceWriter rows = mapper.writerFor(List.class).with(schema.build()).writeValues(out)) {
            for (List<String> row : sheet.rows()) {
                rows.write(row.stream().map(CsvExport::inert).toList());
            }
        }
    }

    /** The sheet as a one-worksheet XLSX workbook. */
    public static void writeXlsx(Sheet sheet, OutputStream out) throws IOException {
        XlsxWriter.write(List.of(sheet), out);
    }
}
