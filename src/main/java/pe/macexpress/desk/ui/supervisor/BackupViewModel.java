package pe.macexpress.desk.ui.supervisor;

import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * An on-demand backup, and whether the automatic daily one failed: the supervisor's screen says
 * why and what to do, the status bar warns, until a backup succeeds.
 */
public final class BackupViewModel {
    private final ReadOnlyStringWrapper resultKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper automaticProblemKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper automaticFailed = new ReadOnlyBooleanWrapper(false);
    private final Callable<Backup> backupNow;
    private final TaskRunner runner;

    /**
     * @param backupNow         takes an on-demand backup (blocking; run here off the FX thread)
     * @param automaticProblem  why the automatic backup failed when the data folder was opened, if it did
     */
    public BackupViewModel(Callable<Backup> backupNow, Optional<StoreException> automaticProblem, TaskRunner runner) {
        this.backupNow = backupNow;
        this.runner = runner;
        automaticProblem(automaticProblem);
        automaticFailed.bind(automaticProblemKey.isNotEmpty());
    }

    /**
     * Why the automatic backup of this start failed, if it did: known at construction for a context
     * opened whole, or told later when the backup ran behind the sign-in screen.
     */
    public void automaticProblem(Optional<StoreException> problem) {
        problem.ifPresent(e -> automaticProblemKey.set(reasonKey(e.kind())));
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
                    // There is a good backup again: the automatic one's failure no longer matters.
                    automaticProblemKey.set("");
                })
                .onFailure(e -> {
                    resultKey.set(Errors.messageKey(e));
                    detail.set("");
                })
                .executeWith(runner);
    }

    /**
     * Why a backup failed and what to do, for the supervisor. The store's own messages speak of an
     * attention being saved ("what you typed is still on screen"), which would mislead here.
     */
    static String reasonKey(StoreException.Kind kind) {
        return switch (kind) {
            case FULL -> "backup.reason.full";
            case READ_ONLY -> "backup.reason.read.only";
            case LOCKED -> "backup.reason.locked";
            case CORRUPT -> "backup.reason.corrupt";
            case NEWER_SCHEMA, KEY_MISSING, IO -> "backup.reason.io";
        };
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

    /** Why the automatic backup failed and what to do (a message key); blank when it did not or a backup since succeeded. */
    public ReadOnlyStringProperty automaticProblemKeyProperty() {
        return automaticProblemKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty automaticFailedProperty() {
        return automaticFailed.getReadOnlyProperty();
    }
}
