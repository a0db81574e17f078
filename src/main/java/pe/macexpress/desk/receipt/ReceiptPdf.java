package pe.macexpress.desk.receipt;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import pe.macexpress.desk.pictogram.Drawing;
import pe.macexpress.desk.pictogram.Drawings;
import pe.macexpress.desk.pictogram.PathData;

/**
 * The receipt as a PDF (PDFBox, Standard 14 fonts, nothing embedded): the same document is saved
 * and printed. Each attention code stands alone on its line in large bold type and is never
 * broken; names and details wrap whole. A QR code of the codes (one per line) closes the receipt,
 * drawn as vector squares so it stays sharp on any printer.
 */
public final class ReceiptPdf {
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /**
     * Codes in Helvetica Bold, not Courier: where the PC lacks the Standard 14 fonts, PDFBox draws
     * with Liberation Sans, metric-compatible with Helvetica, so a code keeps its shape on paper.
     */
    private static final PDFont CODE = BOLD;
    private static final float GREY = 0.3f;

    private ReceiptPdf() {
    }

    /** A new document (the caller closes it): A5 pages as many as needed, or one ticket as tall as the content. */
    public static PDDocument document(Receipt receipt, Layout layout) throws IOException {
        float width = layout.width - 2 * layout.margin;
        List<Row> rows = compose(receipt, layout, width);
        PDDocument doc = new PDDocument();
        try {
            PDDocumentInformation info = doc.getDocumentInformation();
            // Metadata names no one: the title is the receipt's title, the codes stay in the body.
            info.setTitle(PdfText.safe(REGULAR, receipt.title()));
            info.setCreator("MAC Express Desk");
            // Screen readers and PDF viewers read it in the receipt's language.
            doc.getDocumentCatalog().setLanguage(receipt.language());
            if (layout.height == 0f) {
                float height = 2 * layout.margin;
                for (Row r : rows) {
                    height += r.height();
                }
                drawPage(doc, new PDRectangle(layout.width, height), rows, layout);
            } else {
                List<Row> page = new ArrayList<>();
                float room = layout.height - 2 * layout.margin;
                float used = 0;
                for (Row r : rows) {
                    if (used + r.height() > room && !page.isEmpty()) {
                        drawPage(doc, new PDRectangle(layout.width, layout.height), page, layout);
                        page = new ArrayList<>();
                        used = 0;
                        if (r instanceof Gap) {
                            continue;
                        }
                    }
                    page.add(r);
                    used += r.height();
                }
                drawPage(doc, new PDRectangle(layout.width, layout.height), page, layout);
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    public static void write(Receipt receipt, Layout layout, OutputStream out) throws IOException {
        try (PDDocument doc = document(receipt, layout)) {
            doc.save(out);
        }
    }

    /** Writes beside the target first, then moves: a failed save never leaves half a PDF under the name. */
    public static void save(Receipt receipt, Layout layout, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, ".receipt-", ".pdf.part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(receipt, layout, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static List<Row> compose(Receipt r, Layout layout, float width) {
        float s = layout.scale;
        boolean centred = layout == Layout.TICKET;
        List<Row> rows = new ArrayList<>();
        // A sheet has the QR code at the top right, beside the heading: the codes and their QR on the
        // first page however long the visit. A ticket is too narrow: its QR code closes the strip.
        boolean qrBeside = layout == Layout.A5;
        float qrSide = 112f;
        float headingWidth = qrBeside ? width - qrSide - 12f : width;
        List<Row> heading = new ArrayList<>();
        text(heading, BOLD, 16 * s, r.title(), headingWidth, centred, 0f);
        heading.add(new Gap(4 * s));
        text(heading, REGULAR, 10 * s, r.point(), headingWidth, centred, 0f);
        if (!r.citizen().isBlank()) {
            text(heading, REGULAR, 11 * s, r.citizen(), headingWidth, centred, 0f);
        }
        if (qrBeside) {
            List<Row> caption = new ArrayList<>();
            text(caption, REGULAR, 7 * s, r.qrCaption(), qrSide, true, GREY);
            rows.add(new Beside(heading, new Qr(qr(r.codes()), qrSide), caption));
        } else {
            rows.addAll(heading);
        }
        rows.add(new Gap(6 * s));
        rows.add(new Rule());
        rows.add(new Gap(6 * s));
        text(rows, BOLD, 10 * s, r.codesHeading(), width, false, GREY);
        rows.add(new Gap(4 * s));
        for (Receipt.Item item : r.items()) {
            String code = PdfText.safe(CODE, item.code());
            // Never broken, never cut: a code too long for the line gets smaller type instead.
            float size = Math.min(22 * s, width / (PdfText.width(CODE, 1f, code) * 1.02f));
            rows.add(new Line(CODE, size, code, false, 0f, 1.15f));
            text(rows, BOLD, 11 * s, item.procedure(), width, false, 0f);
            if (item.outcomeType() == null) {
                text(rows, REGULAR, 10 * s, item.outcome(), width, false, 0f);
            } else {
                rows.add(beside(Drawings.outcome(item.outcomeType()), 18 * s, width, REGULAR, 10 * s, item.outcome(), ""));
            }
            if (!item.servedVia().isBlank()) {
                text(rows, REGULAR, 9 * s, item.servedVia(), width, false, GREY);
            }
            nextSteps(rows, item, s, width);
            rows.add(new Gap(8 * s));
        }
        rows.add(new Rule());
        rows.add(new Gap(6 * s));
        text(rows, REGULAR, 9 * s, r.hint(), width, centred, 0f);
        rows.add(new Gap(4 * s));
        text(rows, REGULAR, 10 * s, r.farewell(), width, centred, 0f);
        if (!qrBeside) {
            rows.add(new Gap(6 * s));
            rows.add(new Qr(qr(r.codes()), Math.min(width, qrSide)));
            text(rows, REGULAR, 8 * s, r.qrCaption(), width, true, GREY);
        }
        return rows;
    }

    /** Issue 16 (pictograms): each next step as its pictogram with its sentence (and detail) beside it. */
    private static void nextSteps(List<Row> rows, Receipt.Item item, float s, float width) {
        for (Receipt.Step step : item.next()) {
            rows.add(new Gap(3 * s));
            rows.add(beside(Drawings.step(step.kind()), 24 * s, width, REGULAR, 10 * s, step.text(), step.detail()));
        }
    }

    /** A pictogram of {@code side} points with a text (and a greyer detail) wrapping on its right. */
    private static Picto beside(Drawing drawing, float side, float width, PDFont font, float size, String text,
                                String detail) {
        float gap = side / 3;
        List<Row> words = new ArrayList<>();
        text(words, font, size, text, width - side - gap, false, 0f);
        text(words, REGULAR, size * 0.9f, detail, width - side - gap, false, GREY);
        return new Picto(drawing, side, gap, words);
    }

    private static void text(List<Row> rows, PDFont font, float size, String text, float width, boolean centred,
                             float grey) {
        if (text.isBlank()) {
            return;
        }
        for (String line : PdfText.wrap(font, size, PdfText.safe(font, text), width)) {
            rows.add(new Line(font, size, line, centred, grey, 1.25f));
        }
    }

    /** One bit per module, no quiet zone (the page around it is white); error correction M. */
    static BitMatrix qr(String content) {
        try {
            return new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("codes do not fit a QR code", e);
        }
    }

    private static void drawPage(PDDocument doc, PDRectangle size, List<Row> rows, Layout layout) throws IOException {
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = size.getHeight() - layout.margin;
            for (Row r : rows) {
                r.draw(cs, layout.margin, y, size.getWidth() - 2 * layout.margin);
                y -= r.height();
            }
        }
    }

    private sealed interface Row permits Line, Gap, Rule, Qr, Beside, Picto {
        float height();

        void draw(PDPageContentStream cs, float left, float top, float width) throws IOException;
    }

    private record Line(PDFont font, float size, String text, boolean centred, float grey, float leading)
            implements Row {
        @Override
        public float height() {
            return size * leading;
        }

        @Override
        public void draw(PDPageContentStream cs, float left, float top, float width) throws IOException {
            float x = centred ? left + (width - PdfText.width(font, size, text)) / 2 : left;
            cs.beginText();
            cs.setNonStrokingColor(grey, grey, grey);
            cs.setFont(font, size);
            cs.newLineAtOffset(x, top - size * 0.95f);
            cs.showText(text);
            cs.endText();
        }
    }

    private record Gap(float height) implements Row {
        @Override
        public void draw(PDPageContentStream cs, float left, float top, float width) {
            // space only
        }
    }

    private record Rule() implements Row {
        @Override
        public float height() {
            return 1f;
        }

        @Override
        public void draw(PDPageContentStream cs, float left, float top, float width) throws IOException {
            cs.setStrokingColor(0.6f, 0.6f, 0.6f);
            cs.setLineWidth(0.5f);
            cs.moveTo(left, top - 0.5f);
            cs.lineTo(left + width, top - 0.5f);
            cs.stroke();
        }
    }

    /** Rows on the left, the QR code and its caption on the right, side by side. */
    private record Beside(List<Row> left, Qr qr, List<Row> caption) implements Row {
        private static float sum(List<Row> rows) {
            float h = 0;
            for (Row r : rows) {
                h += r.height();
            }
            return h;
        }

        @Override
        public float height() {
            return Math.max(sum(left), qr.height() + sum(caption));
        }

        @Override
        public void draw(PDPageContentStream cs, float left, float top, float width) throws IOException {
            float y = top;
            for (Row r : this.left) {
                r.draw(cs, left, y, width - qr.side());
                y -= r.height();
            }
            float x = left + width - qr.side();
            qr.draw(cs, x, top, qr.side());
            y = top - qr.height();
            for (Row r : caption) {
                r.draw(cs, x, y, qr.side());
                y -= r.height();
            }
        }
    }

    /**
     * A pictogram on the left, drawn as vector paths from the same data as the screen's, and rows of
     * text on its right, the text's first line level with the pictogram's top.
     */
    private record Picto(Drawing drawing, float side, float gap, List<Row> words) implements Row {
        @Override
        public float height() {
            return Math.max(side, Beside.sum(words));
        }

        @Override
        public void draw(PDPageContentStream cs, float left, float top, float width) throws IOException {
            ReceiptPdf.drawing(cs, drawing, left, top, side);
            float y = top - Math.max(0, (side - Beside.sum(words)) / 2);
            for (Row r : words) {
                r.draw(cs, left + side + gap, y, width - side - gap);
                y -= r.height();
            }
        }
    }

    /** Draws {@code d}'s 100 × 100 box as {@code side} points with its top left corner at ({@code left}, {@code top}). */
    static void drawing(PDPageContentStream cs, Drawing d, float left, float top, float side) throws IOException {
        float k = side / (float) Drawing.BOX;
        cs.saveGraphicsState();
        for (Drawing.Mark m : d.marks()) {
            for (PathData.Segment seg : PathData.parse(m.path())) {
                if (seg instanceof PathData.Move v) {
                    cs.moveTo(left + (float) v.x() * k, top - (float) v.y() * k);
                } else if (seg instanceof PathData.Line v) {
                    cs.lineTo(left + (float) v.x() * k, top - (float) v.y() * k);
                } else if (seg instanceof PathData.Curve v) {
                    cs.curveTo(left + (float) v.x1() * k, top - (float) v.y1() * k, left + (float) v.x2() * k,
                            top - (float) v.y2() * k, left + (float) v.x() * k, top - (float) v.y() * k);
                } else {
                    cs.closePath();
                }
            }
            if (m.fill() != null) {
                float[] c = rgb(m.fill());
                cs.setNonStrokingColor(c[0], c[1], c[2]);
            }
            if (m.stroke() != null) {
                float[] c = rgb(m.stroke());
                cs.setStrokingColor(c[0], c[1], c[2]);
                cs.setLineWidth((float) m.width() * k);
                cs.setLineCapStyle(m.round() ? 1 : 2);
                cs.setLineJoinStyle(m.round() ? 1 : 0);
            }
            if (m.fill() != null && m.stroke() != null) {
                cs.fillAndStroke();
            } else if (m.fill() != null) {
                cs.fill();
            } else {
                cs.stroke();
            }
        }
        cs.restoreGraphicsState();
    }

    private static float[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new float[] {(v >> 16 & 0xff) / 255f, (v >> 8 & 0xff) / 255f, (v & 0xff) / 255f};
    }

    /** The QR code, centred, {@code side} points wide plus a quiet zone of four modules each side. */
    private record Qr(BitMatrix matrix, float side) implements Row {
        float module() {
            return side / (matrix.getWidth() + 8);
        }

        @Override
        public float height() {
            return side;
        }

        @Override
        public void draw(PDPageContentStream cs, float left, float top, float width) throws IOException {
            float m = module();
            float x0 = left + (width - matrix.getWidth() * m) / 2;
            float y0 = top - 4 * m;
            cs.setNonStrokingColor(0f, 0f, 0f);
            for (int y = 0; y < matrix.getHeight(); y++) {
                int x = 0;
                while (x < matrix.getWidth()) {
                    if (!matrix.get(x, y)) {
                        x++;
                        continue;
                    }
                    int run = x;
                    while (run < matrix.getWidth() && matrix.get(run, y)) {
                        run++;
                    }
                    cs.addRect(x0 + x * m, y0 - (y + 1) * m, (run - x) * m, m);
                    x = run;
                }
            }
            cs.fill();
        }
    }
}
