package pe.macexpress.desk.ui.cases;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * "¿Viene por su resultado?": once the citizen's document is known at the identification screen,
 * their open cases and earlier attentions at this workstation, read off the FX thread.
 */
public final class CitizenCasesViewModel {
    /** Earlier attentions shown at most (newest first); the history screen has the rest. */
    public static final int PREVIOUS_SHOWN = 3;

    private record Found(List<FollowUpViewModel.Row> open, List<Attention> previous) {
    }

    private final ObservableList<FollowUpViewModel.Row> openCases = FXCollections.observableArrayList();
    private final ObservableList<Attention> previous = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper any = new ReadOnlyBooleanWrapper(false);
    private final TaskSlot read = new TaskSlot();
    private final CaseService cases;
    private final AttentionStore attentions;
    private final TaskRunner runner;

    public CitizenCasesViewModel(CaseService cases, AttentionStore attentions, TaskRunner runner) {
        this.cases = cases;
        this.attentions = attentions;
        this.runner = runner;
    }

    /** The document typed and verified; null (changed, cleared) empties the panel. */
    public void citizen(Document document) {
        read.cancel();
        openCases.clear();
        previous.clear();
        any.set(false);
        if (document == null) {
            return;
        }
        BackgroundTask.of(() -> new Found(
                        cases.ofCitizen(document).stream().filter(FollowUpCase::isOpen)
                                .map(c -> new FollowUpViewModel.Row(c, cases.daysLeft(c))).toList(),
                        attentions.historyOf(document.type(), document.number()).stream()
                                .limit(PREVIOUS_SHOWN).toList()))
                .latestIn(read)
                .onSuccess(f -> {
                    openCases.setAll(f.open());
                    previous.setAll(f.previous());
                    any.set(!f.open().isEmpty() || !f.previous().isEmpty());
                })
                .onFailure(e -> {
                    // Nothing shown: the panel is a help, the attention goes on without it.
                })
                .executeWith(runner);
    }

    /** Open cases with their business days left. */
    public ObservableList<FollowUpViewModel.Row> openCases() {
        return openCases;
    }

    public ObservableList<Attention> previous() {
        return previous;
    }

    /** Whether there is anything to show. */
    public ReadOnlyBooleanProperty anyProperty() {
        return any.getReadOnlyProperty();
    }
}
