package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.Store;

/** The monthly report as data: CSV that a CSV parser reads back, XLSX that fastexcel's reader opens, the same rows. */
class MonthlyReportDataTest {
    @TempDir
    Path dir;

    private MonthlyReportSamples samples;
    private List<Sheet> sections;

    @BeforeEach
    void seed() {
        try (Store store = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            samples = MonthlyReportSamples.seed(store);
            MonthlyReport report = MonthlyReport.build(store, Catalog::bundled, MonthlyReportSamples.MONTH);
            Sheet indicators = new Sheet("Ficha", List.of("Nombre", "Unidad", "Meta"),
                    List.of(List.of("Tiempo de espera, \"promedio\"\ncon salto", "minutos", "30"),
                            List.of("=SUMA(A1)", "%", "90")));
            sections = MonthlyReportData.sections(report, indicators, new FigureFormat(Localization.bundledOnly(), "es"));
        }
    }

    private static List<List<String>> all(List<Sheet> sheets) {
        return sheets.stream().flatMap(s -> s.rows().stream()).toList();
    }

    private static String value(List<List<String>> rows, String measure, String key) {
        return rows.stream().filter(r -> r.get(1).equals(measure) && r.get(2).equals(key)).map(r -> r.get(3))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + measure + "/" + key));
    }

    @Test
    void theFiguresEqualWhatTheSeededAttentionsGiveAndAMissingFigureIsEmptyNotZero() {
        List<List<String>> rows = all(sections);
        assertEquals(Integer.toString(MonthlyReportSamples.ATTENTIONS), value(rows, "attentions", ""));
        assertEquals(FigureFormat.plain(OptionalDouble.of(samples.handlingMedian())), value(rows, "handling_minutes", "median"));
        assertEquals(FigureFormat.plain(OptionalDouble.of(samples.handlingP90())), value(rows, "handling_minutes", "p90"));
        assertEquals("", value(rows, "waiting_minutes", "median"), "no arrival turns: no source, never 0");
        assertEquals("", value(rows, "days_without_sync", ""));
        assertEquals("", value(rows, "satisfaction_mean", "tr"));
        assertEquals("2", value(rows, "incidents", ""));
        // Per day, recomputed here from the saved attentions.
        Map<String, Long> perDay = samples.saved.stream().collect(Collectors.groupingBy(
                a -> a.startedAt().atZone(ReportPeriod.ZONE).toLocalDate().toString(), Collectors.counting()));
        perDay.forEach((day, n) -> assertEquals(Long.toString(n), value(rows, "attentions_per_day", day), day));
        assertEquals(MonthlyReportSamples.MONTH.lengthOfMonth(),
                rows.stream().filter(r -> r.get(1).equals("attentions_per_day")).count(), "every day of the month");
        long verified = samples.saved.stream().filter(a -> a.verification().name().startsWith("VERIFIED")).count();
        assertEquals(FigureFormat.plain(OptionalDouble.of((double) verified / MonthlyReportSamples.ATTENTIONS)),
                value(rows, "verified_by_pide", "share"));
        assertEquals(4, sections.size(), "a worksheet per section");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("incidents") && r.get(2).equals("type")
                && r.get(3).equals("aggression")));
    }

    @Test
    void theCsvRoundTripsThroughACsvParserWithItsBomAccentsQuotesAndLineBreaks() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = MonthlyReportData.writeCsv(sections, out);
        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("section,measure,key,value\r\n"), text.substring(0, 40));
        List<List<String>> read = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(text)) {
            it.forEachRemaining(read::add);
        }
        assertEquals(MonthlyReportData.COLUMNS, read.get(0));
        List<List<String>> expected = all(sections).stream()
                .map(r -> r.stream().map(CsvExport::inert).toList()).toList();
        assertEquals(expected, read.subList(1, read.size()));
        assertEquals(written, read.size() - 1);
        assertTrue(read.stream().anyMatch(r -> r.get(3).equals("Tiempo de espera, \"promedio\"\ncon salto")));
        assertTrue(read.stream().anyMatch(r -> r.get(3).equals("'=SUMA(A1)")), "a formula stays text");
        assertTrue(read.stream().anyMatch(r -> r.get(3).equals(MonthlyReportSamples.POINT_NAME)), "accents and Ñ");
    }

    @Test
    void theXlsxOpensWithTheReaderAndHasTheSameRowsOnAWorksheetPerSection() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportData.writeXlsx(sections, out);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = book.getSheets().toList();
            assertEquals(sections.size(), sheets.size());
            for (int i = 0; i < sheets.size(); i++) {
                assertEquals(sections.get(i).title(), sheets.get(i).getName());
                List<Row> rows = sheets.get(i).read();
                assertEquals(MonthlyReportData.COLUMNS, cells(rows.get(0)));
                List<List<String>> read = rows.subList(1, rows.size()).stream().map(MonthlyReportDataTest::cells).toList();
                assertEquals(sections.get(i).rows(), read, sections.get(i).title());
            }
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < MonthlyReportData.COLUMNS.size(); c++) {
            var cell = c < row.getCellCount() ? row.getCell(c) : null;
            if (cell == null || cell.getRawValue() == null) {
                out.add("");
            } else if (cell.getType() == org.dhatim.fastexcel.reader.CellType.NUMBER) {
                out.add(FigureFormat.plain(OptionalDouble.of(cell.asNumber().doubleValue())));
            } else {
                out.add(cell.getText());
            }
        }
        return out;
    }

    @Test
    void noCitizenNameDocumentNumberOrIncidentTextIsInTheData() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MonthlyReportData.writeCsv(sections, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        for (String personal : samples.personalData()) {
            assertFalse(csv.contains(personal), "personal data in the CSV");
        }
    }
}
