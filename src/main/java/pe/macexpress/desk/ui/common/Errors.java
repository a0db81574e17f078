package pe.macexpress.desk.ui.common;

import pe.macexpress.desk.advisor.NoServicePointException;
import pe.macexpress.desk.store.StoreException;

/** Which message a failure shows. Never the exception's own text: it is not in the user's language. */
public final class Errors {
    private Errors() {
    }

    public static String messageKey(Throwable t) {
        Throwable cause = t;
        while (cause != null) {
            if (cause instanceof StoreException se) {
                return se.kind().messageKey();
            }
            if (cause instanceof NoServicePointException) {
                return "error.no.point";
            }
            cause = cause.getCause();
        }
        return "error.unexpected";
    }
}
