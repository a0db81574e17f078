package pe.macexpress.desk.reports;

import java.util.List;
import java.util.Objects;

/**
 * A table of text cells with a title, already in the reader's language: what a report hands to
 * CSV, to XLSX (one worksheet per sheet) and to the PDF. Numbers are cells too, written the way
 * {@link XlsxWriter} recognises them ({@code 12}, {@code 3.5}) so a spreadsheet can sum them.
 */
public record Sheet(String title, List<String> columns, List<List<String>> rows) {
    public Sheet {
        Objects.requireNonNull(title);
        List<String> header = List.copyOf(columns);
        columns = header;
        rows = rows.stream().map(r -> {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + r.size() + " cells for " + header.size()
                        + " columns");
            }
            return List.copyOf(r.stream().map(c -> c == null ? "" : c).toList());
        }).toList();
    }
}
