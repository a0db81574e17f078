package pe.macexpress.desk.ui.sync;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.bundle.BundleException;
import pe.macexpress.desk.bundle.Bundles;
import pe.macexpress.desk.store.OutboxCounts;
import pe.macexpress.desk.sync.CentralMessage;
import pe.macexpress.desk.sync.DocumentBacklog;
import pe.macexpress.desk.sync.QuarantinedRecord;
import pe.macexpress.desk.sync.SyncProgress;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.sync.SyncState;
import pe.macexpress.desk.sync.SyncWarning;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * What the sync screen and the status bar show: progress of the run, what waits, what was set
 * aside and why, when the last sync succeeded. "All sent" only when nothing is pending, in flight
 * or set aside.
 */
public final class SyncViewModel {
    private final ReadOnlyObjectWrapper<SyncState> state = new ReadOnlyObjectWrapper<>(SyncState.IDLE);
    private final ReadOnlyIntegerWrapper recordsSent = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper recordsTotal = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper bytesSent = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesTotal = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper bytesPerSecond = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper lastErrorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> lastSuccess = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper quarantinedCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper documentsPending = new ReadOnlyIntegerWrapper();
    private final ReadOnlyLongWrapper documentBytesPending = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper documentBytesSent = new ReadOnlyLongWrapper();
    private final ReadOnlyIntegerWrapper documentsSetAside = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper allSent = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<SyncWarning> warning = new ReadOnlyObjectWrapper<>();
    private final ObservableList<QuarantinedRecord> quarantined = FXCollections.observableArrayList();
    private final ObservableList<CentralMessage> messages = FXCollections.observableArrayList();
    private final ObservableList<CentralMessage> messagesView = FXCollections.unmodifiableObservableList(messages);
    private final ObservableList<QuarantinedRecord> quarantinedView =
            FXCollections.unmodifiableObservableList(quarantined);
    private final TaskSlot snapshotRead = new TaskSlot();
    private final ReadOnlyObjectWrapper<UsbResult> usbResult = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper usbBusy = new ReadOnlyBooleanWrapper(false);
    private final Bundles bundles;
    private final SyncService sync;
    private final TaskRunner runner;
    private final Executor fx;

    private record Snapshot(OutboxCounts counts, List<QuarantinedRecord> quarantined, Optional<SyncWarning> warning,
                            Optional<Instant> lastSuccess, List<CentralMessage> messages, DocumentBacklog documents) {
    }

    /** How many of the central's messages the screen lists. */
    static final int MESSAGES_SHOWN = 20;

    private final ReadOnlyObjectWrapper<UsbResult> runNotice = new ReadOnlyObjectWrapper<>();

    /** What the last USB action did: a message key and its arguments. */
    public record UsbResult(String key, List<Object> args, boolean failed) {
    }

    /** @param fx runs on the FX thread ({@code Platform::runLater}; a direct executor in tests) */
    public SyncViewModel(SyncService sync, TaskRunner runner, Executor fx) {
        this(sync, null, runner, fx);
    }

    /** @param bundles the USB loop (bundle out, answer in); null hides it */
    public SyncViewModel(SyncService sync, Bundles bundles, TaskRunner runner, Executor fx) {
        this.bundles = bundles;
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
        if (p.state() == SyncState.RUNNING || p.documentBytesSent() > 0) {
            // Document figures come with the progress of a run; between runs refresh() reads them.
            documentsPending.set(p.documentsPending());
            documentBytesPending.set(p.documentBytesPending());
            documentBytesSent.set(p.documentBytesSent());
        }
        String key = p.lastErrorKey();
        lastErrorKey.set(key == null ? "" : key);
    }

    /** Re-reads counts, quarantined records, warning and last success from the store; the latest read wins. */
    public void refresh() {
        BackgroundTask.of(() -> new Snapshot(sync.counts(), sync.quarantined(), sync.warning(), sync.lastSuccess(),
                        sync.messages(MESSAGES_SHOWN), sync.documents()))
                .latestIn(snapshotRead)
                .onSuccess(s -> {
                    pending.set(s.counts().unsent());
                    quarantinedCount.set(s.counts().quarantined());
                    documentsPending.set(s.documents().pending());
                    documentBytesPending.set(s.documents().bytes());
                    documentsSetAside.set(s.documents().setAside());
                    allSent.set(s.counts().unsent() == 0 && s.counts().quarantined() == 0
                            && s.documents().equals(DocumentBacklog.NONE));
                    quarantined.setAll(s.quarantined());
                    messages.setAll(s.messages());
                    warning.set(s.warning().orElse(null));
                    lastSuccess.set(s.lastSuccess().orElse(null));
                })
                .onFailure(e -> {
                    // The screen keeps its last figures; the next refresh tries again.
                })
                .executeWith(runner);
    }

