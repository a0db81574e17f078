package pe.macexpress.desk.ui.supervisor;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.identity.IdentityFlags;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/** The attentions whose later verification did not match what was recorded at the counter. */
public final class IdentityFlagsViewModel {
    private final ObservableList<IdentityFlags.Flagged> flags = FXCollections.observableArrayList();
    private final ObservableList<IdentityFlags.Flagged> flagsView = FXCollections.unmodifiableObservableList(flags);
    private final ReadOnlyIntegerWrapper openFlags = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final TaskSlot read = new TaskSlot();
    private final IdentityFlags identityFlags;
    private final TaskRunner runner;

    public IdentityFlagsViewModel(IdentityFlags identityFlags, TaskRunner runner) {
        this.identityFlags = identityFlags;
        this.runner = runner;
    }

    /** Re-reads the open flags; the latest read wins. */
    public void refresh() {
        BackgroundTask.of(identityFlags::open)
                .latestIn(read)
                .onSuccess((List<IdentityFlags.Flagged> list) -> {
                    flags.setAll(list);
                    openFlags.set(list.size());
                    errorKey.set("");
                })
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    /** The supervisor reviewed the attention; it leaves the list. */
    public void resolve(IdentityFlags.Flagged flag, String supervisorId) {
        if (flag == null || busy.get()) {
            return;
        }
        BackgroundTask.of(() -> identityFlags.resolve(flag.attentionId(), supervisorId))
                .busy(busy)
                .onSuccess(done -> refresh())
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    public ObservableList<IdentityFlags.Flagged> flags() {
        return flagsView;
    }

    public ReadOnlyIntegerProperty openFlagsProperty() {
        return openFlags.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    /** True while a resolution is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
