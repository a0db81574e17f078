package pe.macexpress.desk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.receipt.PdfText;
import pe.macexpress.desk.store.ReportStore;

/**
 * Issue 14 (monthly report): the point's month as one printable PDF (A4, Standard 14 fonts through
 * {@link PdfText}, so Spanish and Quechua letters print). Each section starts on its own page:
 * (1) cover and main figures, (2) charts drawn as vectors (grey bars with black outlines and the
 * number written beside each, so a black-and-white print reads the same), (3) the indicator sheet
 * on a landscape page, (4) the month's incidents and the sign-off. Every page ends with
 * "página N de M". Every text comes from the bundles in the {@link FigureFormat}'s language; a
 * figure without source reads "sin dato".
 */
public final class MonthlyReportPdf {
    static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 42f;
    private static final float FOOTER = 28f;
    /** Bars beyond this many are summed into one "others" bar. */
    static final int MAX_BARS = 12;

    private MonthlyReportPdf() {
    }

    /** Writes the report generated now. */
    public static void write(MonthlyReport report, Sheet indicators, FigureFormat format, String preparedBy,
                             OutputStream out) throws IOException {
        write(report, indicators, format, preparedBy, Instant.now(), out);
    }

    /** Writes the report as generated at {@code generatedAt}. */
    public static void write(MonthlyReport report, Sheet indicators, FigureFormat format, String preparedBy,
                             Instant generatedAt, OutputStream out) throws IOException {
        try (PDDocument doc = document(report, indicators, format, preparedBy, generatedAt)) {
            doc.save(out);
        }
    }

    /** A new document (the caller closes it). */
    public static PDDocument document(MonthlyReport report, Sheet indicators, FigureFormat f, String preparedBy,
                                      Instant generatedAt) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            doc.getDocumentInformation().setTitle(PdfText.safe(REGULAR, title(report, f)));
            doc.getDocumentInformation().setCreator("MAC Express Desk");
            doc.getDocumentCatalog().setLanguage(f.language());
            Canvas c = new Canvas(doc);
            cover(c, report, f, generatedAt);
            charts(c, report, f);
            indicators(c, indicators, f);
            incidents(c, report, f, preparedBy, generatedAt);
            c.close();
            footers(doc, report, f);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    static String monthName(MonthlyReport r, FigureFormat f) {
        String name = f.text("monthly.month", f.text("date.month." + r.month().getMonthValue()), String.valueOf(r.month().getYear()));
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + name.substring(1);
    }

    private static String title(MonthlyReport r, FigureFormat f) {
        return f.text("monthly.title") + " — " + monthName(r, f);
    }

    // ---- section 1: cover and main figures ----

