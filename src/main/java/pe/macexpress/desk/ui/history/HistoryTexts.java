package pe.macexpress.desk.ui.history;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.sync.AttentionSyncStatus;
import pe.macexpress.desk.ui.common.CitizenLine;
import pe.macexpress.desk.ui.common.I18n;

/** How an attention reads in the history, in the current language: call inside bindings that follow it. */
final class HistoryTexts {
    private HistoryTexts() {
    }

    /** Document and names ("DNI *****410 — R*** Q***"), masked unless the advisor asked to see them. */
    static String citizen(I18n i18n, Attention a, boolean shown) {
        if (a.document().number().isEmpty()) {
            // Retention blanked it: the attention keeps its procedure and times only.
            return i18n.get("history.citizen.purged");
        }
        return CitizenLine.of(i18n.get(a.document().type().messageKey()), a.document(), a.citizenNames(), shown);
    }

    /** The procedure's name in the UI language (its id when it left the catalogue). */
    static String procedure(I18n i18n, Catalog catalog, Attention a) {
        return catalog.procedureName(a.procedureId(), i18n.tag());
    }

    /** The entity that owns the procedure; blank when the catalogue no longer has it. */
    static String entity(I18n i18n, Catalog catalog, Attention a) {
        return catalog.find(a.procedureId()).map(catalog::entityOf)
                .map((Entity e) -> e.acronym() + " — " + e.name(i18n.tag()))
                .orElse("");
    }

    static String outcome(I18n i18n, Attention a) {
        return i18n.get(a.outcome().type().messageKey());
    }

    /** "Pendiente", "Rechazado: …"; blank when the sync service knew nothing of it. */
    static String sync(I18n i18n, AttentionSyncStatus status) {
        if (status == null) {
            return "";
        }
        String state = i18n.get(status.state().messageKey());
        return status.reason() == null ? state : state + ": " + i18n.get(status.reason().messageKey());
    }

    /** "20/11/26 09:50 – 09:58 (8 min)". */
    static String times(I18n i18n, Attention a, ZoneId zone) {
        long minutes = Math.max(0, Duration.between(a.startedAt(), a.endedAt()).toMinutes());
        boolean sameDay = a.startedAt().atZone(zone).toLocalDate().equals(a.endedAt().atZone(zone).toLocalDate());
        // The end's time only when both fall on the same day.
        String end = sameDay ? DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(i18n.languageProperty().get().locale()).withZone(zone).format(a.endedAt())
                : i18n.dateTime(a.endedAt(), zone);
        return i18n.get("history.times", i18n.dateTime(a.startedAt(), zone), end, minutes);
    }
}
