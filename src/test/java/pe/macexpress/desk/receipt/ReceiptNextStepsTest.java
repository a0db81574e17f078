package pe.macexpress.desk.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.procedure.NextStep.Kind;
import pe.macexpress.desk.testing.ReceiptSamples;

/**
 * Issue 16 (pictograms): each attention of the receipt carries its outcome and what comes next, in the
 * receipt's language, and the PDF draws their pictograms as vector paths beside the words.
 */
class ReceiptNextStepsTest {
    private static final Localization TEXT = Localization.bundledOnly();
    private static final ReceiptService RECEIPTS = new ReceiptService(TEXT, ZoneId.of("America/Lima"), new SystemPrinter());

    private static Receipt receipt(String tag) {
        return RECEIPTS.build(ReceiptSamples.visit(), ReceiptSamples.catalog(), ReceiptSamples.point(), tag);
    }

    @Test
    void eachItemHasItsOutcomeAndItsNextStepsInTheReceiptsLanguage() {
        Receipt qu = receipt("qu");
        List<Receipt.Item> items = qu.items();
        assertEquals(List.of(OutcomeType.PENDIENTE, OutcomeType.ATENDIDO, OutcomeType.DERIVADO),
                items.stream().map(Receipt.Item::outcomeType).toList());
        // Pending DNI renewal: wait for the call (10 days); "keep the receipt" is said once, on the last attention.
        assertEquals(List.of(Kind.WAIT_FOR_CALL), items.get(0).next().stream().map(Receipt.Step::kind).toList());
        assertEquals(TEXT.text("qu", "picto.step.text.wait.for.call", "10", "0.00"), items.get(0).next().get(0).text());
        // Served INPE certificate: come back in 2 days with the document.
        assertEquals(List.of(Kind.COME_BACK, Kind.BRING_DOCUMENT),
                items.get(1).next().stream().map(Receipt.Step::kind).toList());
        assertEquals("Yaqa 2 llamk'ana p'unchawmanta kutimuy.", items.get(1).next().get(0).text());
        // Referred: to the office the advisor wrote.
        assertEquals(List.of(Kind.GO_TO_OFFICE, Kind.KEEP_RECEIPT),
                items.get(2).next().stream().map(Receipt.Step::kind).toList());
        assertEquals("EsSalud Iquitos", items.get(2).next().get(0).detail());
        Receipt es = receipt("es");
        assertEquals("Vuelva en unos 2 días hábiles.", es.items().get(1).next().get(0).text());
    }

    @Test
    void thePdfSaysTheNextStepsAndDrawsTheirPictograms() throws IOException {
        for (String tag : List.of("es", "qu")) {
            for (Layout layout : Layout.values()) {
                Receipt r = receipt(tag);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ReceiptPdf.write(r, layout, out);
                try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
                    String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                    for (Receipt.Item item : r.items()) {
                        for (Receipt.Step step : item.next()) {
                            assertTrue(text.contains(step.text()), tag + " " + layout + ": " + step.text());
                        }
                    }
                    BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
                    Path png = Path.of("target", "screenshots", "picto-receipt-pdf-" + layout.name().toLowerCase(
                            java.util.Locale.ROOT) + "-" + tag + ".png");
                    Files.createDirectories(png.getParent());
                    ImageIO.write(page, "png", png.toFile());
                    // The hourglass's light yellow and the tick's light green are only in the pictograms.
                    assertTrue(pixels(page, 0xffe8b0) > 20, tag + " " + layout + ": the pending hourglass is drawn");
                    assertTrue(pixels(page, 0xd8f0dc) > 20, tag + " " + layout + ": the served tick is drawn");
                }
            }
        }
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (Math.abs((p >> 16) - (rgb >> 16)) < 6 && Math.abs((p >> 8 & 0xff) - (rgb >> 8 & 0xff)) < 6
                        && Math.abs((p & 0xff) - (rgb & 0xff)) < 6) {
                    n++;
                }
            }
        }
        return n;
    }
}