    private static void cover(Canvas c, MonthlyReport r, FigureFormat f, Instant generatedAt) throws IOException {
        c.page(PDRectangle.A4);
        c.paragraph(BOLD, 18, f.text("monthly.title"));
        c.paragraph(BOLD, 13, monthName(r, f));
        c.gap(6);
        String name = r.point().map(p -> p.name()).orElse(f.missing());
        String type = r.point().map(p -> f.text(p.type().messageKey())).orElse(f.missing());
        String ubigeo = r.point().map(p -> p.ubigeo() == null || p.ubigeo().isBlank() ? f.missing() : p.ubigeo())
                .orElse(f.missing());
        String place = r.point().map(p -> p.place() == null || p.place().isBlank() ? f.missing() : p.place())
                .orElse(f.missing());
        c.table(new float[] {0.35f, 0.65f}, null, List.of(
                List.of(f.text("monthly.point.name"), name),
                List.of(f.text("monthly.point.id"), r.figures().pointId().isBlank() ? f.missing() : r.figures().pointId()),
                List.of(f.text("monthly.point.type"), type),
                List.of(f.text("monthly.point.ubigeo"), ubigeo),
                List.of(f.text("monthly.point.place"), place),
                List.of(f.text("monthly.period"), f.text("monthly.period.days",
                        f.date(r.period().first()), f.date(r.period().last())))), 9.5f);
        LocalDate today = generatedAt.atZone(ReportPeriod.ZONE).toLocalDate();
        if (r.period().contains(today)) {
            c.gap(4);
            c.paragraph(BOLD, 9.5f, f.text("monthly.partial", f.date(today)));
        }
        c.gap(10);
        c.heading(f.text("monthly.section.figures"));
        PointReport p = r.figures();
        c.table(new float[] {0.62f, 0.38f}, List.of(f.text("monthly.column.measure"), f.text("monthly.column.value")),
                List.of(
                        List.of(f.text("monthly.figure.attentions"), f.count(p.attentions())),
                        List.of(f.text("monthly.figure.visits"), f.count(p.visits())),
                        List.of(f.text("monthly.figure.waiting.median"), f.minutes(p.waiting().median())),
                        List.of(f.text("monthly.figure.waiting.p90"), f.minutes(p.waiting().p90())),
                        List.of(f.text("monthly.figure.handling.median"), f.minutes(p.handling().median())),
                        List.of(f.text("monthly.figure.handling.p90"), f.minutes(p.handling().p90())),
                        List.of(f.text("monthly.figure.pide"), f.percent(p.verifiedByPide())),
                        List.of(f.text("monthly.figure.orientations"), f.count(p.orientations())),
                        List.of(f.text("monthly.figure.unmet"), f.count(p.unmetTotal())),
                        List.of(f.text("monthly.figure.surveys"), f.count(p.surveys())),
                        List.of(f.text("monthly.figure.complaints"), f.count(p.complaints())),
                        List.of(f.text("monthly.figure.complaints.overdue"), f.count(p.complaintsOverdue())),
                        List.of(f.text("monthly.figure.incidents"), f.count(p.incidentTotal())),
                        List.of(f.text("monthly.figure.incidents.serious"), f.count(p.seriousIncidents())),
                        List.of(f.text("monthly.figure.cases.open"), f.count(p.openCases())),
                        List.of(f.text("monthly.figure.cases.overdue"), f.count(p.overdueCases())),
                        List.of(f.text("monthly.figure.sync"), f.days(p.daysWithoutSync()))), 9.5f);
        c.gap(10);
        c.heading(f.text("monthly.section.satisfaction"));
        List<List<String>> rows = new ArrayList<>();
        for (Satisfaction s : p.satisfaction()) {
            rows.add(List.of(f.text("survey.driver." + s.driver()), f.count(s.answered()), f.decimal(s.mean()),
                    f.percent(s.satisfied())));
        }
        c.table(new float[] {0.46f, 0.16f, 0.16f, 0.22f}, List.of(f.text("monthly.column.driver"),
                f.text("monthly.column.answered"), f.text("monthly.column.mean"), f.text("monthly.column.satisfied")),
                rows, 9f);
        c.paragraph(REGULAR, 8, f.text("monthly.satisfaction.note"));
    }

    // ---- section 2: charts ----

    private static void charts(Canvas c, MonthlyReport r, FigureFormat f) throws IOException {
        c.page(PDRectangle.A4);
        c.paragraph(BOLD, 15, f.text("monthly.section.charts"));
        c.gap(4);
        PointReport p = r.figures();
        List<Bar> entities = new ArrayList<>();
        p.byEntity().forEach((id, n) -> entities.add(new Bar(r.entityName(id, f.language(), f), n, f.count(n))));
        c.chartTitle(f.text("monthly.chart.entity"));
        c.bars(others(entities, f), f);
        c.chartTitle(f.text("monthly.chart.day"));
        c.line(p.perDay(), f);
        c.chartTitle(f.text("monthly.chart.outcome"));
        c.bars(shares(p.byOutcome(), p.attentions(), code -> OutcomeType.valueOf(code).messageKey(), f), f);
        c.chartTitle(f.text("monthly.chart.channel"));
        c.bars(shares(p.byChannel(), p.attentions(), code -> Channel.fromCode(code).map(Channel::messageKey)
                .orElse(null), f), f);
        c.chartTitle(f.text("monthly.chart.satisfaction"));
        List<Bar> drivers = new ArrayList<>();
        for (Satisfaction s : p.satisfaction()) {
            OptionalDouble ratio = s.satisfied().ratio();
            drivers.add(new Bar(f.text("survey.driver." + s.driver()),
                    ratio.isPresent() ? Math.round(ratio.getAsDouble() * 1000) : -1,
                    ratio.isPresent() ? f.text("monthly.chart.satisfied.value", f.percent(ratio), f.count(s.answered()))
                            : f.missing()));
        }
        c.bars(drivers, 1000, f);
    }

