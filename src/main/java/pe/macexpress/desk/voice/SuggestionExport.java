package pe.macexpress.desk.voice;

import java.util.List;
import java.util.function.Consumer;
import pe.macexpress.desk.reports.ExportTable;
import pe.macexpress.desk.store.Store;

/**
 * {@code export --what suggestions}: suggestions and compliments (type, point, day, language,
 * text). The citizen's name and contact are never exported.
 */
public final class SuggestionExport implements ExportTable {
    public static final List<String> COLUMNS = List.of("type", "point", "day", "language", "text");

    /** Issue 15 (roles): citizens' free texts (or people named in them): a supervisor's export. */
    @Override
    public boolean personalData() {
        return true;
    }

    @Override
    public String name() {
        return "suggestions";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public void rows(Store store, Consumer<List<String>> row) {
        store.feedback().eachSuggestion(s -> row.accept(List.of(s.type(), s.pointId(), s.day().toString(),
                s.language(), s.text())));
    }
}
