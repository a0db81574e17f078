package pe.macexpress.desk.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintNumber;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.SampleComplaints;

/** Issue 16: the complaint's copy an Aymara-speaking citizen takes home is in Aymara (the citizen's own words stay theirs). */
class AymaraComplaintCopyTest {
    @Test
    void theCopyOfAComplaintFiledInAymaraIsInAymara() throws Exception {
        Complaint c = new Complaint(UUID.randomUUID(), new ComplaintNumber("TAMBO-DEMO-01", 2026, 7), "TAMBO-DEMO-01",
                Instant.parse("2026-12-02T15:00:00Z"), SampleComplaints.filing("ay"), LocalDate.parse("2026-12-23"),
                null, 1, false);
        String text;
        try (PDDocument doc = ComplaintPdf.document(c, TrainingData.POINT, 15, Localization.bundledOnly(),
                ZoneId.of("America/Lima"))) {
            assertEquals("ay", doc.getDocumentCatalog().getLanguage());
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String expected : List.of("Jan walt'äwi laphi", "Khitis jan walt'äwi yatiyi", "Kunas utjäna", "Mayiwi",
                "Jaysäwix chaski jalayirimaruw apayatäni", "Jaysäwix 15 irnaqañ urunakan katuqäta, 23 risimri 2026 urukama.",
                "Jaqix juk'aptayäwi liyt'äna", "Aka laphi imasim")) {
            assertTrue(text.contains(expected), "'" + expected + "' in\n" + text);
        }
        assertTrue(text.contains("Esperé dos horas"), "the citizen's own words, as written");
        for (String spanish : List.of("Quién reclama", "Hechos", "Pedido", "Plazo de respuesta", "Guarde esta copia",
                "diciembre", "El ciudadano")) {
            assertFalse(text.contains(spanish), "Spanish '" + spanish + "' on the Aymara copy:\n" + text);
        }
    }
}