    /** A bar: its label, its length (negative: no value, drawn as "sin dato") and the text written beside it. */
    record Bar(String label, long value, String text) {
    }

    private static List<Bar> others(List<Bar> bars, FigureFormat f) {
        if (bars.size() <= MAX_BARS) {
            return bars;
        }
        List<Bar> out = new ArrayList<>(bars.subList(0, MAX_BARS - 1));
        long rest = bars.subList(MAX_BARS - 1, bars.size()).stream().mapToLong(Bar::value).sum();
        out.add(new Bar(f.text("monthly.chart.others", bars.size() - MAX_BARS + 1), rest, f.count(rest)));
        return out;
    }

    private static List<Bar> shares(Map<String, Long> counts, long whole, java.util.function.Function<String, String> key,
                                    FigureFormat f) {
        List<Bar> bars = new ArrayList<>();
        counts.forEach((code, n) -> {
            String k = null;
            try {
                k = key.apply(code);
            } catch (IllegalArgumentException e) {
                k = null;
            }
            bars.add(new Bar(k != null ? f.text(k) : code.isEmpty() ? f.missing() : code, n,
                    f.text("monthly.chart.share.value", f.count(n), f.percent(Share.of(n, whole)))));
        });
        return bars;
    }

    // ---- section 3: the indicator sheet ----

    private static void indicators(Canvas c, Sheet sheet, FigureFormat f) throws IOException {
        c.page(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        c.paragraph(BOLD, 15, f.text("monthly.section.indicators"));
        if (sheet == null) {
            c.paragraph(REGULAR, 10, f.missing());
            return;
        }
        if (!sheet.title().isBlank()) {
            c.paragraph(BOLD, 10, sheet.title());
        }
        c.gap(4);
        c.table(widths(sheet), sheet.columns(), sheet.rows(), 6.5f);
    }

    /** Column widths after the longest word and the length of each column's text, as shares of the line. */
    static float[] widths(Sheet sheet) {
        int n = sheet.columns().size();
        float[] w = new float[n];
        float total = 0;
        for (int i = 0; i < n; i++) {
            int longest = sheet.columns().get(i).length();
            for (List<String> row : sheet.rows()) {
                longest = Math.max(longest, row.get(i).length());
            }
            w[i] = (float) Math.sqrt(Math.max(4, Math.min(longest, 120)));
            total += w[i];
        }
        for (int i = 0; i < n; i++) {
            w[i] /= total;
        }
        return w;
    }

    // ---- section 4: incidents and sign-off ----

    private static void incidents(Canvas c, MonthlyReport r, FigureFormat f, String preparedBy, Instant generatedAt)
            throws IOException {
        c.page(PDRectangle.A4);
        c.paragraph(BOLD, 15, f.text("monthly.section.incidents"));
        c.gap(4);
        if (r.incidents().isEmpty()) {
            c.paragraph(REGULAR, 10, f.text("monthly.incidents.none"));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ReportStore.IncidentRow i : r.incidents()) {
                rows.add(List.of(
                        IncidentType.fromCode(i.type()).map(t -> f.text(t.messageKey())).orElse(i.type()),
                        IncidentSeverity.fromCode(i.severity()).map(s -> f.text(s.messageKey())).orElse(i.severity())
                                + (i.serious() ? " " + f.text("monthly.incident.serious") : ""),
                        f.dateTime(Instant.ofEpochMilli(i.occurredAt())),
                        f.text(i.notified() ? "monthly.yes" : "monthly.no"),
                        f.text(i.closed() ? "monthly.yes" : "monthly.no")));
            }
            c.table(new float[] {0.32f, 0.2f, 0.22f, 0.13f, 0.13f}, List.of(f.text("monthly.column.incident.type"),
                    f.text("monthly.column.incident.severity"), f.text("monthly.column.incident.when"),
                    f.text("monthly.column.incident.notified"), f.text("monthly.column.incident.closed")), rows, 9f);
        }
        c.paragraph(REGULAR, 8, f.text("monthly.incidents.note"));
        c.gap(24);
        c.need(190);
        c.heading(f.text("monthly.section.signoff"));
        c.table(new float[] {0.35f, 0.65f}, null, List.of(
                List.of(f.text("monthly.signoff.prepared"), preparedBy == null || preparedBy.isBlank()
                        ? f.missing() : preparedBy),
                List.of(f.text("monthly.signoff.date"), f.dateTime(generatedAt))), 9.5f);
        c.gap(16);
        c.signatureLines(f.text("monthly.signoff.signature"), f.text("monthly.signoff.seal"));
    }

