package pe.macexpress.desk.ui.sync;

import java.time.Instant;
import java.time.ZoneId;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import pe.macexpress.desk.sync.SyncWarning;
import pe.macexpress.desk.ui.common.I18n;

/** Sync texts shown both in the status bar and on the sync screen, worded once. */
public final class SyncTexts {
    private SyncTexts() {
    }

    /** "Última sincronización: …", with "nunca" until the first success. */
    public static StringBinding lastSync(I18n i18n, ObservableValue<Instant> at, ZoneId zone) {
        return i18n.computed(() -> i18n.get("status.last.sync",
                at.getValue() == null ? i18n.get("status.never") : i18n.dateTime(at.getValue(), zone)), at);
    }

    /** The warning when too much waits to be sent; blank when there is none. */
    public static StringBinding warning(I18n i18n, ObservableValue<SyncWarning> warning) {
        return i18n.computed(() -> {
            SyncWarning w = warning.getValue();
            return w == null ? "" : i18n.get(w.reason().messageKey(), w.pending(), w.oldestAgeDays());
        }, warning);
    }
}
