package pe.macexpress.desk.ui.sync;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.store.OutboxCounts;
import pe.macexpress.desk.sync.QuarantinedRecord;
import pe.macexpress.desk.sync.SyncProgress;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.sync.SyncState;
import pe.macexpress.desk.sync.SyncWarning;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * What the sync screen and the status bar show: progress of the run, what waits, what was set
 * aside and why, when the last sync succeeded. "All sent" only when nothing is pending, in flight
 * or set aside.
 */
public final class SyncViewModel {
    private final ObjectProperty<SyncState> state = new SimpleObjectProperty<>(SyncState.IDLE);
    private final IntegerProperty recordsSent = new SimpleIntegerProperty();
    private final IntegerProperty recordsTotal = new SimpleIntegerProperty();
    private final LongProperty bytesSent = new SimpleLongProperty();
    private final LongProperty bytesTotal = new SimpleLongProperty();
    private final LongProperty bytesPerSecond = new SimpleLongProperty();
    private final StringProperty lastErrorKey = new SimpleStringProperty("");
    private final ObjectProperty<Instant> lastSuccess = new SimpleObjectProperty<>();
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final IntegerProperty quarantinedCount = new SimpleIntegerProperty();
    private final BooleanProperty allSent = new SimpleBooleanProperty(false);
    private final ObjectProperty<SyncWarning> warning = new SimpleObjectProperty<>();
    private final ObservableList<QuarantinedRecord> quarantined = FXCollections.observableArrayList();
    private final SyncService sync;
    private final TaskRunner runner;
    private final Executor fx;

    private record Snapshot(OutboxCounts counts, List<QuarantinedRecord> quarantined, Optional<SyncWarning> warning,
                            Optional<Instant> lastSuccess) {
    }

    /** @param fx runs on the FX thread ({@code Platform::runLater}; a direct executor in tests) */
    public SyncViewModel(SyncService sync, TaskRunner runner, Executor fx) {
        this.sync = sync;
        this.runner = runner;
        this.fx = fx;
        apply(sync.progress());
        // Progress arrives on the sync thread; it is copied into properties on the FX thread only.
        sync.addListener(p -> fx.execute(() -> {
            apply(p);
            if (p.state() != SyncState.RUNNING) {
                refresh();
            }
        }));
    }

    private void apply(SyncProgress p) {
        state.set(p.state());
        recordsSent.set(p.recordsSent());
        recordsTotal.set(p.recordsTotal());
        bytesSent.set(p.bytesSent());
        bytesTotal.set(p.bytesTotalEstimate());
        bytesPerSecond.set(p.bytesPerSecond());
        String key = p.lastErrorKey();
        lastErrorKey.set(key == null ? "" : key);
    }

    /** Re-reads counts, quarantined records, warning and last success from the store. */
    public void refresh() {
        runner.run(() -> new Snapshot(sync.counts(), sync.quarantined(), sync.warning(), sync.lastSuccess()), s -> {
            pending.set(s.counts().unsent());
            quarantinedCount.set(s.counts().quarantined());
            allSent.set(s.counts().unsent() == 0 && s.counts().quarantined() == 0);
            quarantined.setAll(s.quarantined());
            warning.set(s.warning().orElse(null));
            lastSuccess.set(s.lastSuccess().orElse(null));
        }, e -> { });
    }

    /** "Sincronizar ahora": only submits work, the FX thread never waits for the network. */
    public void syncNow() {
        sync.syncNow().whenComplete((result, error) -> fx.execute(this::refresh));
    }

    /** Support fixed the cause of a rejection: send the record again at the next sync. */
    public void requeue(QuarantinedRecord record) {
        runner.run(() -> sync.requeue(record.entryId()), ok -> refresh(), e -> refresh());
    }

    public ObjectProperty<SyncState> stateProperty() {
        return state;
    }

    public IntegerProperty recordsSentProperty() {
        return recordsSent;
    }

    public IntegerProperty recordsTotalProperty() {
        return recordsTotal;
    }

    public LongProperty bytesSentProperty() {
        return bytesSent;
    }

    public LongProperty bytesTotalProperty() {
        return bytesTotal;
    }

    public LongProperty bytesPerSecondProperty() {
        return bytesPerSecond;
    }

    public StringProperty lastErrorKeyProperty() {
        return lastErrorKey;
    }

    public ObjectProperty<Instant> lastSuccessProperty() {
        return lastSuccess;
    }

    public IntegerProperty pendingProperty() {
        return pending;
    }

    public IntegerProperty quarantinedCountProperty() {
        return quarantinedCount;
    }

    public BooleanProperty allSentProperty() {
        return allSent;
    }

    public ObjectProperty<SyncWarning> warningProperty() {
        return warning;
    }

    public ObservableList<QuarantinedRecord> quarantined() {
        return quarantined;
    }
}
