package pe.macexpress.desk.ui.supervisor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.security.EnrollmentCode;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.Enrollment;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/** Enrolls the workstation with the central: its address and a one-time code. */
public final class EnrollmentViewModel {
    private final StringProperty centralUrl = new SimpleStringProperty("");
    private final StringProperty enrollmentCode = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper resultKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper enrolled = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Enrollment enrollment;
    private final Central central;
    private final TaskRunner runner;

    public EnrollmentViewModel(Enrollment enrollment, Central central, TaskRunner runner) {
        this.enrollment = enrollment;
        this.central = central;
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
            resultKey.set("sync.enroll.missing");
            return;
        }
        if (!EnrollmentCode.isWellFormed(code)) {
            // Issue 15: checked here, so a typo costs no try at the central (which locks out after a few).
            resultKey.set(Enrollment.Result.MALFORMED_CODE.messageKey());
            return;
        }
        resultKey.set("");
        BackgroundTask.of(() -> enrollment.enroll(url, code))
                .busy(busy)
                .onSuccess(result -> {
                    resultKey.set(result.messageKey());
                    enrolled.set(central.enrolled());
                })
                .onFailure(e -> resultKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    public StringProperty centralUrlProperty() {
        return centralUrl;
    }

    public StringProperty enrollmentCodeProperty() {
        return enrollmentCode;
    }

    public ReadOnlyStringProperty resultKeyProperty() {
        return resultKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty enrolledProperty() {
        return enrolled.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
