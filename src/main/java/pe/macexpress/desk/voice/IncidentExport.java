package pe.macexpress.desk.voice;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.store.Store;

/**
 * {@code export --what incidents}: the point's incident register. No citizen's data is asked for in
 * an incident, but the two free texts (what happened, what was done) are included as written and
 * may name people; they are blank once retention purged them. Times are ISO-8601 UTC.
 */
public final class IncidentExport implements ExportTable {
    public static final List<String> COLUMNS = List.of("id", "type", "severity", "serious", "occurred_at",
            "recorded_at", "advisor_id", "point_id", "what", "done", "notified_at", "notification_ref", "closed_by",
            "closed_at");

    /** Issue 15 (roles): citizens' free texts (or people named in them): a supervisor's export. */
    @Override
    public boolean personalData() {
        return true;
    }

    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Store store, Consumer<List<String>> row) {
        for (Incident i : store.incidents().all()) {
            Incident.Closing c = i.closing();
            row.accept(List.of(i.id().toString(), i.type().code(), i.severity().code(), i.serious() ? "1" : "0",
                    time(i.occurredAt()), time(i.recordedAt()), i.recordedBy(), i.pointId(), i.what(), i.done(),
                    c == null ? "" : time(c.notifiedAt()), c == null ? "" : c.reference(),
                    c == null ? "" : c.closedBy(), c == null ? "" : time(c.closedAt())));
        }
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }
}
