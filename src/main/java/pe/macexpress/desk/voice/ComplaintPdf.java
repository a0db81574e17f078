package pe.macexpress.desk.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.PdfText;

/**
 * The citizen's copy of a complaint, in the CITIZEN's language: an A5 sheet (prints whole on A4, as
 * the receipt does), as many pages as the facts need. It carries personal data: saved with owner-only
 * permissions where the file system allows, and its metadata names no one.
 */
public final class ComplaintPdf {
    private static final PDFont REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float WIDTH = 420f;
    private static final float HEIGHT = 595f;
    private static final float MARGIN = 30f;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 1.3f;

    private ComplaintPdf() {
    }

    private record Line(PDFont font, float size, String text, float gapBefore) {
    }

    /** A new document (the caller closes it). */
    public static PDDocument document(Complaint c, ServicePoint point, int answerDays, Localization l10n, ZoneId zone)
            throws IOException {
        String lang = c.filing().language();
        float width = WIDTH - 2 * MARGIN;
        List<Line> lines = new ArrayList<>();
        ComplaintFiling f = c.filing();
        add(lines, BOLD, 14f, l10n.text(lang, "complaint.copy.title"), width, 0);
        add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.entity", point == null ? c.pointId() : point.name()),
                width, 2);
        add(lines, BOLD, 13f, l10n.text(lang, "complaint.copy.number", c.number().text()), width, 8);
        add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.filed", l10n.dateTime(lang, c.filedAt(), zone)),
                width, 2);
        add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.number.rule"), width, 2);
        section(lines, l10n.text(lang, "complaint.copy.citizen"), width);
        add(lines, REGULAR, SIZE, f.names() + " — " + l10n.text(lang, f.documentType().messageKey()) + " "
                + f.documentNumber(), width, 0);
        if (f.minor()) {
            add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.guardian", f.guardianNames()
                    + (f.guardianDocument().isEmpty() ? "" : " (" + f.guardianDocument() + ")")), width, 2);
        }
        if (!f.address().isEmpty()) {
            add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.address", f.address()), width, 2);
        }
        if (!f.phone().isEmpty()) {
            add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.phone", f.phone()), width, 2);
        }
        if (!f.email().isEmpty()) {
            add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.email", f.email()), width, 2);
        }
        add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.reply." + f.replyVia().code()), width, 2);
        section(lines, l10n.text(lang, "complaint.copy.facts"), width);
        add(lines, REGULAR, SIZE, f.facts(), width, 0);
        section(lines, l10n.text(lang, "complaint.copy.request"), width);
        add(lines, REGULAR, SIZE, f.request(), width, 0);
        section(lines, l10n.text(lang, "complaint.copy.action"), width);
        add(lines, REGULAR, SIZE, f.action(), width, 0);
        section(lines, l10n.text(lang, "complaint.copy.due.title"), width);
        add(lines, BOLD, SIZE, l10n.text(lang, "complaint.copy.due", answerDays, l10n.date(lang, c.due())), width, 0);
        add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.confirmed." + f.confirmation().code()), width, 8);
        add(lines, REGULAR, SIZE, l10n.text(lang, "complaint.copy.keep"), width, 8);

        PDDocument doc = new PDDocument();
        try {
            doc.getDocumentInformation().setTitle(PdfText.safe(REGULAR, l10n.text(lang, "complaint.copy.title")));
            doc.getDocumentInformation().setCreator("MAC Express Desk");
            doc.getDocumentCatalog().setLanguage(lang);
            List<Line> page = new ArrayList<>();
            float used = 0;
            float room = HEIGHT - 2 * MARGIN;
            for (Line line : lines) {
                float h = line.gapBefore() + line.size() * LEADING;
                if (used + h > room && !page.isEmpty()) {
                    draw(doc, page);
                    page = new ArrayList<>();
                    used = 0;
                }
                page.add(line);
                used += h;
            }
            draw(doc, page);
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    /**
     * Writes the copy to {@code file} (where the advisor chose): beside it first, then moved, so a
     * failed save never leaves half a PDF; readable by the OS user only where POSIX permissions exist.
     */
    public static void save(Complaint c, ServicePoint point, int answerDays, Localization l10n, ZoneId zone, Path file)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temp = Files.createTempFile(parent, ".complaint-", ".pdf.part");
        try {
            try (PDDocument doc = document(c, point, answerDays, l10n, zone); OutputStream out = Files.newOutputStream(temp)) {
                doc.save(out);
            }
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Windows: the folder's own permissions apply.
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void section(List<Line> lines, String title, float width) {
        add(lines, BOLD, SIZE + 1, title, width, 9);
    }

    private static void add(List<Line> lines, PDFont font, float size, String text, float width, float gap) {
        boolean first = true;
        for (String paragraph : (text == null ? "" : text).split("\r?\n")) {
            for (String l : PdfText.wrap(font, size, PdfText.safe(font, paragraph), width)) {
                lines.add(new Line(font, size, l, first ? gap : 0));
                first = false;
            }
        }
    }

    private static void draw(PDDocument doc, List<Line> lines) throws IOException {
        PDPage page = new PDPage(new PDRectangle(WIDTH, HEIGHT));
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            float y = HEIGHT - MARGIN;
            for (Line l : lines) {
                y -= l.gapBefore() + l.size() * LEADING;
                cs.beginText();
                cs.setFont(l.font(), l.size());
                cs.newLineAtOffset(MARGIN, y + l.size() * (LEADING - 1));
                cs.showText(l.text());
                cs.endText();
            }
        }
    }
}
