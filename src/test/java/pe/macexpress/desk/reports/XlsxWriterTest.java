package pe.macexpress.desk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/** The workbook a supervisor opens: one worksheet per sheet, numbers as numbers, texts never as formulas. */
class XlsxWriterTest {

    @Test
    void sheetsBecomeWorksheetsWithNumbersAndTextsAsTheyAre() throws Exception {
        Sheet first = new Sheet("Atenciones por entidad: noviembre/2026 [RENIEC]", List.of("entidad", "atenciones", "nota"),
                List.of(List.of("RENIEC", "12", "=HYPERLINK(\"http://x\")"),
                        List.of("Poder Judicial", "3.5", "línea uno\nlínea dos, «comillas» \"dobles\""),
                        List.of("SIS", "", "007")));
        Sheet twin = new Sheet("Atenciones por entidad: noviembre/2026 [RENIEC]", List.of("a"), List.of(List.of("x")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(4, XlsxWriter.write(List.of(first, twin), out));

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = book.getSheets().toList();
            assertEquals(2, sheets.size());
            String name = sheets.get(0).getName();
            assertTrue(name.length() <= 31 && !name.contains("/") && !name.contains(":") && !name.contains("["), name);
            assertTrue(!name.equalsIgnoreCase(sheets.get(1).getName()), "two sheets of one title get two names");
            List<Row> rows = sheets.get(0).read();
            assertEquals(4, rows.size());
            assertEquals("entidad", rows.get(0).getCellText(0));
            assertEquals(CellType.NUMBER, rows.get(1).getCell(1).getType());
            assertEquals(new BigDecimal("12"), rows.get(1).getCellAsNumber(1).orElseThrow().stripTrailingZeros());
            assertEquals(CellType.STRING, rows.get(1).getCell(2).getType(), "a text that starts with = stays text");
            assertEquals("=HYPERLINK(\"http://x\")", rows.get(1).getCellText(2));
            assertEquals("línea uno\nlínea dos, «comillas» \"dobles\"", rows.get(2).getCellText(2));
            assertEquals(CellType.STRING, rows.get(3).getCell(2).getType(), "007 is a code, not the number 7");
        }
    }
}
