package pe.macexpress.desk.ui.attention;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;

/** The catalogue, searchable, with this point's most used procedures first. */
public final class ProcedureChoiceViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Procedure> results = FXCollections.observableArrayList();
    private final ObjectProperty<Procedure> selected = new SimpleObjectProperty<>();
    private final Catalog catalog;
    private final AttentionStore store;
    private final TaskRunner runner;
    private final I18n i18n;
    private Map<String, Integer> usage = Map.of();

    public ProcedureChoiceViewModel(Catalog catalog, AttentionStore store, TaskRunner runner, I18n i18n) {
        this.catalog = catalog;
        this.store = store;
        this.runner = runner;
        this.i18n = i18n;
        query.addListener((o, was, now) -> filter());
        i18n.languageProperty().addListener((o, was, now) -> filter());
        filter();
    }

    /** Re-reads how often each procedure was served here (off the FX thread), then re-sorts. */
    public void refreshUsage() {
        runner.run(store::procedureUsage, u -> {
            usage = u;
            filter();
        }, e -> filter());
    }

    private void filter() {
        Procedure keep = selected.get();
        results.setAll(catalog.search(query.get(), i18n.tag(), usage));
        selected.set(keep != null && results.contains(keep) ? keep : null);
    }

    public void clear() {
        query.set("");
        selected.set(null);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Procedure> results() {
        return results;
    }

    public ObjectProperty<Procedure> selectedProperty() {
        return selected;
    }
}