    private static void footers(PDDocument doc, MonthlyReport r, FigureFormat f) throws IOException {
        int total = doc.getNumberOfPages();
        String left = PdfText.safe(REGULAR, r.point().map(p -> p.name() + " — ").orElse("") + monthName(r, f));
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                String right = PdfText.safe(REGULAR, f.text("monthly.footer", i + 1, total));
                cs.setStrokingColor(0.5f, 0.5f, 0.5f);
                cs.setLineWidth(0.5f);
                cs.moveTo(MARGIN, FOOTER + 10);
                cs.lineTo(width - MARGIN, FOOTER + 10);
                cs.stroke();
                cs.setNonStrokingColor(0f, 0f, 0f);
                Canvas.show(cs, REGULAR, 8, MARGIN, FOOTER, left);
                Canvas.show(cs, REGULAR, 8, width - MARGIN - PdfText.width(REGULAR, 8, right), FOOTER, right);
            }
        }
    }

    /** The pages being drawn: a cursor that goes down the page and starts a new one when the next block does not fit. */
    private static final class Canvas {
        private final PDDocument doc;
        private PDRectangle size;
        private PDPageContentStream cs;
        private float y;

        Canvas(PDDocument doc) {
            this.doc = doc;
        }

        void page(PDRectangle pageSize) throws IOException {
            close();
            size = pageSize;
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            y = pageSize.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        float left() {
            return MARGIN;
        }

        float width() {
            return size.getWidth() - 2 * MARGIN;
        }

        float bottom() {
            return FOOTER + 22;
        }

        /** Starts a new page of the same size when fewer than {@code height} points are left. */
        void need(float height) throws IOException {
            if (y - height < bottom()) {
                page(size);
            }
        }

        void gap(float h) {
            y -= h;
        }

        static void show(PDPageContentStream cs, PDFont font, float size, float x, float baseline, String safe)
                throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(safe);
            cs.endText();
        }

        void paragraph(PDFont font, float fontSize, String text) throws IOException {
            for (String line : PdfText.wrap(font, fontSize, PdfText.safe(font, text), width())) {
                need(fontSize * 1.3f);
                cs.setNonStrokingColor(0f, 0f, 0f);
                show(cs, font, fontSize, left(), y - fontSize, line);
                y -= fontSize * 1.3f;
            }
        }

        void heading(String text) throws IOException {
            need(60);
            paragraph(BOLD, 12, text);
            gap(3);
        }

        void chartTitle(String text) throws IOException {
            need(90);
            gap(6);
            paragraph(BOLD, 10.5f, text);
            gap(2);
        }

        /** A table with wrapped cells; the header (if any) repeats on each page the table runs onto. */
        void table(float[] shares, List<String> header, List<List<String>> rows, float fontSize) throws IOException {
            float[] w = new float[shares.length];
            for (int i = 0; i < w.length; i++) {
                w[i] = shares[i] * width();
            }
            if (header != null) {
                need(fontSize * 5);
                row(w, header, BOLD, fontSize, 0.85f);
            }
            for (List<String> r : rows) {
                float h = height(w, r, REGULAR, fontSize);
                if (y - h < bottom()) {
                    page(size);
                    if (header != null) {
                        row(w, header, BOLD, fontSize, 0.85f);
                    }
                }
                row(w, r, REGULAR, fontSize, -1);
            }
        }

        private static List<List<String>> lines(float[] w, List<String> cells, PDFont font, float fontSize) {
            List<List<String>> out = new ArrayList<>();
            for (int i = 0; i < w.length; i++) {
                out.add(PdfText.wrap(font, fontSize, PdfText.safe(font, cells.get(i)), w[i] - 6));
            }
            return out;
        }

        private static float height(float[] w, List<String> cells, PDFont font, float fontSize) {
            int most = 1;
            for (List<String> l : lines(w, cells, font, fontSize)) {
                most = Math.max(most, l.size());
            }
            return most * fontSize * 1.2f + 6;
        }

        private void row(float[] w, List<String> cells, PDFont font, float fontSize, float grey) throws IOException {
            List<List<String>> lines = lines(w, cells, font, fontSize);
            float h = height(w, cells, font, fontSize);
            float x = left();
            if (grey >= 0) {
                cs.setNonStrokingColor(grey, grey, grey);
                cs.addRect(x, y - h, width(), h);
                cs.fill();
            }
            cs.setStrokingColor(0.4f, 0.4f, 0.4f);
            cs.setLineWidth(0.4f);
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (int i = 0; i < w.length; i++) {
                cs.addRect(x, y - h, w[i], h);
                cs.stroke();
                float base = y - 3 - fontSize;
                for (String l : lines.get(i)) {
                    show(cs, font, fontSize, x + 3, base, l);
                    base -= fontSize * 1.2f;
                }
                x += w[i];
            }
            y -= h;
        }

        void bars(List<Bar> bars, FigureFormat f) throws IOException {
            long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
            bars(bars, max, f);
        }

        /** Horizontal bars, the label on the left (wrapped), the bar, and its number written after it. */
        void bars(List<Bar> bars, long max, FigureFormat f) throws IOException {
            if (bars.isEmpty()) {
                paragraph(REGULAR, 9, f.missing());
                return;
            }
            float size = 8f;
            float labelWidth = Math.min(190f, width() * 0.36f);
            float textRoom = 110f;
            float barLeft = left() + labelWidth + 6;
            float barRoom = width() - labelWidth - 6 - textRoom;
            for (Bar b : bars) {
                List<String> label = PdfText.wrap(REGULAR, size, PdfText.safe(REGULAR, b.label()), labelWidth);
                float h = Math.max(14f, label.size() * size * 1.2f + 4);
                need(h);
                cs.setNonStrokingColor(0f, 0f, 0f);
                float base = y - 2 - size;
                for (String l : label) {
                    show(cs, REGULAR, size, left(), base, l);
                    base -= size * 1.2f;
                }
                float len = b.value() <= 0 || max <= 0 ? 0 : barRoom * b.value() / max;
                if (len > 0) {
                    cs.setNonStrokingColor(0.6f, 0.6f, 0.6f);
                    cs.setStrokingColor(0f, 0f, 0f);
                    cs.setLineWidth(0.6f);
                    cs.addRect(barLeft, y - 12, Math.max(len, 1f), 10);
                    cs.fillAndStroke();
                }
                cs.setNonStrokingColor(0f, 0f, 0f);
                show(cs, b.value() < 0 ? REGULAR : BOLD, size, barLeft + len + 4, y - 2 - size,
                        PdfText.safe(BOLD, b.text()));
                y -= h;
            }
        }

        /** Attentions per day: a polyline over a grid, each point's number written above it and each day below. */
        void line(java.util.SortedMap<LocalDate, Long> perDay, FigureFormat f) throws IOException {
            float h = 150f;
            need(h + 30);
            long highest = perDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
            // Room above the highest point for its number, and grid lines on whole numbers.
            long max = Math.max(4, (long) Math.ceil(highest * 1.15 / 4.0) * 4);
            float top = y - 12;
            float bottomY = top - h;
            float axisLeft = left() + 28;
            float room = width() - 34;
            int n = perDay.size();
            float step = n <= 1 ? room : room / (n - 1);
            cs.setStrokingColor(0.75f, 0.75f, 0.75f);
            cs.setLineWidth(0.4f);
            for (int g = 0; g <= 4; g++) {
                float gy = bottomY + h * g / 4f;
                cs.moveTo(axisLeft, gy);
                cs.lineTo(axisLeft + room, gy);
                cs.stroke();
                String label = f.count(Math.round(max * g / 4.0));
                cs.setNonStrokingColor(0f, 0f, 0f);
                show(cs, REGULAR, 6.5f, axisLeft - 4 - PdfText.width(REGULAR, 6.5f, label), gy - 2, label);
            }
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(1.2f);
            int i = 0;
            for (long v : perDay.values()) {
                float px = axisLeft + step * i;
                float py = bottomY + h * v / max;
                if (i == 0) {
                    cs.moveTo(px, py);
                } else {
                    cs.lineTo(px, py);
                }
                i++;
            }
            cs.stroke();
            i = 0;
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (Map.Entry<LocalDate, Long> e : perDay.entrySet()) {
                float px = axisLeft + step * i;
                float py = bottomY + h * e.getValue() / max;
                cs.addRect(px - 1.6f, py - 1.6f, 3.2f, 3.2f);
                cs.fill();
                String v = f.count(e.getValue());
                show(cs, REGULAR, 6f, px - PdfText.width(REGULAR, 6f, v) / 2, py + 4, v);
                String d = Integer.toString(e.getKey().getDayOfMonth());
                show(cs, REGULAR, 6.5f, px - PdfText.width(REGULAR, 6.5f, d) / 2, bottomY - 9, d);
                i++;
            }
            y = bottomY - 14;
            paragraph(REGULAR, 7.5f, f.text("monthly.chart.day.axis"));
        }

        /** A line to sign on the left and a box for the seal on the right, both below the cursor. */
        void signatureLines(String signature, String seal) throws IOException {
            need(130);
            float half = width() / 2;
            float top = y;
            float boxLeft = left() + half + 30;
            float boxWidth = half - 30;
            cs.setStrokingColor(0f, 0f, 0f);
            cs.setLineWidth(0.8f);
            cs.addRect(boxLeft, top - 100, boxWidth, 100);
            cs.stroke();
            cs.setNonStrokingColor(0f, 0f, 0f);
            float sy = top - 11;
            for (String l : PdfText.wrap(REGULAR, 8.5f, PdfText.safe(REGULAR, seal), boxWidth - 10)) {
                show(cs, REGULAR, 8.5f, boxLeft + 5, sy, l);
                sy -= 11;
            }
            float lineY = top - 80;
            cs.moveTo(left(), lineY);
            cs.lineTo(left() + half - 30, lineY);
            cs.stroke();
            float ly = lineY - 11;
            for (String l : PdfText.wrap(REGULAR, 8.5f, PdfText.safe(REGULAR, signature), half - 30)) {
                show(cs, REGULAR, 8.5f, left(), ly, l);
                ly -= 11;
            }
            y = Math.min(ly, top - 100) - 6;
        }
    }
}
