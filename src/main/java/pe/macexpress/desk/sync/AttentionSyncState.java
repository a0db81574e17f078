package pe.macexpress.desk.sync;

import java.util.Locale;

/** Where an attention stands with the central, for the history screen. */
public enum AttentionSyncState {
    /** Waiting to be sent ("pendiente"). */
    PENDING,
    /** In the batch being sent now ("enviando"). */
    SENDING,
    /** The central confirmed it ("recibido"). */
    RECEIVED,
    /** The central rejected it or holds other content ("rechazado"): see the reason. */
    REJECTED;

    public String messageKey() {
        return "sync.attention." + name().toLowerCase(Locale.ROOT);
    }
}
