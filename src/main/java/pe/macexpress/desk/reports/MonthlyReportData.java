package pe.macexpress.desk.reports;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import pe.macexpress.desk.store.ReportStore;

/**
 * Issue 14 (monthly report): the monthly report as data, for a spreadsheet. Every section is a
 * table of {@code section, measure, key, value}: stable codes in the first three columns (entity id,
 * day, outcome, channel, driver…) and a plain number in the last ({@link FigureFormat#plain}), empty
 * when the figure has no source ("sin dato" is never a zero). CSV is one file with all sections
 * (UTF-8 with a BOM so Excel reads the accents); XLSX has one worksheet per section, titled in the
 * reader's language.
 */
public final class MonthlyReportData {
    /** The columns of every section. */
    public static final List<String> COLUMNS = List.of("section", "measure", "key", "value");
    public static final String SUMMARY = "summary";
    public static final String CHARTS = "charts";
    public static final String INDICATORS = "indicators";
    public static final String INCIDENTS = "incidents";

    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS).build();

    private MonthlyReportData() {
    }

    /** The four sections as sheets, in the PDF's order; {@code indicators} may be null (then that section is empty). */
    public static List<Sheet> sections(MonthlyReport r, Sheet indicators, FigureFormat f) {
        PointReport p = r.figures();
        List<List<String>> summary = new ArrayList<>();
        add(summary, SUMMARY, "point_id", "", p.pointId());
        add(summary, SUMMARY, "point_name", "", r.point().map(x -> x.name()).orElse(""));
        add(summary, SUMMARY, "point_type", "", r.point().map(x -> x.type().name()).orElse(""));
        add(summary, SUMMARY, "ubigeo", "", r.point().map(x -> x.ubigeo() == null ? "" : x.ubigeo()).orElse(""));
        add(summary, SUMMARY, "month", "", r.month().toString());
        add(summary, SUMMARY, "attentions", "", FigureFormat.plain(p.attentions()));
        add(summary, SUMMARY, "visits", "", FigureFormat.plain(p.visits()));
        add(summary, SUMMARY, "waiting_minutes", "median", FigureFormat.plain(p.waiting().median()));
        add(summary, SUMMARY, "waiting_minutes", "p90", FigureFormat.plain(p.waiting().p90()));
        add(summary, SUMMARY, "handling_minutes", "median", FigureFormat.plain(p.handling().median()));
        add(summary, SUMMARY, "handling_minutes", "p90", FigureFormat.plain(p.handling().p90()));
        add(summary, SUMMARY, "verified_by_pide", "share", FigureFormat.plain(p.verifiedByPide().ratio()));
        add(summary, SUMMARY, "orientations", "", FigureFormat.plain(p.orientations()));
        add(summary, SUMMARY, "unmet_demand", "", FigureFormat.plain(p.unmetTotal()));
        add(summary, SUMMARY, "surveys", "", FigureFormat.plain(p.surveys()));
        add(summary, SUMMARY, "complaints", "", FigureFormat.plain(p.complaints()));
        add(summary, SUMMARY, "complaints_overdue", "", FigureFormat.plain(p.complaintsOverdue()));
        add(summary, SUMMARY, "incidents", "", FigureFormat.plain(p.incidentTotal()));
        add(summary, SUMMARY, "incidents_serious", "", FigureFormat.plain(p.seriousIncidents()));
        add(summary, SUMMARY, "cases_open", "", FigureFormat.plain(p.openCases()));
        add(summary, SUMMARY, "cases_overdue", "", FigureFormat.plain(p.overdueCases()));
        add(summary, SUMMARY, "days_without_sync", "", p.daysWithoutSync().isPresent()
                ? FigureFormat.plain(p.daysWithoutSync().getAsInt()) : "");
        for (Satisfaction s : p.satisfaction()) {
            add(summary, SUMMARY, "satisfaction_answered", s.driver(), FigureFormat.plain(s.answered()));
            add(summary, SUMMARY, "satisfaction_mean", s.driver(), FigureFormat.plain(s.mean()));
            add(summary, SUMMARY, "satisfaction_share", s.driver(), FigureFormat.plain(s.satisfied().ratio()));
        }

        List<List<String>> charts = new ArrayList<>();
        counts(charts, "attentions_by_entity", p.byEntity());
        p.perDay().forEach((day, n) -> add(charts, CHARTS, "attentions_per_day", day.toString(), FigureFormat.plain(n)));
        counts(charts, "attentions_by_outcome", p.byOutcome());
        counts(charts, "attentions_by_channel", p.byChannel());
        counts(charts, "attentions_by_kind", p.byKind());
        counts(charts, "attentions_by_language", p.byLanguage());
        counts(charts, "attentions_by_procedure", p.byProcedure());
        counts(charts, "unmet_by_entity", p.unmetDemand());

        List<List<String>> sheet = new ArrayList<>();
        if (indicators != null) {
            for (int i = 0; i < indicators.rows().size(); i++) {
                List<String> row = indicators.rows().get(i);
                for (int c = 0; c < indicators.columns().size(); c++) {
                    add(sheet, INDICATORS, Integer.toString(i + 1), indicators.columns().get(c), row.get(c));
                }
            }
        }

        List<List<String>> incidents = new ArrayList<>();
        int n = 0;
        for (ReportStore.IncidentRow i : r.incidents()) {
            String measure = Integer.toString(++n);
            add(incidents, INCIDENTS, measure, "type", i.type());
            add(incidents, INCIDENTS, measure, "severity", i.severity());
            add(incidents, INCIDENTS, measure, "serious", i.serious() ? "1" : "0");
            add(incidents, INCIDENTS, measure, "occurred_at", Instant.ofEpochMilli(i.occurredAt())
                    .atZone(ReportPeriod.ZONE).toOffsetDateTime().toString());
            add(incidents, INCIDENTS, measure, "notified", i.notified() ? "1" : "0");
            add(incidents, INCIDENTS, measure, "closed", i.closed() ? "1" : "0");
        }
        return List.of(new Sheet(f.text("monthly.section.figures"), COLUMNS, summary),
                new Sheet(f.text("monthly.section.charts"), COLUMNS, charts),
                new Sheet(f.text("monthly.section.indicators"), COLUMNS, sheet),
                new Sheet(f.text("monthly.section.incidents"), COLUMNS, incidents));
    }

    private static void counts(List<List<String>> rows, String measure, Map<String, Long> counts) {
        counts.forEach((k, v) -> add(rows, CHARTS, measure, k, FigureFormat.plain(v)));
    }

    private static void add(List<List<String>> rows, String section, String measure, String key, String value) {
        rows.add(List.of(section, measure, key == null ? "" : key, value == null ? "" : value));
    }

    /** All sections in one CSV (RFC 4180, CRLF, UTF-8 with a BOM); returns the rows written, the header not counted. */
    public static long writeCsv(List<Sheet> sections, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        COLUMNS.forEach(schema::addColumn);
        long count = 0;
        try (SequenceWriter rows = MAPPER.writerFor(List.class).with(schema.build()).writeValues(w)) {
            for (Sheet s : sections) {
                for (List<String> row : s.rows()) {
                    rows.write(row.stream().map(CsvExport::inert).toList());
                    count++;
                }
            }
        }
        return count;
    }

    /** One worksheet per section; returns the rows written. */
    public static long writeXlsx(List<Sheet> sections, OutputStream out) throws IOException {
        return XlsxWriter.write(sections, out);
    }
}
