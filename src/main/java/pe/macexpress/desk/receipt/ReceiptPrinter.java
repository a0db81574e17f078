package pe.macexpress.desk.receipt;

import org.apache.pdfbox.pdmodel.PDDocument;

/** Sends a receipt document to paper; {@link SystemPrinter} is the workstation's default printer. */
public interface ReceiptPrinter {

    /** Blocks until the job is spooled; never call on the FX thread. @return the printer's name */
    String print(PDDocument document, Layout layout, String jobName) throws PrintProblem;
}
