package pe.macexpress.desk.ui.roles;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Issue 15 (roles): the supervisor's PIN prompt. Pick the supervisor, type the PIN; the gate
 * (role, PIN, lockout, audit) is asked off the FX thread, and the action runs only when it allows.
 */
public final class SupervisorPinViewModel extends PinEntryViewModel {
    private final SupervisorGate.Action action;
    private final String detail;
    private final String flagAdvisorId;
    private final Consumer<Advisor> onAllowed;

    public SupervisorPinViewModel(SupervisorGate gate, TaskRunner runner, SupervisorGate.Action action, String detail,
                                  String flagAdvisorId, Consumer<Advisor> onAllowed) {
        super(gate, runner);
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
                    choices.setAll(list);
                    if (list.size() == 1) {
                        chosen.set(list.get(0));
                    }
                    errorKey.set(list.isEmpty() ? "roles.prompt.none" : "");
                })
                .onFailure(e -> errorKey.set("roles.prompt.read.failed"))
                .executeWith(runner);
    }

    public void submit() {
        checkPin(choices.isEmpty() ? "roles.prompt.none" : "roles.prompt.pick",
                (who, typed) -> flagAdvisorId != null
                        ? gate.authorizeFlagResolution(who.id(), typed, flagAdvisorId, detail)
                        : gate.authorize(who.id(), typed, action, detail),
                (SupervisorGate.Decision d) -> {
                    if (d.allowed()) {
                        onAllowed.accept(d.supervisor());
                        return;
                    }
                    if (d.lockedUntil().isAfter(Instant.EPOCH)) {
                        lockedUntil.set(d.lockedUntil());
                    }
                    errorKey.set(d.messageKey());
                });
    }

    /** The message key naming the action ({@code roles.action.<action>}). */
    public String actionKey() {
        return action.messageKey();
    }

    public ObservableList<Advisor> supervisors() {
        return choices;
    }

    public ObjectProperty<Advisor> supervisorProperty() {
        return chosen;
    }
}
