package pe.macexpress.desk.store;

import java.util.Locale;

/** Where an attachment's upload stands. */
public enum AttachmentState {
    /** Some or none of its bytes acknowledged by the central. */
    PENDING,
    /** The central holds it whole and checked its SHA-256. */
    SENT,
    /** Its file was deleted by retention; the row keeps size and hash for the record. */
    PURGED;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static AttachmentState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
