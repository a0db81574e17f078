package pe.macexpress.desk.receipt;

/** Why a receipt did not reach paper; the message key tells the advisor what to do instead. */
public final class PrintProblem extends Exception {
    public enum Kind {
        /** No printer installed (or none set as default): Save PDF is the way out. */
        NO_PRINTER("receipt.print.no.printer"),
        /** The printer refused or failed (off, no paper, driver error). */
        FAILED("receipt.print.failed");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final Kind kind;

    public PrintProblem(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
