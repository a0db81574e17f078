package pe.macexpress.desk.receipt;

import java.util.List;

/**
 * What the citizen takes home, already in the receipt's language: every text is final, so the
 * screen, the PDF and the printer show the same words. Built by {@link ReceiptService#build}.
 *
 * @param language BCP 47 tag of the texts ("es", "qu")
 * @param citizen the "citizen: NAMES" line, blank when the names are unknown (the paper goes home with
 *                the citizen, so full names are fine here; never log a receipt's texts)
 */
public record Receipt(String language, String title, String point, String citizen, String codesHeading,
                      List<Item> items, String hint, String qrCaption, String farewell) {

    public Receipt {
        items = List.copyOf(items);
    }

    /**
     * One attention: the code the citizen quotes, then what was done; issue 16: the outcome's kind and
     * what comes next, each with its pictogram (see {@code pictogram/Drawings}).
     *
     * @param outcomeType the outcome's kind, for its pictogram; null when not known (no pictogram)
     * @param next what the citizen does next, in the receipt's language; empty when not known
     */
    public record Item(String code, String procedure, String outcome, String servedVia,
                       pe.macexpress.desk.core.OutcomeType outcomeType, List<Step> next) {

        public Item {
            next = next == null ? List.of() : List.copyOf(next);
        }

        /** An item with no pictograms (older callers and tests). */
        public Item(String code, String procedure, String outcome, String servedVia) {
            this(code, procedure, outcome, servedVia, null, List.of());
        }
    }

    /**
     * One next step in the receipt's language: its kind (the pictogram), the sentence, and a detail
     * (where to go, what to collect: the advisor's or the catalogue's words), blank when none.
     */
    public record Step(pe.macexpress.desk.procedure.NextStep.Kind kind, String text, String detail) {
    }

    /** The codes, one per line: the QR code's content and what "copy codes" puts on the clipboard. */
    public String codes() {
        return String.join("\n", items.stream().map(Item::code).toList());
    }

    @Override
    public String toString() {
        // Keeps the citizen's names out of any log line that prints a receipt.
        return "Receipt[" + language + " " + items.stream().map(Item::code).toList() + "]";
    }
}