    /** "Sincronizar ahora": only submits work, the FX thread never waits for the network. */
    public void syncNow() {
        sync.syncNow().whenComplete((result, error) -> fx.execute(() -> {
            runNotice.set(notice(result, error));
            refresh();
        }));
    }

    /** How a run started here ended, in words for the screen's notice. */
    static UsbResult notice(pe.macexpress.desk.sync.SyncResult result, Throwable error) {
        if (error != null || result == null) {
            return new UsbResult("sync.notice.failed", List.of(), true);
        }
        return switch (result.outcome()) {
            case DRAINED -> new UsbResult("sync.notice.drained", List.of(result.sent()), false);
            case REMAINING -> new UsbResult("sync.notice.remaining", List.of(result.sent(), result.pending()), false);
            case UNREACHABLE -> new UsbResult("sync.state.offline", List.of(), true);
            case UNAUTHORIZED -> new UsbResult("sync.state.unauthorized", List.of(), true);
        };
    }

    /** The end of the last "Sincronizar ahora" (null before one ends): the screen shows it as a notice. */
    public ReadOnlyObjectProperty<UsbResult> runNoticeProperty() {
        return runNotice.getReadOnlyProperty();
    }

    public boolean usbAvailable() {
        return bundles != null;
    }

    public ReadOnlyObjectProperty<UsbResult> usbResultProperty() {
        return usbResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty usbBusyProperty() {
        return usbBusy.getReadOnlyProperty();
    }

    /** "Guardar envío en archivo (USB)": everything pending into {@code file}, off the FX thread. */
    public void saveBundle(Path file) {
        usb(() -> {
            Bundles.Written w = bundles.writeTo(file);
            return new UsbResult("sync.usb.saved", List.of(w.records(), w.documents()), false);
        });
    }

    /** "Aplicar respuesta de la central": checks the whole answer file, then applies it, off the FX thread. */
    public void applyAnswer(Path file) {
        usb(() -> {
            Bundles.Applied a = bundles.applyAnswer(file);
            return new UsbResult("sync.usb.applied", List.of(a.acknowledged(), a.setAside(), a.alreadySettled(),
                    a.documents(), a.changes()), false);
        });
    }

    private void usb(java.util.concurrent.Callable<UsbResult> work) {
        if (bundles == null || usbBusy.get()) {
            return;
        }
        usbBusy.set(true);
        usbResult.set(null);
        BackgroundTask.of(work)
                .onSuccess(r -> {
                    usbBusy.set(false);
                    usbResult.set(r);
                    refresh();
                })
                .onFailure(e -> {
                    usbBusy.set(false);
                    BundleException.Problem problem = e instanceof BundleException be ? be.problem()
                            : BundleException.Problem.IO;
                    usbResult.set(new UsbResult(problem.messageKey(), List.of(), true));
                    refresh();
                })
                .executeWith(runner);
    }

    /** Support fixed the cause: documents set aside are sent again at the next sync. */
    public void retryDocuments() {
        BackgroundTask.of(sync::retryDocumentsSetAside)
                .onSuccess(n -> refresh())
                .onFailure(e -> refresh())
                .executeWith(runner);
    }

    /** Support fixed the cause of a rejection: send the record again at the next sync. */
    public void requeue(QuarantinedRecord record) {
        BackgroundTask.of(() -> sync.requeue(record.entryId()))
                .onSuccess(ok -> refresh())
                .onFailure(e -> refresh())
                .executeWith(runner);
    }

    public ReadOnlyObjectProperty<SyncState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty recordsSentProperty() {
        return recordsSent.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty recordsTotalProperty() {
        return recordsTotal.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesSentProperty() {
        return bytesSent.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesTotalProperty() {
        return bytesTotal.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty bytesPerSecondProperty() {
        return bytesPerSecond.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastErrorKeyProperty() {
        return lastErrorKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSuccessProperty() {
        return lastSuccess.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty quarantinedCountProperty() {
        return quarantinedCount.getReadOnlyProperty();
    }

    /** Documents (photos, scans) the central does not hold yet: counted apart from records. */
    public ReadOnlyIntegerProperty documentsPendingProperty() {
        return documentsPending.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty documentBytesPendingProperty() {
        return documentBytesPending.getReadOnlyProperty();
    }

    /** Document bytes acknowledged by the central in the current (or last) run. */
    public ReadOnlyLongProperty documentBytesSentProperty() {
        return documentBytesSent.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty documentsSetAsideProperty() {
        return documentsSetAside.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty allSentProperty() {
        return allSent.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncWarning> warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The central's latest messages to this point, newest first. */
    public ObservableList<CentralMessage> messages() {
        return messagesView;
    }

    public ObservableList<QuarantinedRecord> quarantined() {
        return quarantinedView;
    }
}
