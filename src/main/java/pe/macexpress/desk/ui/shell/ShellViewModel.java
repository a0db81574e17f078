package pe.macexpress.desk.ui.shell;

import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.store.SettingStore;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.sync.SyncWarning;
import pe.macexpress.desk.ui.common.TaskRunner;

/** Who is signed in, where, and what the status bar says. */
public final class ShellViewModel {
    private final ObjectProperty<Advisor> advisor = new SimpleObjectProperty<>();
    private final ObjectProperty<ServicePoint> point = new SimpleObjectProperty<>();
    private final BooleanProperty online = new SimpleBooleanProperty(false);
    private final IntegerProperty pending = new SimpleIntegerProperty(0);
    private final ObjectProperty<Instant> lastSync = new SimpleObjectProperty<>();
    private final ObjectProperty<SyncWarning> warning = new SimpleObjectProperty<>();
    private final BooleanProperty training;
    private final SettingStore settings;
    private final SyncService sync;
    private final TaskRunner runner;

    private record Status(int pending, Optional<Instant> lastSync, Optional<SyncWarning> warning) {
    }

    public ShellViewModel(boolean training, SettingStore settings, SyncService sync, TaskRunner runner) {
        this.training = new SimpleBooleanProperty(training);
        this.settings = settings;
        this.sync = sync;
        this.runner = runner;
    }

    /** Re-reads pending count and last sync from the store, off the FX thread. */
    public void refreshStatus() {
        runner.run(() -> new Status(sync.counts().unsent(), settings.lastSync(), sync.warning()),
                s -> {
                    pending.set(s.pending());
                    lastSync.set(s.lastSync().orElse(null));
                    warning.set(s.warning().orElse(null));
                },
                e -> {
                    // The status bar keeps its last figures; the next refresh tries again.
                });
    }

    public void signedIn(Advisor a, ServicePoint p) {
        point.set(p);
        advisor.set(a);
        refreshStatus();
    }

    public void signOut() {
        advisor.set(null);
    }

    public ObjectProperty<Advisor> advisorProperty() {
        return advisor;
    }

    public ObjectProperty<ServicePoint> pointProperty() {
        return point;
    }

    public BooleanProperty onlineProperty() {
        return online;
    }

    public IntegerProperty pendingProperty() {
        return pending;
    }

    public ObjectProperty<Instant> lastSyncProperty() {
        return lastSync;
    }

    public ObjectProperty<SyncWarning> warningProperty() {
        return warning;
    }

    public BooleanProperty trainingProperty() {
        return training;
    }
}
