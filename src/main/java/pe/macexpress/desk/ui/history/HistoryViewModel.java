package pe.macexpress.desk.ui.history;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.sync.AttentionSyncStatus;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/** The latest attentions of this workstation, each with where it stands with the central. */
public final class HistoryViewModel {
    public static final int SHOWN = 200;

    /** One line of the history. */
    public record Row(Attention attention, AttentionSyncStatus sync) {
    }

    // Modifiable on purpose: the table sorts its items in place when a column header is clicked.
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TaskSlot read = new TaskSlot();
    private final AttentionStore attentions;
    private final SyncService sync;
    private final TaskRunner runner;

    public HistoryViewModel(AttentionStore attentions, SyncService sync, TaskRunner runner) {
        this.attentions = attentions;
        this.sync = sync;
        this.runner = runner;
    }

    public void refresh() {
        BackgroundTask.of(() -> {
            List<Attention> recent = attentions.recent(SHOWN);
            Map<UUID, AttentionSyncStatus> status = sync.statusOf(recent.stream().map(Attention::id).toList());
            return recent.stream().map(a -> new Row(a, status.get(a.id()))).toList();
        }).latestIn(read)
                .onSuccess(rows::setAll)
                .onFailure(e -> {
                    // The table keeps what it showed; opening the history again reads it again.
                })
                .executeWith(runner);
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
