package pe.macexpress.desk.ui.cases;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import pe.macexpress.desk.store.CaseCounts;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * The notice an advisor sees on signing in: results that arrived and cases that are late. Shown only
 * when there is something to say; gone once dismissed or once the follow-up screen is opened.
 */
public final class CaseNoticeViewModel {
    private final ReadOnlyIntegerWrapper unreadResults = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper overdue = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final TaskSlot read = new TaskSlot();
    private final Supplier<CaseCounts> counts;
    private final TaskRunner runner;

    public CaseNoticeViewModel(Supplier<CaseCounts> counts, TaskRunner runner) {
        this.counts = counts;
        this.runner = runner;
    }

    /** Reads the counts off the FX thread and shows the notice when either is above zero. */
    public void signedIn() {
        BackgroundTask.of(counts::get).latestIn(read)
                .onSuccess(c -> {
                    unreadResults.set(c.unreadResults());
                    overdue.set(c.overdue());
                    showing.set(c.unreadResults() > 0 || c.overdue() > 0);
                })
                .onFailure(e -> showing.set(false))
                .executeWith(runner);
    }

    public void dismiss() {
        read.cancel();
        showing.set(false);
    }

    public ReadOnlyIntegerProperty unreadResultsProperty() {
        return unreadResults.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty overdueProperty() {
        return overdue.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }
}
