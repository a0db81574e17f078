package pe.macexpress.desk.reports;

import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import pe.macexpress.desk.store.Store;

/**
 * Writes an {@link ExportTable} as CSV (RFC 4180: comma, CRLF, quotes where needed) with a header
 * line, through Jackson's CSV module rather than by hand: free texts carry commas, quotes and new
 * lines. Cells that a spreadsheet would run as a formula (starting with =, +, - or @) are prefixed
 * with an apostrophe: a complaint's text must never execute in the supervisor's Excel.
 */
public final class CsvExport {
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.ALWAYS_QUOTE_EMPTY_STRINGS).build();

    private CsvExport() {
    }

    /** Returns the number of rows written (the header not counted). */
    public static long write(ExportTable table, Store store, Writer out) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        table.columns().forEach(schema::addColumn);
        long[] count = {0};
        try (SequenceWriter rows = MAPPER.writerFor(List.class).with(schema.build()).writeValues(out)) {
            table.rows(store, row -> {
                if (row.size() != table.columns().size()) {
                    throw new IllegalStateException(table.name() + ": a row of " + row.size() + " cells for "
                            + table.columns().size() + " columns");
                }
                try {
                    rows.write(row.stream().map(CsvExport::inert).toList());
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    /** A cell as text a spreadsheet shows and never evaluates. */
    static String inert(String cell) {
        if (cell == null) {
            return "";
        }
        boolean number = cell.matches("-?\\d+(\\.\\d+)?");
        return !number && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
