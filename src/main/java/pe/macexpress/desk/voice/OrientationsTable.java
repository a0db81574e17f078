package pe.macexpress.desk.voice;

import java.util.List;
import java.util.function.Consumer;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.store.Store;

/**
 * {@code export --what orientations}: orientations given and requests outside the catalogue (the
 * unmet demand), with what was asked (blank once retention purged it). No visit id, no citizen.
 */
public final class OrientationsTable implements ExportTable {
    @Override
    public String name() {
        return "orientations";
    }

    @Override
    public List<String> columns() {
        return List.of("recorded_at", "point_id", "advisor_id", "type", "entity_id", "topic", "citizen_language");
    }

    @Override
    public void rows(Store store, Consumer<List<String>> row) {
        store.timeline().forEachOrientation(o -> row.accept(List.of(o.recordedAt().toString(), o.pointId(),
                o.advisorId(), o.type(), o.entityId(), o.topic(), o.citizenLanguage())));
    }
}
