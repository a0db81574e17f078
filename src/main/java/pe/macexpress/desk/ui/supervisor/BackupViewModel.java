package pe.macexpress.desk.ui.supervisor;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/** An on-demand backup. */
public final class BackupViewModel {
    private final ReadOnlyStringWrapper resultKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Callable<Backup> backupNow;
    private final TaskRunner runner;

    /** @param backupNow takes an on-demand backup (blocking; run here off the FX thread) */
    public BackupViewModel(Callable<Backup> backupNow, TaskRunner runner) {
        this.backupNow = backupNow;
        this.runner = runner;
    }

    /** A backup now, checked with integrity_check, kept in the rotation like the daily ones. */
    public void backup() {
        if (busy.get()) {
            return;
        }
        resultKey.set("");
        BackgroundTask.of(backupNow)
                .busy(busy)
                .onSuccess(b -> {
                    resultKey.set("backup.done");
                    detail.set(b.file().toString());
                })
                .onFailure(e -> {
                    resultKey.set(Errors.messageKey(e));
                    detail.set("");
                })
                .executeWith(runner);
    }

    public ReadOnlyStringProperty resultKeyProperty() {
        return resultKey.getReadOnlyProperty();
    }

    /** Where the backup was written, after a success; blank otherwise. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
