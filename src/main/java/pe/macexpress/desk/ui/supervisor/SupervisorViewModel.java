package pe.macexpress.desk.ui.supervisor;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.identity.CredentialChange;
import pe.macexpress.desk.identity.IdentityFlags;
import pe.macexpress.desk.store.Backup;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.Enrollment;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The supervisor's corner: change the expired PIDE password (code 1002) and review the attentions
 * whose later verification did not match what was recorded at the counter.
 */
public final class SupervisorViewModel {
    private final StringProperty currentPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final StringProperty passwordResultKey = new SimpleStringProperty("");
    private final BooleanProperty passwordChanged = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<IdentityFlags.Flagged> flags = FXCollections.observableArrayList();
    private final IntegerProperty openFlags = new SimpleIntegerProperty(0);
    private final StringProperty flagsErrorKey = new SimpleStringProperty("");
    private final StringProperty centralUrl = new SimpleStringProperty("");
    private final StringProperty enrollmentCode = new SimpleStringProperty("");
    private final StringProperty enrollmentResultKey = new SimpleStringProperty("");
    private final BooleanProperty enrolled = new SimpleBooleanProperty(false);
    private final StringProperty backupResultKey = new SimpleStringProperty("");
    private final StringProperty backupDetail = new SimpleStringProperty("");
    private final CredentialChange credentials;
    private final IdentityFlags identityFlags;
    private final Enrollment enrollment;
    private final Central central;
    private final Callable<Backup> backupNow;
    private final TaskRunner runner;

    /** @param backupNow takes an on-demand backup (blocking; run here off the FX thread) */
    public SupervisorViewModel(CredentialChange credentials, IdentityFlags identityFlags, Enrollment enrollment,
                               Central central, Callable<Backup> backupNow, TaskRunner runner) {
        this.credentials = credentials;
        this.identityFlags = identityFlags;
        this.enrollment = enrollment;
        this.central = central;
        this.backupNow = backupNow;
        this.runner = runner;
        centralUrl.set(central.baseUrl() == null ? "" : central.baseUrl());
        enrolled.set(central.enrolled());
    }

    /** Trades the one-time code for this workstation's token; the code is cleared whatever happens. */
    public void enroll() {
        if (busy.get()) {
            return;
        }
        String url = centralUrl.get().strip();
        String code = enrollmentCode.get().strip();
        enrollmentCode.set("");
        if (url.isEmpty() || code.isEmpty()) {
            enrollmentResultKey.set("sync.enroll.missing");
            return;
        }
        busy.set(true);
        enrollmentResultKey.set("");
        runner.run(() -> enrollment.enroll(url, code), result -> {
            busy.set(false);
            enrollmentResultKey.set(result.messageKey());
            enrolled.set(central.enrolled());
        }, e -> {
            busy.set(false);
            enrollmentResultKey.set(Errors.messageKey(e));
        });
    }

    /** A backup now, checked with integrity_check, kept in the rotation like the daily ones. */
    public void backup() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        backupResultKey.set("");
        runner.run(backupNow, b -> {
            busy.set(false);
            backupResultKey.set("backup.done");
            backupDetail.set(b.file().toString());
        }, e -> {
            busy.set(false);
            backupResultKey.set(Errors.messageKey(e));
            backupDetail.set("");
        });
    }

    public void changePassword() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        passwordResultKey.set("");
        char[] old = currentPassword.get().toCharArray();
        char[] fresh = newPassword.get().toCharArray();
        char[] again = confirmation.get().toCharArray();
        // The fields are emptied whatever the result: a password never lingers on screen.
        currentPassword.set("");
        newPassword.set("");
        confirmation.set("");
        runner.run(() -> credentials.change(old, fresh, again), result -> {
            busy.set(false);
            passwordResultKey.set(result.messageKey());
            passwordChanged.set(result == CredentialChange.Result.CHANGED
                    || result == CredentialChange.Result.CHANGED_NOT_SAVED);
        }, e -> {
            busy.set(false);
            passwordResultKey.set(Errors.messageKey(e));
            passwordChanged.set(false);
        });
    }

    public void refreshFlags() {
        runner.run(identityFlags::open, (List<IdentityFlags.Flagged> list) -> {
            flags.setAll(list);
            openFlags.set(list.size());
            flagsErrorKey.set("");
        }, e -> flagsErrorKey.set(Errors.messageKey(e)));
    }

    public void resolve(IdentityFlags.Flagged flag, String supervisorId) {
        if (flag == null) {
            return;
        }
        runner.run(() -> identityFlags.resolve(flag.attentionId(), supervisorId), done -> refreshFlags(),
                e -> flagsErrorKey.set(Errors.messageKey(e)));
    }

    public StringProperty centralUrlProperty() {
        return centralUrl;
    }

    public StringProperty enrollmentCodeProperty() {
        return enrollmentCode;
    }

    public StringProperty enrollmentResultKeyProperty() {
        return enrollmentResultKey;
    }

    public BooleanProperty enrolledProperty() {
        return enrolled;
    }

    public StringProperty backupResultKeyProperty() {
        return backupResultKey;
    }

    public StringProperty backupDetailProperty() {
        return backupDetail;
    }

    public StringProperty currentPasswordProperty() {
        return currentPassword;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    public StringProperty passwordResultKeyProperty() {
        return passwordResultKey;
    }

    public BooleanProperty passwordChangedProperty() {
        return passwordChanged;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<IdentityFlags.Flagged> flags() {
        return flags;
    }

    public IntegerProperty openFlagsProperty() {
        return openFlags;
    }

    public StringProperty flagsErrorKeyProperty() {
        return flagsErrorKey;
    }
}
