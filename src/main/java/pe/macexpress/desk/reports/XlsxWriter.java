package pe.macexpress.desk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes sheets as one XLSX workbook through fastexcel (streamed: a year of attentions never sits
 * in memory as cells). The first row of each worksheet is its header, in bold and frozen; cells
 * that look like plain numbers are written as numbers, everything else as text (never as a
 * formula: a citizen's text that starts with "=" stays text).
 */
public final class XlsxWriter {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,6})?");
    /** Excel's limit on a worksheet's name, and the characters it refuses in one. */
    private static final int NAME_MAX = 31;
    private static final Pattern NAME_BANNED = Pattern.compile("[\\[\\]:*?/\\\\]");
    /** Excel's rows per worksheet; longer tables continue on a next worksheet. */
    static final int MAX_ROWS = 1_048_575;

    private XlsxWriter() {
    }

    /** One workbook with a worksheet per sheet, in order; returns the number of data rows written. */
    public static long write(List<Sheet> sheets, OutputStream out) throws IOException {
        try (Streaming book = new Streaming(out)) {
            long rows = 0;
            for (Sheet s : sheets) {
                Streaming.Table t = book.table(s.title(), s.columns());
                for (List<String> row : s.rows()) {
                    t.row(row);
                }
                rows += s.rows().size();
            }
            return rows;
        }
    }

    /** A workbook written table by table and row by row (for exports too long to hold as a {@link Sheet}). */
    public static final class Streaming implements AutoCloseable {
        private final Workbook book;
        private final Set<String> names = new HashSet<>();

        public Streaming(OutputStream out) {
            this.book = new Workbook(out, "MAC Express Desk", "1.0");
        }

        /** A new worksheet titled {@code title} (shortened and made unique as Excel needs) with its header row. */
        public Table table(String title, List<String> columns) {
            return new Table(title, columns, null);
        }

        /**
         * Issue 14 (export): as {@link #table(String, List)}, but only the columns named in {@code numeric}
         * may hold numbers; every other cell is text even when it looks like a number (a ubigeo, a
         * catalogue version "2026.10", a document number keep their exact characters).
         */
        public Table table(String title, List<String> columns, Set<String> numeric) {
            return new Table(title, columns, Set.copyOf(numeric));
        }

        @Override
        public void close() throws IOException {
            book.finish();
        }

        private Worksheet sheet(String title, int part) {
            String base = NAME_BANNED.matcher(title).replaceAll(" ").strip();
            if (base.isEmpty()) {
                base = "Hoja";
            }
            String suffix = part == 0 ? "" : " " + (part + 1);
            String name = cut(base, NAME_MAX - suffix.length()) + suffix;
            for (int i = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
                String n = " (" + i + ")";
                name = cut(base, NAME_MAX - n.length()) + n;
            }
            return book.newWorksheet(name);
        }

        private static String cut(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max).strip();
        }

        /** One worksheet being written. */
        public final class Table {
            private final String title;
            private final List<String> columns;
            private Worksheet ws;
            private int part;
            private int row;

            private final boolean[] text;

            private Table(String title, List<String> columns, Set<String> numeric) {
                this.title = title;
                this.columns = List.copyOf(columns);
                this.text = new boolean[this.columns.size()];
                for (int c = 0; c < text.length; c++) {
                    text[c] = numeric != null && !numeric.contains(this.columns.get(c));
                }
                start();
            }

            private void start() {
                ws = sheet(title, part);
                for (int c = 0; c < columns.size(); c++) {
                    ws.inlineString(0, c, columns.get(c));
                    ws.style(0, c).bold().set();
                    ws.width(c, Math.min(60, Math.max(10, columns.get(c).length() + 2)));
                }
                ws.freezePane(0, 1);
                row = 1;
            }

            public void row(List<String> cells) {
                if (cells.size() != columns.size()) {
                    throw new IllegalArgumentException(title + ": a row of " + cells.size() + " cells for "
                            + columns.size() + " columns");
                }
                if (row > MAX_ROWS) {
                    try {
                        ws.finish();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    part++;
                    start();
                }
                for (int c = 0; c < cells.size(); c++) {
                    String v = cells.get(c);
                    if (v == null || v.isEmpty()) {
                        continue;
                    }
                    if (!text[c] && NUMBER.matcher(v).matches()) {
                        ws.value(row, c, Double.parseDouble(v));
                    } else {
                        ws.inlineString(row, c, v);
                    }
                }
                row++;
                if (row % 10_000 == 0) {
                    try {
                        ws.flush();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        }
    }
}
