package pe.macexpress.desk.voice;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.store.Store;

/**
 * {@code export --what visits}: each visit's timeline (issue 13). Times and counts only: no visit
 * id (nothing to join to an attention's citizen), no names, no documents, no outcome.
 */
public final class VisitsTable implements ExportTable {
    @Override
    public String name() {
        return "visits";
    }

    @Override
    public List<String> columns() {
        return List.of("point_id", "advisor_id", "turn", "arrived_at", "called_at", "ended_at", "wait_minutes",
                "visit_minutes", "citizen_language", "attentions", "orientations", "orientation_only");
    }

    @Override
    public void rows(Store store, Consumer<List<String>> row) {
        store.timeline().forEachVisit(v -> row.accept(List.of(v.pointId(), v.advisorId(),
                v.turn() == null ? "" : String.valueOf(v.turn()), v.arrivedAt().toString(), v.calledAt().toString(),
                v.endedAt().toString(), String.valueOf(Duration.between(v.arrivedAt(), v.calledAt()).toMinutes()),
                String.valueOf(Duration.between(v.calledAt(), v.endedAt()).toMinutes()), v.citizenLanguage(),
                String.valueOf(v.attentions()), String.valueOf(v.orientations()),
                String.valueOf(v.orientationOnly()))));
    }
}
