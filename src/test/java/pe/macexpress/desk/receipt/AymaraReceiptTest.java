package pe.macexpress.desk.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Farewell;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.PartOfDay;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.testing.ReceiptSamples;

/**
 * Issue 16: an Aymara-speaking citizen at a Spanish-speaking advisor's counter takes a receipt in
 * Aymara (read back from the PDF with PDFBox's text extraction: Aymara's ä and ï and its
 * apostrophes survive the PDF's fonts), and hears the farewell in Aymara.
 */
class AymaraReceiptTest {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final Localization TEXT = Localization.bundledOnly();
    private static final ReceiptService RECEIPTS = new ReceiptService(TEXT, LIMA, new SystemPrinter());
    /** Pending, served, referred: every outcome word and the referral's apology. */
    private static final List<Attention> VISIT = ReceiptSamples.visit();

    private static String pdfText(Receipt r, Layout layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReceiptPdf.write(r, layout, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(r.language(), doc.getDocumentCatalog().getLanguage(), "the PDF says its language");
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @ParameterizedTest
    @EnumSource(Layout.class)
    void theReceiptPdfIsInAymara(Layout layout) throws IOException {
        Receipt r = RECEIPTS.build(VISIT, Catalog.bundled(), ReceiptSamples.point(), "ay");
        String text = pdfText(r, layout);
        for (String expected : List.of("Yanapt'äwi laphi", "Yanapt'äwi chimpunaka (imasim)",
                "Tukuyäwi: Janïr tukuyata (arknaqaña)", "Tukuyäwi: Yanapt'ata", "Tukuyäwi: Yaqha Estado utar apayata",
                "Jaqin sutipa:", "Aka chimpunakampiw jaqix", "Yuspajara jutatamata",
                "Pampachapxita: tramitimax yaqha Estado utanwa sarantani",
                // The most used procedures are named in Aymara by the catalogue.
                "DNI machaqtayaña (jach'a jaqinakataki)",
                // 1 Dec 2026, 09:55 in Lima: glibc ayc_PE's short month name.
                "1 ris 2026",
                // Issue 16 (pictograms): what comes next is said in Aymara too (wait for the call, come
                // back, bring the DNI, go to the other office, keep the receipt).
                "Suyam, jawsapxäma", "Niya 2 irnaqañ uru qhipatx kutt'anim.", "DNImampi aka yanapt'äwi laphimpi apanim.",
                "sapxsma uka utar saram.", "Aka yanapt'äwi laphi imasim: chimpunakapampiw")) {
            assertTrue(text.contains(expected), layout + ": '" + expected + "' in\n" + text);
        }
        for (Attention a : VISIT) {
            assertTrue(text.contains(a.code()), a.code());
        }
        for (String spanish : List.of("Constancia de atención", "Códigos de atención", "Resultado:", "Gracias",
                "Disculpe", "Ciudadano", "Pendiente", "Atendido", "Derivado", "dic 2026",
                "Espere nuestra llamada", "Vuelva en unos", "Traiga su DNI", "Vaya a la oficina",
                "Guarde esta constancia")) {
            assertFalse(text.contains(spanish), layout + ": Spanish '" + spanish + "' on the Aymara receipt:\n" + text);
        }
        // A procedure the catalogue does not name in Aymara yet: its Spanish name, never blank.
        assertTrue(text.contains(Catalog.bundled().procedureName("midis-juntos", "es")), text);
    }

    @Test
    void theSameVisitsReceiptStaysSpanishForTheSpanishSpeakingAdvisor() throws IOException {
        String es = pdfText(RECEIPTS.build(VISIT, Catalog.bundled(), ReceiptSamples.point(), "es"), Layout.A5);
        assertTrue(es.contains("Constancia de atención"), es);
        assertFalse(es.contains("Yanapt'äwi"), es);
    }

    @Test
    void theFarewellIsInAymaraForEveryPartOfTheDayAndOutcome() {
        for (LocalTime t : List.of(LocalTime.of(9, 0), LocalTime.of(15, 0), LocalTime.of(20, 0))) {
            PartOfDay part = PartOfDay.of(t);
            String served = ReceiptService.words(TEXT, "ay", Farewell.of(List.of(OutcomeType.ATENDIDO), part, true),
                    "ÑUSTA QUISPE");
            assertEquals(TEXT.text("ay", "protocol.thanks", "ÑUSTA QUISPE") + " " + TEXT.text("ay", part.wishKey()), served);
            assertTrue(served.startsWith("Yuspajara jutatamata, ÑUSTA QUISPE."), served);
            assertFalse(served.contains("Gracias"), served);
        }
        assertEquals("Suma uru jumatakïpan.", TEXT.text("ay", PartOfDay.of(LocalTime.of(9, 0)).wishKey()));
        assertEquals("Suma aruma jumatakïpan.", TEXT.text("ay", PartOfDay.of(LocalTime.of(20, 0)).wishKey()));
        String notServed = ReceiptService.words(TEXT, "ay",
                Farewell.of(List.of(OutcomeType.NO_ATENDIDO), PartOfDay.of(LocalTime.of(15, 0)), false), "");
        assertTrue(notServed.startsWith("Pampachapxita: jichhürux"), notServed);
        assertTrue(notServed.contains("Yuspajara jutatamata. "), notServed);
        assertTrue(notServed.endsWith("Suma jayp'u jumatakïpan."), notServed);
    }
}
