package pe.macexpress.desk.receipt;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;

/**
 * The workstation's default printer through java.awt.print, with PDFBox drawing the very document
 * that "Save PDF" writes. A sheet prints on whatever paper the printer has (A5 fits A4 unscaled,
 * centred); a ticket asks for paper as wide and as tall as the ticket, which roll printers honour.
 * No dialog: the counter prints to its default printer, chosen once when the printer is installed.
 */
public final class SystemPrinter implements ReceiptPrinter {

    @Override
    public String print(PDDocument document, Layout layout, String jobName) throws PrintProblem {
        PrintService service = PrintServiceLookup.lookupDefaultPrintService();
        if (service == null) {
            throw new PrintProblem(PrintProblem.Kind.NO_PRINTER, "no default print service", null);
        }
        try {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(pageable(document, layout, job.defaultPage()));
            job.print();
            return service.getName();
        } catch (PrinterException | RuntimeException e) {
            throw new PrintProblem(PrintProblem.Kind.FAILED, e.getClass().getSimpleName(), e);
        }
    }

    /**
     * What the printer is given. Ticket: PDFBox's own pageable (paper = the page's size). Sheet: every
     * page on the printer's paper, shrunk only if the paper is smaller than A5, centred otherwise.
     */
    static Pageable pageable(PDDocument document, Layout layout, PageFormat printerPaper) {
        if (layout == Layout.TICKET) {
            return new PDFPageable(document);
        }
        Book book = new Book();
        PDFPrintable printable = new PDFPrintable(document, Scaling.SHRINK_TO_FIT, false, 0, true);
        PageFormat format = (PageFormat) printerPaper.clone();
        format.setOrientation(PageFormat.PORTRAIT);
        book.append(printable, format, document.getNumberOfPages());
        return book;
    }
}
