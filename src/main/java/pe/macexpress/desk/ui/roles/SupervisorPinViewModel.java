package pe.macexpress.desk.ui.roles;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * Issue 15 (roles): the supervisor's PIN prompt. Pick the supervisor, type the PIN; the gate
 * (role, PIN, lockout, audit) is asked off the FX thread, and the action runs only when it allows.
 */
public final class SupervisorPinViewModel {
    private final SupervisorGate gate;
    private final TaskRunner runner;
    private final SupervisorGate.Action action;
    private final String detail;
    private final String flagAdvisorId;
    private final Consumer<Advisor> onAllowed;
    private final ObservableList<Advisor> supervisors = FXCollections.observableArrayList();
    private final ObjectProperty<Advisor> supervisor = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> lockedUntil = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final TaskSlot read = new TaskSlot();

    public SupervisorPinViewModel(SupervisorGate gate, TaskRunner runner, SupervisorGate.Action action, String detail,
                                  String flagAdvisorId, Consumer<Advisor> onAllowed) {
        this.gate = gate;
        this.runner = runner;
        this.action = action;
        this.detail = detail == null ? "" : detail;
        this.flagAdvisorId = flagAdvisorId;
        this.onAllowed = onAllowed;
    }

    /** Reads the supervisors (one is chosen when there is only one). */
    public void load() {
        BackgroundTask.of(gate::supervisors)
                .latestIn(read)
                .onSuccess((List<Advisor> list) -> {
                    supervisors.setAll(list);
                    if (list.size() == 1) {
                        supervisor.set(list.get(0));
                    }
                    errorKey.set(list.isEmpty() ? "roles.prompt.none" : "");
                })
                .onFailure(e -> errorKey.set("roles.prompt.read.failed"))
                .executeWith(runner);
    }

    public void submit() {
        if (busy.get()) {
            return;
        }
        Advisor who = supervisor.get();
        String typed = pin.get();
        if (who == null) {
            errorKey.set(supervisors.isEmpty() ? "roles.prompt.none" : "roles.prompt.pick");
            return;
        }
        if (typed == null || typed.isEmpty()) {
            errorKey.set("roles.prompt.pin.empty");
            return;
        }
        errorKey.set("");
        lockedUntil.set(null);
        BackgroundTask.of(() -> flagAdvisorId != null
                        ? gate.authorizeFlagResolution(who.id(), typed, flagAdvisorId, detail)
                        : gate.authorize(who.id(), typed, action, detail))
                .busy(busy)
                .onSuccess((SupervisorGate.Decision d) -> {
                    pin.set("");
                    if (d.allowed()) {
                        onAllowed.accept(d.supervisor());
                        return;
                    }
                    if (d.lockedUntil().isAfter(Instant.EPOCH)) {
                        lockedUntil.set(d.lockedUntil());
                    }
                    errorKey.set(d.messageKey());
                })
                .onFailure(e -> errorKey.set("roles.prompt.failed"))
                .executeWith(runner);
    }

    /** The message key naming the action ({@code roles.action.<action>}). */
    public String actionKey() {
        return action.messageKey();
    }

    public ObservableList<Advisor> supervisors() {
        return supervisors;
    }

    public ObjectProperty<Advisor> supervisorProperty() {
        return supervisor;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> lockedUntilProperty() {
        return lockedUntil.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
