package pe.macexpress.desk.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.catalog.ProcedureKind;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.ReportStore;
import pe.macexpress.desk.store.Store;

/**
 * Issue 14 (export): the point's "base de datos de MAC Express" for a period, the rows SGP's
 * published statistics are made of. One row per attention started in the period, plus one per
 * orientation and per unmet request recorded in it ({@code record_type} says which), oldest first.
 *
 * <p>Columns are stable and lower case (support's scripts read them; README lists them). Region
 * and province come from the point's ubigeo ({@link Ubigeo}); the optional citizen fields of the
 * published bases (origin, sex, age group) are left blank because the desk does not ask them, and
 * {@code minor} says "sí" only when PIDE answered VERIFIED_MINOR. A figure without source is a
 * blank cell, never 0.
 *
 * <p><b>No names and no document numbers</b> unless {@code personal} is true: then three columns
 * are added at the end (document type, number, names; blank once retention purged the row). The
 * caller must have checked a supervisor's PIN and writes the audit row: this class does neither.
 */
public final class BaseDeDatos {
    /** The name {@code export --what} takes. */
    public static final String NAME = "base";

    /** {@code record_type} of each row. */
    public static final String ATTENTION = "attention";
    public static final String ORIENTATION = "orientation";
    public static final String UNMET = "unmet";

    /** The columns every export has, in order. */
    public static final List<String> COLUMNS = List.of("record_type", "date", "time", "point_id", "point_name",
            "point_type", "ubigeo", "region", "province", "entity_id", "entity", "procedure_id", "procedure",
            "attention_type", "channel", "outcome", "language", "verification", "wait_minutes", "handling_minutes",
            "visit_id", "catalog_version", "origin", "sex", "age_group", "minor");
    /** Added at the end only when a supervisor asked for personal data. */
    public static final List<String> PERSONAL_COLUMNS = List.of("document_type", "document_number", "names");

    /** The columns an XLSX writes as numbers; every other cell stays text (ubigeo, versions, document numbers). */
    public static final java.util.Set<String> NUMERIC_COLUMNS = java.util.Set.of("wait_minutes", "handling_minutes");

    /** The {@code attention_type} of rows that are not attentions. */
    public static final String TYPE_ORIENTATION = "orientación";
    public static final String TYPE_UNMET = "demanda no atendida";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public enum Format {
        CSV, XLSX;

        /** {@code csv} or {@code xlsx} (any case), else empty. */
        public static Optional<Format> parse(String text) {
            if (text == null) {
                return Optional.empty();
            }
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> Optional.of(CSV);
                case "xlsx" -> Optional.of(XLSX);
                default -> Optional.empty();
            };
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private BaseDeDatos() {
    }

    /** The columns of an export with or without personal data. */
    public static List<String> columns(boolean personal) {
        if (!personal) {
            return COLUMNS;
        }
        List<String> all = new ArrayList<>(COLUMNS);
        all.addAll(PERSONAL_COLUMNS);
        return List.copyOf(all);
    }

    /** The {@code attention_type} of a catalogue kind (trámite, consulta, orientación, pago, cita). */
    public static String attentionType(ProcedureKind kind) {
        return switch (kind) {
            case TRAMITE -> "trámite";
            case CONSULTA -> "consulta";
            case ORIENTACION -> "orientación";
            case PAGO -> "pago";
            case CITA -> "cita";
        };
    }

    /**
     * The export as an {@link ExportTable} named {@value #NAME} over {@code period} (what the command
     * line's CSV path and {@link #write} share). {@code personal}: see the class comment.
     */
    public static ExportTable table(Catalog catalog, ReportPeriod period, boolean personal) {
        return new ExportTable() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public List<String> columns() {
                return BaseDeDatos.columns(personal);
            }

            @Override
            public void rows(Store store, Consumer<List<String>> row) {
                BaseDeDatos.rows(store, catalog, period, personal, row);
            }

            @Override
            public boolean personalData() {
                return personal;
            }
        };
    }

    /**
     * Writes the period's base de datos to {@code out} (not closed) and returns the number of data
     * rows. CSV: UTF-8 with a byte order mark (so Excel reads the accents), RFC 4180 with CRLF,
     * formula-inert cells ({@link CsvExport}). XLSX: one worksheet, header frozen, numbers as numbers
     * ({@link XlsxWriter.Streaming}). Never on the FX thread. Checks no permission: see the class comment.
     */
    public static long write(Store store, Catalog catalog, ReportPeriod period, Format format, boolean personal,
                             OutputStream out) throws IOException {
        ExportTable table = table(catalog, period, personal);
        return format == Format.CSV ? csv(table, store, out) : xlsx(table, store, out);
    }

