package pe.macexpress.desk.store;

import java.util.Locale;

/** Why a record was queued: its first version, a later change of it, or a resend after reconciliation. */
public enum OutboxChange {
    /** The record's first version. */
    CREATED,
    /** A later change of the record: raises its revision at the central. */
    CHANGED,
    /** The central lacked it or held other content at reconciliation: sent again, same revision. */
    RECONCILE;

    /** The value stored in {@code outbox.change}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static OutboxChange fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
