package pe.macexpress.desk.sync;

import java.util.Locale;

/**
 * Too much is waiting to be sent: the advisor should find a connection. Thresholds come from
 * {@code sync.warn.pendingCount} (default 500) and {@code sync.warn.ageDays} (default 21).
 *
 * @param pending entries not yet acknowledged
 * @param oldestAgeDays age in days of the oldest unsent entry (0 when none)
 */
public record SyncWarning(Reason reason, int pending, long oldestAgeDays) {

    public enum Reason {
        /** More entries pending than {@code sync.warn.pendingCount}. */
        PENDING_COUNT,
        /** The oldest unsent entry is older than {@code sync.warn.ageDays}. */
        AGE;

        public String messageKey() {
            return "sync.warn." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }
}
