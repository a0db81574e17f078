package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;

/** The point's base de datos as CSV and XLSX, read back with real parsers, over a seeded month. */
public class BaseDeDatosTest {
    @TempDir
    Path dir;
    Store db;
    BaseDeDatosSamples seeded;

    @BeforeEach
    void seed() {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-01T12:00:00Z"));
        db = Store.open(dir.resolve("desk.db"), clock);
        seeded = BaseDeDatosSamples.seed(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    byte[] export(BaseDeDatos.Format format, boolean personal) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = BaseDeDatos.write(db, seeded.catalog, BaseDeDatosSamples.PERIOD, format, personal, out);
        assertEquals(seeded.inPeriod.size() + 4, rows, "attentions of the month, 2 orientations, 2 unmet requests");
        return out.toByteArray();
    }

    /** The CSV's rows as maps column -> cell, through Jackson's CSV reader (header line first). */
    public static List<Map<String, String>> parseCsv(byte[] csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        InputStream in = new ByteArrayInputStream(csv, 3, csv.length - 3);
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(in)) {
            while (it.hasNext()) {
                lines.add(it.next());
            }
        }
        List<String> header = lines.get(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            assertEquals(header.size(), line.size(), "every row has every column");
            Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), line.get(i));
            }
            rows.add(row);
        }
        return rows;
    }

    public static List<String> csvHeader(byte[] csv) {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return Arrays.asList(text.substring(0, text.indexOf("\r\n")).split(","));
    }

    @Test
    void theCsvRoundTripsThroughACsvParserWithAccentsCommasQuotesAndLineBreaks() throws IOException {
        byte[] csv = export(BaseDeDatos.Format.CSV, false);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3),
                "UTF-8 with a byte order mark, so Excel reads the accents");
        assertEquals(BaseDeDatos.COLUMNS, csvHeader(csv));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n") && !text.replace("\r\n", "").replace("\n", "").contains("\r"),
                "records end with CRLF");
        List<Map<String, String>> rows = parseCsv(csv);
        assertEquals(seeded.inPeriod.size() + 4, rows.size());
        for (Map<String, String> row : rows) {
            assertEquals(BaseDeDatosSamples.POINT.name(), row.get("point_name"), "quotes, comma, Ñ and a line break");
            assertEquals("tambo", row.get("point_type"));
        }
        Map<String, String> first = rows.stream().filter(r -> r.get("visit_id").equals(seeded.first.visitId().toString())
                && r.get("record_type").equals(BaseDeDatos.ATTENTION)).findFirst().orElseThrow();
        assertEquals(BaseDeDatosSamples.ODD_NAME, first.get("procedure"));
        assertEquals("2026-11-02", first.get("date"));
        assertEquals("09:12:00", first.get("time"), "Lima's clock");
        assertEquals("12", first.get("wait_minutes"));
        assertEquals("trámite", first.get("attention_type"));
        assertEquals("RENIEC", first.get("entity_id"));
        Map<String, String> gone = rows.stream()
                .filter(r -> r.get("procedure_id").equals(BaseDeDatosSamples.GONE_PROCEDURE)).findFirst().orElseThrow();
        assertEquals(BaseDeDatosSamples.GONE_PROCEDURE, gone.get("procedure"), "an unknown procedure shows its id");
        assertEquals("", gone.get("entity_id"));
        assertEquals("", gone.get("attention_type"));
        assertEquals("", gone.get("wait_minutes"), "no arrival turn: no waiting time, not 0");
        assertEquals("ay", gone.get("language"));
        Map<String, String> spokenQuechua = rows.stream()
                .filter(r -> r.get("date").equals("2026-11-05") && r.get("time").equals("08:45:00")).findFirst().orElseThrow();
        assertEquals("qu", spokenQuechua.get("language"), "the citizen's language, not the advisor's screen's");
        assertEquals("45", spokenQuechua.get("wait_minutes"));
        List<String> types = rows.stream().map(r -> r.get("record_type")).distinct().sorted().toList();
        assertEquals(List.of("attention", "orientation", "unmet"), types);
        assertTrue(rows.stream().filter(r -> r.get("record_type").equals("unmet"))
                .allMatch(r -> r.get("attention_type").equals("demanda no atendida")));
        assertTrue(rows.stream().allMatch(r -> r.get("origin").isEmpty() && r.get("sex").isEmpty()
                && r.get("age_group").isEmpty()), "fields the desk does not ask are blank, never 0 or N/A");
        long minors = seeded.inPeriod.stream()
                .filter(a -> a.verification() == pe.macexpress.desk.core.VerificationState.VERIFIED_MINOR).count();
        assertTrue(minors > 0);
        assertEquals(Map.of("sí", minors, "", rows.size() - minors), rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("minor"), Collectors.counting())),
                "minor only where PIDE said VERIFIED_MINOR");
        List<String> ordered = rows.stream().map(r -> r.get("date") + " " + r.get("time")).toList();
        assertEquals(ordered.stream().sorted().toList(), ordered, "oldest first");
    }

    @Test
    void theXlsxOpensWithFastexcelAndHasTheSameRowsAndValuesAsTheCsv() throws IOException {
        List<Map<String, String>> csv = parseCsv(export(BaseDeDatos.Format.CSV, false));
        List<List<String>> xlsx = new ArrayList<>();
        boolean[] numbers = {false};
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(export(BaseDeDatos.Format.XLSX, false)))) {
            assertEquals("base", book.getFirstSheet().getName());
            List<Row> rows = book.getFirstSheet().read();
            for (Row row : rows) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < BaseDeDatos.COLUMNS.size(); c++) {
                    Cell cell = c < row.getCellCount() ? row.getCell(c) : null;
                    if (cell == null || cell.getType() == CellType.EMPTY) {
                        cells.add("");
                    } else if (cell.getType() == CellType.NUMBER) {
                        if (row.getRowNum() > 1 && c == BaseDeDatos.COLUMNS.indexOf("handling_minutes")) {
                            numbers[0] = true;
                        }
                        cells.add(plain(cell.asNumber()));
                    } else {
                        cells.add(cell.getText());
                    }
                }
                xlsx.add(cells);
            }
        }
        assertTrue(numbers[0], "minutes are numbers a spreadsheet can sum");
        int version = BaseDeDatos.COLUMNS.indexOf("catalog_version");
        assertTrue(xlsx.stream().skip(1).filter(r -> !r.get(version).isEmpty())
                .allMatch(r -> r.get(version).equals(BaseDeDatosSamples.CATALOG_VERSION)), "2026.10 stays text, not 2026.1");
        assertEquals(BaseDeDatos.COLUMNS, xlsx.get(0));
        assertEquals(csv.size(), xlsx.size() - 1);
        for (int i = 0; i < csv.size(); i++) {
            assertEquals(new ArrayList<>(csv.get(i).values()), xlsx.get(i + 1), "row " + (i + 1));
        }
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    @Test
    void withoutExplicitPermissionNoNameAndNoDocumentNumberLeave() throws IOException {
        byte[] csv = export(BaseDeDatos.Format.CSV, false);
        String text = new String(csv, StandardCharsets.UTF_8);
        String xlsx = allCells(export(BaseDeDatos.Format.XLSX, false));
        for (String secret : concat(BaseDeDatosSamples.NAMES, BaseDeDatosSamples.NUMBERS)) {
            assertFalse(text.contains(secret), "the CSV carries a seeded name or number");
            assertFalse(xlsx.contains(secret), "the XLSX carries a seeded name or number");
        }
        // the seeded names do appear (proof the search above can find them) when a supervisor asks
        String personal = new String(export(BaseDeDatos.Format.CSV, true), StandardCharsets.UTF_8);
        assertTrue(personal.contains(BaseDeDatosSamples.NAMES.get(0)) && personal.contains(BaseDeDatosSamples.NUMBERS.get(0)));
    }

    @Test
    void withPermissionDocumentAndNamesAreAddedAndAPurgedRowStaysBlank() throws IOException {
        byte[] csv = export(BaseDeDatos.Format.CSV, true);
        assertEquals(BaseDeDatos.columns(true), csvHeader(csv));
        List<Map<String, String>> rows = parseCsv(csv);
        Map<String, String> first = rows.stream().filter(r -> r.get("visit_id").equals(seeded.first.visitId().toString())
                && r.get("record_type").equals(BaseDeDatos.ATTENTION)).findFirst().orElseThrow();
        assertEquals("DNI", first.get("document_type"));
        assertEquals(BaseDeDatosSamples.NUMBERS.get(0), first.get("document_number"));
        assertEquals(BaseDeDatosSamples.NAMES.get(0), first.get("names"));
        Map<String, String> purged = rows.stream()
                .filter(r -> r.get("visit_id").equals(seeded.purged.visitId().toString())).findFirst().orElseThrow();
        assertEquals("", purged.get("document_number"), "retention blanked it: it stays blank");
        assertEquals("", purged.get("names"));
        assertEquals("17", purged.get("handling_minutes").split("\\.")[0], "the counts of a purged row remain");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertFalse(text.contains(BaseDeDatosSamples.PURGED_NAME) || text.contains(BaseDeDatosSamples.PURGED_NUMBER));
        assertTrue(rows.stream().filter(r -> !r.get("record_type").equals(BaseDeDatos.ATTENTION))
                .allMatch(r -> r.get("names").isEmpty() && r.get("document_number").isEmpty()));
    }

    @Test
    void regionAndProvinceComeFromThePointsUbigeo() throws IOException {
        for (Map<String, String> row : parseCsv(export(BaseDeDatos.Format.CSV, false))) {
            assertEquals("160101", row.get("ubigeo"));
            assertEquals("Loreto", row.get("region"));
            assertEquals("Maynas", row.get("province"));
        }
    }

    public static String allCells(byte[] xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : book.getFirstSheet().read()) {
                for (Cell cell : row) {
                    if (cell != null) {
                        sb.append(cell.getType() == CellType.NUMBER ? plain(cell.asNumber()) : cell.getText()).append('\u0001');
                    }
                }
            }
        }
        return sb.toString();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
