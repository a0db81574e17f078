package pe.macexpress.desk.sync;

import java.util.Locale;

/** What the sync engine is doing now, for the status bar and the sync screen. */
public enum SyncState {
    /** Nothing to do or waiting for the next trigger. */
    IDLE,
    /** Sending batches. */
    RUNNING,
    /** A request failed (or the central asked to wait): waiting before the next try. */
    BACKING_OFF,
    /** The central cannot be reached; sync starts again by itself when the link returns. */
    OFFLINE,
    /** The central answered 401: workstation not enrolled or revoked. Data is kept. */
    UNAUTHORIZED;

    public String messageKey() {
        return "sync.state." + name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
