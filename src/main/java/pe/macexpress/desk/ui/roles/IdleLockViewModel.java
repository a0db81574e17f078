package pe.macexpress.desk.ui.roles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.advisor.SupervisorGate;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * Issue 15 (roles): the idle lock's unlocking: the signed-in advisor's PIN, or a supervisor's, under
 * the sign-in lockout and audited ({@code signin.unlock}, {@code signin.failed}).
 */
public final class IdleLockViewModel {
    private final SignInService signIn;
    private final SupervisorGate gate;
    private final TaskRunner runner;
    private final ObservableList<Advisor> people = FXCollections.observableArrayList();
    private final ObjectProperty<Advisor> who = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Instant> lockedUntil = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final TaskSlot read = new TaskSlot();
    private Advisor signedIn;

    public IdleLockViewModel(SignInService signIn, SupervisorGate gate, TaskRunner runner) {
        this.signIn = signIn;
        this.gate = gate;
        this.runner = runner;
    }

    /** The lock falls on {@code advisor}'s session: they are chosen, supervisors may unlock too. */
    public void lockFor(Advisor advisor) {
        signedIn = advisor;
        people.setAll(List.of(advisor));
        who.set(advisor);
        pin.set("");
        errorKey.set("");
        lockedUntil.set(null);
        BackgroundTask.of(gate::supervisors)
                .latestIn(read)
                .onSuccess((List<Advisor> supervisors) -> {
                    List<Advisor> all = new ArrayList<>(List.of(advisor));
                    supervisors.stream().filter(s -> !s.id().equals(advisor.id())).forEach(all::add);
                    Advisor chosen = who.get();
                    people.setAll(all);
                    who.set(chosen);
                })
                .executeWith(runner);
    }

    /** Checks the PIN off the FX thread; {@code onUnlocked} runs on the FX thread when it is right. */
    public void submit(Runnable onUnlocked) {
        if (busy.get()) {
            return;
        }
        Advisor person = who.get();
        String typed = pin.get();
        if (person == null) {
            errorKey.set("roles.prompt.pick");
            return;
        }
        if (typed == null || typed.isEmpty()) {
            errorKey.set("roles.prompt.pin.empty");
            return;
        }
        errorKey.set("");
        lockedUntil.set(null);
        boolean own = signedIn != null && person.id().equals(signedIn.id());
        BackgroundTask.of(() -> signIn.check(person.id(), typed, AuditActions.SIGNIN_UNLOCK,
                        own ? "unlock" : "unlock for " + (signedIn == null ? "" : signedIn.id())))
                .busy(busy)
                .onSuccess((SignInService.Check check) -> {
                    pin.set("");
                    if (check.ok() && (own || check.role() == pe.macexpress.desk.security.Role.SUPERVISOR
                            || check.role() == pe.macexpress.desk.security.Role.TRAINER && signIn.training())) {
                        onUnlocked.run();
                        return;
                    }
                    if (check.locked()) {
                        lockedUntil.set(check.lockedUntil());
                        errorKey.set("roles.signin.locked.what");
                    } else {
                        errorKey.set(check.ok() ? "roles.gate.not.supervisor" : "roles.lock.wrong.pin");
                    }
                })
                .onFailure(e -> errorKey.set("roles.prompt.failed"))
                .executeWith(runner);
    }

    public ObservableList<Advisor> people() {
        return people;
    }

    public ObjectProperty<Advisor> whoProperty() {
        return who;
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
