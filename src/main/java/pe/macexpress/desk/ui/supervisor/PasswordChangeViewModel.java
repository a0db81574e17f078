package pe.macexpress.desk.ui.supervisor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.identity.CredentialChange;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/** Changes the expired PIDE password (code 1002) without leaving the attention under way. */
public final class PasswordChangeViewModel {
    private final StringProperty currentPassword = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty confirmation = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper resultKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final CredentialChange credentials;
    private final TaskRunner runner;

    public PasswordChangeViewModel(CredentialChange credentials, TaskRunner runner) {
        this.credentials = credentials;
        this.runner = runner;
    }

    public void changePassword() {
        if (busy.get()) {
            return;
        }
        resultKey.set("");
        char[] old = currentPassword.get().toCharArray();
        char[] fresh = newPassword.get().toCharArray();
        char[] again = confirmation.get().toCharArray();
        // The fields are emptied whatever the result: a password never lingers on screen.
        currentPassword.set("");
        newPassword.set("");
        confirmation.set("");
        BackgroundTask.of(() -> credentials.change(old, fresh, again))
                .busy(busy)
                .onSuccess(result -> {
                    resultKey.set(result.messageKey());
                    changed.set(result == CredentialChange.Result.CHANGED
                            || result == CredentialChange.Result.CHANGED_NOT_SAVED);
                })
                .onFailure(e -> {
                    resultKey.set(Errors.messageKey(e));
                    changed.set(false);
                })
                .executeWith(runner);
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

    public ReadOnlyStringProperty resultKeyProperty() {
        return resultKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
