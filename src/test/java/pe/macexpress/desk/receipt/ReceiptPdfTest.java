package pe.macexpress.desk.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.testing.ReceiptSamples;

/** The receipt PDF as the citizen gets it: read back with PDFBox's text extraction and a QR decoder. */
class ReceiptPdfTest {
    private static final Localization TEXT = Localization.bundledOnly();
    private static final ReceiptService RECEIPTS = new ReceiptService(TEXT, ZoneId.of("America/Lima"), new SystemPrinter());
    private static final List<Attention> VISIT = ReceiptSamples.visit();

    private static Receipt receipt(String tag) {
        return RECEIPTS.build(VISIT, ReceiptSamples.catalog(), ReceiptSamples.point(), tag);
    }

    private static byte[] pdf(Receipt r, Layout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(r, layout, out);
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"a5,es", "a5,qu", "ticket,es", "ticket,qu"})
    void everyCodeStandsWholeOnItsOwnLineAndLongTextsWrapWhole(String layoutName, String tag) throws IOException {
        Layout layout = Layout.valueOf(layoutName.toUpperCase(java.util.Locale.ROOT));
        Receipt r = receipt(tag);
        try (PDDocument doc = Loader.loadPDF(pdf(r, layout))) {
            Positions stripper = new Positions();
            String text = stripper.getText(doc);
            List<String> lines = Arrays.stream(text.split("\\R")).map(String::strip).toList();
            for (Attention a : VISIT) {
                assertTrue(lines.contains(a.code()), a.code() + " alone on a line in " + layout + "/" + tag + ":\n" + text);
            }
            String flat = text.replaceAll("\\s+", " ");
            String longName = "es".equals(tag) ? ReceiptSamples.LONG_NAME_ES : ReceiptSamples.LONG_NAME_QU;
            assertTrue(flat.contains(longName), "the long procedure name, every word of it:\n" + text);
            assertTrue(flat.contains(ReceiptSamples.LONG_DETAIL), "the long detail, every word of it:\n" + text);
            assertTrue(flat.contains("ÑUSTA CH'ASKA QUISPE' MAMANI"),
                    "ñ and apostrophes kept, ʼ (outside WinAnsi) shown as ':\n" + text);
            assertTrue(flat.contains(TEXT.text(tag, "receipt.title")), "in the receipt's language");
            assertEquals(tag, doc.getDocumentCatalog().getLanguage(), "the PDF says its language");
            assertFalse(String.valueOf(doc.getDocumentInformation().getTitle()).contains("QUISPE"), "no names in metadata");
            for (PDPage page : doc.getPages()) {
                assertTrue(page.getMediaBox().getWidth() == layout.width, "page width " + page.getMediaBox());
            }
            float right = layout.width - layout.margin + 0.5f;
            for (TextPosition p : stripper.positions) {
                assertTrue(p.getXDirAdj() >= layout.margin - 0.5f && p.getXDirAdj() + p.getWidthDirAdj() <= right,
                        "'" + p.getUnicode() + "' at x=" + p.getXDirAdj() + " leaves the printable width");
                assertTrue(p.getYDirAdj() <= p.getPageHeight(), "inside the page");
            }
            if (layout == Layout.TICKET) {
                assertEquals(1, doc.getNumberOfPages(), "a ticket is one strip");
                float h = doc.getPage(0).getMediaBox().getHeight();
                assertTrue(h > 300 && h < 1400, "the roll is cut to the content: " + h + " pt");
            }
            if ("qu".equals(tag) || layout == Layout.A5) {
                Path shots = Path.of("target", "screenshots");
                Files.createDirectories(shots);
                ImageIO.write(render(doc, 0), "png", shots.resolve("receipt-" + layoutName + "-" + tag + ".png").toFile());
            }
            assertEquals(String.join("\n", VISIT.stream().map(Attention::code).toList()), decodeQr(doc),
                    "the QR code holds the codes, one per line");
        }
    }

    @Test
    void lettersOutsideWinAnsiAreReplacedNotFatal() throws IOException {
        var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
        assertEquals("Ñawpaq p'unchaw «allin» ü", PdfText.safe(font, "Ñawpaq pʼunchaw «allin» ü"));
        assertEquals("s c ?", PdfText.safe(font, "ŝ ĉ 中"));
        assertEquals("a b", PdfText.safe(font, "a\tb"));
        // And a receipt full of them still writes, with the codes intact.
        Attention a = VISIT.get(0);
        Receipt odd = new Receipt("qu", "Constancia 中文 ŝ", "Tambo ŭ", "Runa: Ĉaska ʼ中", "Códigos",
                List.of(new Receipt.Item(a.code(), "Trámite 😀 ŝ", "Lluqsiynin", "")), "", "", "");
        try (PDDocument doc = Loader.loadPDF(pdf(odd, Layout.A5))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(Arrays.stream(text.split("\\R")).map(String::strip).toList().contains(a.code()), text);
            assertTrue(text.contains("Runa: Caska '?"), text);
        }
    }

    @Test
    void aVisitWithManyProceduresFlowsOntoMoreA5PagesAndStaysOneTicket() throws IOException {
        List<Attention> many = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            for (Attention a : VISIT) {
                many.add(a);
            }
        }
        Receipt r = RECEIPTS.build(many, ReceiptSamples.catalog(), ReceiptSamples.point(), "es");
        try (PDDocument a5 = Loader.loadPDF(pdf(r, Layout.A5));
             PDDocument ticket = Loader.loadPDF(pdf(r, Layout.TICKET))) {
            assertTrue(a5.getNumberOfPages() > 1, "several A5 pages");
            assertEquals(1, ticket.getNumberOfPages());
            String text = new PDFTextStripper().getText(a5);
            assertEquals(24, Arrays.stream(text.split("\\R")).map(String::strip)
                    .filter(l -> VISIT.stream().anyMatch(v -> v.code().equals(l))).count(), "no code lost at a page break");
        }
    }

    @Test
    void savingWritesAWholeFileAndLeavesNoPartBeside(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("sub").resolve("constancia.pdf");
        RECEIPTS.save(receipt("es"), Layout.A5, file);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains(VISIT.get(2).code()));
        }
        try (var files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    static BufferedImage render(PDDocument doc, int page) throws IOException {
        return new PDFRenderer(doc).renderImageWithDPI(page, 200);
    }

    /** The QR code of the last page that has one. */
    static String decodeQr(PDDocument doc) throws IOException {
        for (int i = doc.getNumberOfPages() - 1; i >= 0; i--) {
            BufferedImage page = render(doc, i);
            int half = page.getHeight() / 2;
            // As a phone camera frames it: the whole page, else its lower or upper half.
            for (BufferedImage framed : List.of(page, page.getSubimage(0, half, page.getWidth(), page.getHeight() - half),
                    page.getSubimage(0, 0, page.getWidth(), half))) {
                try {
                    return decodeQr(framed);
                } catch (AssertionError none) {
                    // another framing, or an earlier page
                }
            }
        }
        throw new AssertionError("no QR code in the document");
    }

    static String decodeQr(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        try {
            Result result = new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            return result.getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("no QR code found on the page", e);
        }
    }

    /** The stripper, keeping where each character was drawn. */
    private static final class Positions extends PDFTextStripper {
        final List<TextPosition> positions = new ArrayList<>();

        Positions() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
            positions.addAll(textPositions);
            super.writeString(text, textPositions);
        }
    }
}
