package pe.macexpress.desk.sync;

import java.util.Locale;

/** Why the last attempt failed; each has a message for the advisor (never a technical detail). */
public enum SyncError {
    /** No connection, timeout, connection dropped. */
    UNREACHABLE,
    /** An HTML page (captive portal, proxy login) instead of the central's JSON. */
    CAPTIVE_PORTAL,
    /** The central is overloaded (429/503): it said when to come back. */
    BUSY,
    /** The central failed (5xx) or answered something unreadable. */
    SERVER,
    /** 401: workstation not enrolled, or its enrollment was revoked. */
    UNAUTHORIZED,
    /**
     * 403 (issue 15): the central refused records of this workstation because another workstation
     * sent them first (its id changed, or a copied database). Final: retrying cannot help; support
     * must look. Nothing is lost.
     */
    FORBIDDEN,
    /** No central address or token configured yet. */
    NOT_ENROLLED,
    /** The local database failed (disk full, …). */
    STORE;

    public String messageKey() {
        return "sync.error." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