    /**
     * The audit row's detail of an export of the base de datos (what, which days, whether personal,
     * how many rows, which file name; never a name or a document): the command line and the
     * reports screen write the same.
     */
    public static String auditDetail(ReportPeriod period, boolean personal, Format format, long rows, String fileName) {
        return "table=" + NAME + " from=" + period.first() + " to=" + period.last() + " personal=" + (personal ? "yes" : "no")
                + " rows=" + rows + " to=" + fileName + " format=" + format.extension();
    }

    /** Any export table as CSV: UTF-8 with BOM, CRLF, formula-inert cells; {@code out} is flushed, not closed. */
    public static long csv(ExportTable table, Store store, OutputStream out) throws IOException {
        // Closing the writer (CsvExport's sequence writer does too) flushes into out and leaves it open.
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8))) {
            writer.write('\uFEFF');
            return CsvExport.write(table, store, writer);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Any export table as one XLSX worksheet titled by its name; {@code out} is not closed. */
    public static long xlsx(ExportTable table, Store store, OutputStream out) throws IOException {
        long[] rows = {0};
        try (XlsxWriter.Streaming book = new XlsxWriter.Streaming(nonClosing(out))) {
            XlsxWriter.Streaming.Table sheet = NAME.equals(table.name())
                    ? book.table(table.name(), table.columns(), NUMERIC_COLUMNS)
                    : book.table(table.name(), table.columns());
            table.rows(store, r -> {
                sheet.row(r);
                rows[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rows[0];
    }

    /**
     * Each row of the period, cells in {@link #columns(boolean)} order, oldest first: attentions by
     * their start, orientations and unmet requests by the moment they were recorded.
     */
    public static void rows(Store store, Catalog catalog, ReportPeriod period, boolean personal,
                            Consumer<List<String>> each) {
        Instant from = period.start();
        Instant to = period.end();
        ReportStore reports = store.reports();
        Optional<ServicePoint> point = store.advisors().point();
        Rows rows = new Rows(catalog, point.orElse(null), personal, each);
        List<ReportStore.OrientationRow> orientations = reports.orientations(from, to);
        Map<String, ReportStore.VisitRow> orientationOnly = new HashMap<>();
        for (ReportStore.VisitRow v : reports.orientationOnlyVisits(from, to)) {
            orientationOnly.put(v.id(), v);
        }
        int[] next = {0};
        Consumer<Long> orientationsBefore = millis -> {
            while (next[0] < orientations.size() && orientations.get(next[0]).recordedAt() < millis) {
                ReportStore.OrientationRow o = orientations.get(next[0]++);
                rows.orientation(o, orientationOnly.get(o.visitId()));
            }
        };
        if (personal) {
            reports.attentionsWithPersonalData(from, to, p -> {
                orientationsBefore.accept(p.row().startedAt());
                rows.attention(p.row(), p.docNumber(), p.names());
            });
        } else {
            reports.attentions(from, to, a -> {
                orientationsBefore.accept(a.startedAt());
                rows.attention(a, "", "");
            });
        }
        orientationsBefore.accept(Long.MAX_VALUE);
    }

    /** Builds the cells; remembers the catalogue's look-ups (a year repeats the same procedures). */
    private static final class Rows {
        private final Catalog catalog;
        private final boolean personal;
        private final Consumer<List<String>> each;
        private final String pointId;
        private final String pointName;
        private final String pointType;
        private final String ubigeo;
        private final String region;
        private final String province;
        private final Map<String, Optional<Procedure>> procedures = new HashMap<>();
        private final Map<String, String> acronyms = new HashMap<>();

        Rows(Catalog catalog, ServicePoint point, boolean personal, Consumer<List<String>> each) {
            this.catalog = catalog;
            this.personal = personal;
            this.each = each;
            this.pointId = point == null ? "" : point.id();
            this.pointName = point == null ? "" : point.name();
            this.pointType = point == null || point.type() == null ? "" : point.type().name().toLowerCase(Locale.ROOT);
            this.ubigeo = point == null || point.ubigeo() == null ? "" : point.ubigeo().strip();
            this.region = Ubigeo.bundled().region(ubigeo);
            this.province = Ubigeo.bundled().province(ubigeo);
            for (Entity e : catalog.entities()) {
                acronyms.put(e.id(), e.acronym() == null ? e.id() : e.acronym());
            }
        }

        void attention(ReportStore.AttentionRow a, String docNumber, String names) {
            Optional<Procedure> p = procedures.computeIfAbsent(a.procedureId(), catalog::find);
            String entityId = p.map(Procedure::entity).orElse("");
            List<String> cells = new ArrayList<>(COLUMNS.size() + 3);
            ZonedDateTime at = Instant.ofEpochMilli(a.startedAt()).atZone(ReportPeriod.ZONE);
            cells.add(ATTENTION);
            cells.add(at.toLocalDate().toString());
            cells.add(at.format(TIME));
            cells.add(blankIfNull(a.pointId()).isEmpty() ? pointId : a.pointId());
            point(cells);
            cells.add(entityId);
            cells.add(entityId.isEmpty() ? "" : acronyms.getOrDefault(entityId, entityId));
            cells.add(blankIfNull(a.procedureId()));
            cells.add(p.map(x -> x.name("es")).orElse(blankIfNull(a.procedureId())));
            cells.add(p.map(x -> attentionType(x.kind())).orElse(""));
            cells.add(blankIfNull(a.channel()));
            cells.add(blankIfNull(a.outcome()));
            cells.add(blankIfNull(a.spokenLanguage()));
            cells.add(blankIfNull(a.verification()));
            cells.add(a.arrivedAt() > 0 && a.calledAt() > 0 ? minutes(a.calledAt() - a.arrivedAt()) : "");
            cells.add(minutes(a.endedAt() - a.startedAt()));
            cells.add(blankIfNull(a.visitId()));
            cells.add(blankIfNull(a.catalogVersion()));
            optional(cells, "VERIFIED_MINOR".equals(a.verification()));
            if (personal) {
                cells.add(blankIfNull(a.docType()));
                cells.add(blankIfNull(docNumber));
                cells.add(blankIfNull(names));
            }
            each.accept(cells);
        }

        void orientation(ReportStore.OrientationRow o, ReportStore.VisitRow onlyOrientations) {
            boolean unmet = UNMET.equals(o.type());
            String entityId = blankIfNull(o.entityId());
            List<String> cells = new ArrayList<>(COLUMNS.size() + 3);
            ZonedDateTime at = Instant.ofEpochMilli(o.recordedAt()).atZone(ReportPeriod.ZONE);
            cells.add(unmet ? UNMET : ORIENTATION);
            cells.add(at.toLocalDate().toString());
            cells.add(at.format(TIME));
            cells.add(pointId);
            point(cells);
            cells.add(entityId);
            cells.add(entityId.isEmpty() ? "" : acronyms.getOrDefault(entityId, entityId));
            cells.add("");
            cells.add("");
            cells.add(unmet ? TYPE_UNMET : TYPE_ORIENTATION);
            cells.add("");
            cells.add("");
            cells.add(blankIfNull(o.language()));
            cells.add("");
            // A visit that held only orientations has no attention row to carry its waiting time.
            cells.add(onlyOrientations == null ? "" : minutes(onlyOrientations.calledAt() - onlyOrientations.arrivedAt()));
            cells.add("");
            cells.add(blankIfNull(o.visitId()));
            cells.add("");
            optional(cells, false);
            if (personal) {
                cells.add("");
                cells.add("");
                cells.add("");
            }
            each.accept(cells);
        }

        private void point(List<String> cells) {
            cells.add(pointName);
            cells.add(pointType);
            cells.add(ubigeo);
            cells.add(region);
            cells.add(province);
        }

        /** origin, sex, age group: the desk does not ask them (blank, never 0 or N/A); minor only when PIDE said so. */
        private static void optional(List<String> cells, boolean minor) {
            cells.add("");
            cells.add("");
            cells.add("");
            cells.add(minor ? "sí" : "");
        }
    }

    /** Minutes with up to 4 decimals; blank for a negative duration (a clock set back: no measure). */
    static String minutes(long millis) {
        return millis < 0 ? "" : FigureFormat.plain(OptionalDouble.of(millis / 60_000.0));
    }

    private static String blankIfNull(String s) {
        return s == null ? "" : s;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
