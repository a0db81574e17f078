package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.i18n.Localization;

/** Issue 14 (indicators): the PCM table in both languages, and the same rows as CSV and XLSX. */
class IndicatorSheetTest {
    private static final ReportPeriod NOVEMBER = ReportPeriod.month(YearMonth.of(2026, 11));

    private static PointReport report() {
        List<Satisfaction> none = new ArrayList<>();
        SurveyContent.DRIVERS.forEach(d -> none.add(new Satisfaction(d, 0, OptionalDouble.empty(), Share.of(0, 0))));
        return new PointReport(NOVEMBER, "P1", 1234, 1200, new TreeMap<>(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of("ATENDIDO", 1000L, "DERIVADO", 100L), Map.of(),
                TimeStats.NONE, TimeStats.of(new double[] {10, 12.44, 14}, 3), Share.of(617, 1234), none, 0,
                3, 0, Map.of(), 0, 0, Map.of(), 0, 0, 0, 0, 0, OptionalInt.empty());
    }

    private static List<IndicatorRow> rows() {
        return IndicatorSheet.rows(report(), Map.of());
    }

    @Test
    void theSheetHasThePcmColumnsAndOneRowPerIndicatorInBothLanguages() {
        for (String lang : List.of("es", "qu")) {
            FigureFormat f = new FigureFormat(Localization.bundledOnly(), lang);
            Sheet s = IndicatorSheet.sheet(rows(), NOVEMBER, f, false);
            assertEquals(14, s.columns().size());
            assertEquals(Indicators.all().size(), s.rows().size());
            List<String> perMonth = s.rows().get(3);
            assertEquals(f.text("indicator.attentions_per_month.name"), perMonth.get(0));
            assertEquals("1,234", perMonth.get(12), "a count with Peru's separators");
            assertEquals("2026: " + f.missing(), perMonth.get(8), "the default has no target for attentions per month");
            List<String> waiting = s.rows().get(0);
            assertEquals(f.missing(), waiting.get(12), "waiting time without arrival turns: 'sin dato', never 0");
            assertEquals(f.missing(), waiting.get(6), "no default baseline value");
            assertEquals("2026: 30", waiting.get(8));
            assertEquals("2025", waiting.get(5));
            assertEquals(f.text("indicator.verdict.no.value", "2026"), waiting.get(13));
            assertEquals("12.4", s.rows().get(2).get(12), "handling median 12.44 shown with one decimal");
            assertEquals(f.text("indicator.verdict.meets", "2026"), s.rows().get(2).get(13), "12.4 min within the default 20");
        }
        Localization l = Localization.bundledOnly();
        assertFalse(l.text("es", "indicator.sheet.title").equals(l.text("qu", "indicator.sheet.title")));
    }

    @Test
    void theCsvAndTheXlsxCarryTheSameRowsWithPlainNumbers() throws Exception {
        FigureFormat f = new FigureFormat(Localization.bundledOnly(), "es");
        Sheet s = IndicatorSheet.sheet(rows(), NOVEMBER, f, true);
        assertEquals("1234", s.rows().get(3).get(12));
        assertEquals("12.4", s.rows().get(2).get(12));
        assertEquals("50", s.rows().get(9).get(12), "617 of 1234 verified");
        assertEquals("30", s.rows().get(0).get(8));

        StringWriter csv = new StringWriter();
        IndicatorSheet.writeCsv(s, csv);
        assertTrue(csv.toString().contains("\r\n"), "RFC 4180 line ends");
        List<List<String>> parsed = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerFor(List.class).readValues(csv.toString())) {
            it.forEachRemaining(parsed::add);
        }
        assertEquals(s.columns(), parsed.get(0));
        assertEquals(s.rows(), parsed.subList(1, parsed.size()));

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        IndicatorSheet.writeXlsx(s, xlsx);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            List<Row> read = book.getFirstSheet().read();
            assertEquals(s.rows().size() + 1, read.size());
            for (int r = 0; r < s.rows().size(); r++) {
                for (int c = 0; c < s.columns().size(); c++) {
                    String want = s.rows().get(r).get(c);
                    org.dhatim.fastexcel.reader.Cell cell = read.get(r + 1).getCell(c);
                    String got = cell == null ? "" : cell.getText();
                    if (want.matches("-?\\d+(\\.\\d+)?")) {
                        assertEquals(Double.parseDouble(want), Double.parseDouble(got), 1e-9, "row " + r + " col " + c);
                    } else {
                        assertEquals(want, got, "row " + r + " col " + c);
                    }
                }
            }
        }
    }

    @Test
    void theVerdictUsesTheTargetOfThePeriodsYearAndItsDirection() {
        IndicatorDefinition handling = Indicators.find("handling_time").orElseThrow(); // lower is better
        IndicatorTargets t = IndicatorTargets.parse(handling.unit(), "2025", "20", List.of("15", "12", "10", "8")).targets();
        assertEquals(IndicatorRow.Verdict.MEETS, IndicatorRow.of(handling, t, 2026, OptionalDouble.of(15)).verdict());
        assertEquals(IndicatorRow.Verdict.MISSES, IndicatorRow.of(handling, t, 2027, OptionalDouble.of(15)).verdict());
        assertEquals(IndicatorRow.Verdict.NO_TARGET, IndicatorRow.of(handling, t, 2031, OptionalDouble.of(1)).verdict());
        IndicatorDefinition pide = Indicators.find("pide_verified").orElseThrow(); // higher is better
        IndicatorTargets p = IndicatorTargets.parse(pide.unit(), "2025", "80", List.of("90", "92", "95", "95")).targets();
        assertEquals(IndicatorRow.Verdict.MEETS, IndicatorRow.of(pide, p, 2026, OptionalDouble.of(91)).verdict());
        assertEquals(IndicatorRow.Verdict.MISSES, IndicatorRow.of(pide, p, 2026, OptionalDouble.of(89.9)).verdict());
    }
}
