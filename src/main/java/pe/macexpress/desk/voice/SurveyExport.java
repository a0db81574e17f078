package pe.macexpress.desk.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.store.Store;

/**
 * {@code export --what surveys}: the anonymous columns only (point, day, language, the six drivers,
 * comment, compliment). No column could join an answer to a visit or a citizen.
 */
public final class SurveyExport implements ExportTable {
    public static final List<String> COLUMNS = List.of("point", "day", "language", "treatment", "information",
            "time", "outcome", "accessibility", "trust", "comment", "compliment");

    @Override
    public String name() {
        return "surveys";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Store store, Consumer<List<String>> row) {
        store.feedback().eachSurvey(s -> {
            List<String> cells = new ArrayList<>(COLUMNS.size());
            cells.add(s.pointId());
            cells.add(s.day().toString());
            cells.add(s.language());
            s.answers().forEach(a -> cells.add(a == null ? "" : a.toString()));
            cells.add(s.comment());
            cells.add(s.compliment() ? "1" : "0");
            row.accept(cells);
        });
    }
}
