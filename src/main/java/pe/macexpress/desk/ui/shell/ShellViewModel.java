package pe.macexpress.desk.ui.shell;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.CaseCounts;
import pe.macexpress.desk.store.SettingStore;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.sync.SyncWarning;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/** Who is signed in, where, and what the status bar says. */
public final class ShellViewModel {
    private final ReadOnlyObjectWrapper<Advisor> advisor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ServicePoint> point = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper pending = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Instant> lastSync = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SyncWarning> warning = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CaseCounts> caseCounts = new ReadOnlyObjectWrapper<>(CaseCounts.NONE);
    private final ReadOnlyBooleanWrapper backupFailed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper training;
    private final TaskSlot statusRead = new TaskSlot();
    private final SettingStore settings;
    private final Supplier<SyncService> sync;
    private final TaskRunner runner;
    private final Supplier<CaseCounts> cases;

    private record Status(int pending, Optional<Instant> lastSync, Optional<SyncWarning> warning, CaseCounts cases) {
    }

    /**
     * @param sync         at start-up the sync service may still be being built: asked for off the FX thread only
     * @param backupFailed whether the automatic backup failed and no backup succeeded since
     * @param cases the follow-up figures (open, overdue, unread results), read with the rest of the status
     */
    public ShellViewModel(boolean training, SettingStore settings, Supplier<SyncService> sync, TaskRunner runner,
                          ObservableBooleanValue backupFailed, Supplier<CaseCounts> cases) {
        this.training = new ReadOnlyBooleanWrapper(training);
        this.settings = settings;
        this.sync = sync;
        this.runner = runner;
        this.cases = cases;
        this.backupFailed.bind(backupFailed);
    }

    /**
     * Re-reads pending count, last sync and the cases' figures from the store, off the FX thread; the
     * latest read wins. Called after each sync, each attention saved and each case closed.
     */
    public void refreshStatus() {
        BackgroundTask.of(() -> new Status(sync.get().counts().unsent(), settings.lastSync(), sync.get().warning(),
                        cases.get()))
                .latestIn(statusRead)
                .onSuccess(s -> {
                    pending.set(s.pending());
                    lastSync.set(s.lastSync().orElse(null));
                    warning.set(s.warning().orElse(null));
                    caseCounts.set(s.cases());
                })
                .onFailure(e -> {
                    // The status bar keeps its last figures; the next refresh tries again.
                })
                .executeWith(runner);
    }

    public void signedIn(Advisor a, ServicePoint p) {
        point.set(p);
        advisor.set(a);
        refreshStatus();
    }

    public void signOut() {
        advisor.set(null);
    }

    /** What the connectivity probe (or the last answer of PIDE or the central) says about the link. */
    public void online(boolean up) {
        online.set(up);
    }

    public ReadOnlyObjectProperty<Advisor> advisorProperty() {
        return advisor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServicePoint> pointProperty() {
        return point.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty onlineProperty() {
        return online.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastSyncProperty() {
        return lastSync.getReadOnlyProperty();
    }

    /** Open and overdue cases and unread results, for the status bar and the follow-up button. */
    public ReadOnlyObjectProperty<CaseCounts> caseCountsProperty() {
        return caseCounts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SyncWarning> warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** The status bar warns until a backup succeeds; the supervisor's screen says why and what to do. */
    public ReadOnlyBooleanProperty backupFailedProperty() {
        return backupFailed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty trainingProperty() {
        return training.getReadOnlyProperty();
    }
}
