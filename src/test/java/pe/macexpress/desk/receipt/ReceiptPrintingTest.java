package pe.macexpress.desk.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.time.ZoneId;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.testing.ReceiptSamples;

/** What the printer is handed: the same document as the PDF, on the paper each layout needs. */
class ReceiptPrintingTest {
    private static final ReceiptService RECEIPTS = new ReceiptService(Localization.bundledOnly(),
            ZoneId.of("America/Lima"), new SystemPrinter());

    private static Receipt receipt() {
        return RECEIPTS.build(ReceiptSamples.visit(), ReceiptSamples.catalog(), ReceiptSamples.point(), "es");
    }

    @Test
    void aTicketAsksForPaperAsWideAndTallAsTheTicket() throws Exception {
        try (PDDocument doc = ReceiptPdf.document(receipt(), Layout.TICKET)) {
            Pageable p = SystemPrinter.pageable(doc, Layout.TICKET, a4());
            assertEquals(1, p.getNumberOfPages());
            PageFormat f = p.getPageFormat(0);
            assertEquals(226, f.getWidth(), 0.5, "80 mm roll");
            assertEquals(doc.getPage(0).getMediaBox().getHeight(), f.getHeight(), 0.5, "cut to the content");
        }
    }

    @Test
    void aSheetPrintsEveryPageOnThePrintersPaper() throws Exception {
        try (PDDocument doc = ReceiptPdf.document(receipt(), Layout.A5)) {
            Pageable p = SystemPrinter.pageable(doc, Layout.A5, a4());
            assertTrue(p instanceof Book);
            assertEquals(doc.getNumberOfPages(), p.getNumberOfPages());
            assertEquals(595, p.getPageFormat(0).getWidth(), 0.5, "A4 paper: the A5 page goes on it unscaled");
            assertEquals(PageFormat.PORTRAIT, p.getPageFormat(0).getOrientation());
        }
    }

    @Test
    void withoutAPrinterPrintingSaysSoInsteadOfFailingSilently() {
        Assumptions.assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null, "this machine has a printer");
        PrintProblem p = assertThrows(PrintProblem.class, () -> RECEIPTS.print(receipt(), Layout.A5));
        assertEquals(PrintProblem.Kind.NO_PRINTER, p.kind());
        assertEquals("receipt.print.no.printer", p.kind().messageKey());
    }

    private static PageFormat a4() {
        PageFormat format = new PageFormat();
        Paper paper = new Paper();
        paper.setSize(595, 842);
        paper.setImageableArea(18, 18, 595 - 36, 842 - 36);
        format.setPaper(paper);
        return format;
    }
}
