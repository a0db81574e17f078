package pe.macexpress.desk.ui.attention;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/** The catalogue, searchable, with this point's most used procedures first. */
public final class ProcedureChoiceViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Procedure> results = FXCollections.observableArrayList();
    private final ObservableList<Procedure> resultsView = FXCollections.unmodifiableObservableList(results);
    private final ObjectProperty<Procedure> selected = new SimpleObjectProperty<>();
    /** Browse by entity: an entity id, or null for every entity. */
    private final ObjectProperty<String> entity = new SimpleObjectProperty<>();
    /** Browse by life event: an event id, or null for every event. */
    private final ObjectProperty<String> lifeEvent = new SimpleObjectProperty<>();
    private final TaskSlot usageRead = new TaskSlot();
    private Catalog catalog;
    private final javafx.beans.property.ReadOnlyStringWrapper catalogVersion = new javafx.beans.property.ReadOnlyStringWrapper();
    private final AttentionStore store;
    private final TaskRunner runner;
    private final ObservableValue<String> language;
    private Map<String, Integer> usage = Map.of();
    private pe.macexpress.desk.core.PointType pointType;
    /** Null until the first visit says where and when: then every procedure is listed. */
    private java.time.LocalDate day;

    /** @param language the current language's tag: names are searched and sorted in it */
    public ProcedureChoiceViewModel(Catalog catalog, AttentionStore store, TaskRunner runner,
                                    ObservableValue<String> language) {
        this.catalog = catalog;
        this.catalogVersion.set(catalog.version());
        this.store = store;
        this.runner = runner;
        this.language = language;
        query.addListener((o, was, now) -> filter());
        entity.addListener((o, was, now) -> filter());
        lifeEvent.addListener((o, was, now) -> filter());
        language.addListener((o, was, now) -> filter());
        filter();
    }

    /** Re-reads how often each procedure was served here (off the FX thread), then re-sorts. */
    public void refreshUsage() {
        BackgroundTask.of(store::procedureUsage)
                .latestIn(usageRead)
                .onSuccess(u -> {
                    usage = u;
                    filter();
                })
                .onFailure(e -> filter())
                .executeWith(runner);
    }

    private void filter() {
        Procedure keep = selected.get();
        results.setAll(catalog.search(query.get(), entity.get(), lifeEvent.get(), language.getValue(), usage).stream()
                .filter(p -> day == null || p.offeredAt(pointType, day)).toList());
        selected.set(keep != null && results.contains(keep) ? keep : null);
    }

    /**
     * Only what this point offers today: the catalogue says which kinds of point offer a procedure
     * and from when to when it is valid. Called at the start of each visit.
     */
    public void offerAt(pe.macexpress.desk.core.PointType type, java.time.LocalDate today) {
        if (type != pointType || !today.equals(day)) {
            pointType = type;
            day = today;
            filter();
        }
    }

    /** Serves {@code next} from now on: called between visits, never during one. */
    public void useCatalog(Catalog next) {
        if (next != catalog) {
            catalog = next;
            selected.set(null);
            if (entity.get() != null && next.all().stream().noneMatch(p -> p.entity().equals(entity.get()))) {
                entity.set(null);
            }
            if (lifeEvent.get() != null && next.lifeEvent(lifeEvent.get()).isEmpty()) {
                lifeEvent.set(null);
            }
            filter();
            catalogVersion.set(next.version());
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public ObjectProperty<String> entityProperty() {
        return entity;
    }

    public ObjectProperty<String> lifeEventProperty() {
        return lifeEvent;
    }

    /** Changes when another catalogue is served: the browse lists are rebuilt. */
    public javafx.beans.property.ReadOnlyStringProperty catalogVersionProperty() {
        return catalogVersion.getReadOnlyProperty();
    }

    public void clear() {
        query.set("");
        entity.set(null);
        lifeEvent.set(null);
        selected.set(null);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<Procedure> results() {
        return resultsView;
    }

    public ObjectProperty<Procedure> selectedProperty() {
        return selected;
    }
}
