package pe.macexpress.desk.ui.cases;

import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import pe.macexpress.desk.cases.CaseFilter;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * The follow-up list ("Seguimiento"): the cases a filter keeps and a search matches, in the order
 * that needs the advisor first. Citizens stay masked until the advisor asks, per case or for the
 * whole screen. Filter and search outlive the screen (back from a case, or from another screen).
 */
public final class FollowUpViewModel {
    /** One case with its business days left (0 on the last day, negative when late). */
    public record Row(FollowUpCase followUp, int daysLeft) {
    }

    private final ObjectProperty<CaseFilter> filter = new SimpleObjectProperty<>(CaseFilter.OPEN);
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty showData = new SimpleBooleanProperty(false);
    private final ObservableSet<UUID> revealed = FXCollections.observableSet();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final TaskSlot read = new TaskSlot();
    private final CaseService cases;
    private final TaskRunner runner;

    public FollowUpViewModel(CaseService cases, TaskRunner runner) {
        this.cases = cases;
        this.runner = runner;
        filter.addListener(o -> refresh());
        query.addListener(o -> refresh());
    }

    /** Reads the list again off the FX thread; the latest read wins. */
    public void refresh() {
        CaseFilter f = filter.get() == null ? CaseFilter.OPEN : filter.get();
        String q = query.get();
        BackgroundTask.of(() -> cases.find(f, q).stream().map(c -> new Row(c, cases.daysLeft(c))).toList())
                .busy(loading)
                .latestIn(read)
                .onSuccess(list -> {
                    failed.set(false);
                    rows.setAll(list);
                })
                .onFailure(e -> failed.set(true))
                .executeWith(runner);
    }

    /** Shows (or masks again) one citizen's document and names. */
    public void toggleReveal(UUID attentionId) {
        if (!revealed.remove(attentionId)) {
            revealed.add(attentionId);
        }
    }

    public boolean isRevealed(UUID attentionId) {
        return showData.get() || revealed.contains(attentionId);
    }

    /** A new advisor signs in: nobody's data stays shown for them. */
    public void forget() {
        revealed.clear();
        showData.set(false);
    }

    public ObjectProperty<CaseFilter> filterProperty() {
        return filter;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** Every citizen on the screen shown unmasked. */
    public BooleanProperty showDataProperty() {
        return showData;
    }

    public ObservableSet<UUID> revealed() {
        return revealed;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last read failed (the list keeps what it showed). */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
