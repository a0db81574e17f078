package pe.macexpress.desk.procedure;

/**
 * A file offered as a document was refused (not an image, too large, unreadable). The message is
 * the key the screen shows; it never names the file (its name may hold a citizen's name).
 */
public final class DocumentRejected extends RuntimeException {
    public static final String NOT_IMAGE = "capture.document.error.not.image";
    public static final String TOO_LARGE = "capture.document.error.too.large";
    public static final String UNREADABLE = "capture.document.error.unreadable";

    public DocumentRejected(String messageKey) {
        super(messageKey);
    }

    public DocumentRejected(String messageKey, Throwable cause) {
        super(messageKey, cause);
    }

    public String messageKey() {
        return getMessage();
    }
}
