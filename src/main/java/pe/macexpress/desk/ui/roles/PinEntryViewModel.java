package pe.macexpress.desk.ui.roles;

import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
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
 * Issue 15 (roles): what the supervisor's PIN prompt and the idle lock share: pick a person, type
 * a PIN, have it checked off the FX thread (busy meanwhile, the PIN cleared after), an error key
 * and, after too many wrong PINs, until when the person waits.
 */
public abstract class PinEntryViewModel {
    protected final SupervisorGate gate;
    protected final TaskRunner runner;
    protected final ObservableList<Advisor> choices = FXCollections.observableArrayList();
    protected final ObjectProperty<Advisor> chosen = new SimpleObjectProperty<>();
    protected final StringProperty pin = new SimpleStringProperty("");
    protected final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    protected final ReadOnlyObjectWrapper<Instant> lockedUntil = new ReadOnlyObjectWrapper<>();
    protected final BooleanProperty busy = new SimpleBooleanProperty();
    protected final TaskSlot read = new TaskSlot();

    protected PinEntryViewModel(SupervisorGate gate, TaskRunner runner) {
        this.gate = gate;
        this.runner = runner;
    }

    /**
     * Checks the typed PIN of the chosen person with {@code check} off the FX thread, unless busy;
     * with no one chosen the error is {@code noChoiceKey}, with no PIN {@code roles.prompt.pin.empty}.
     * The PIN is cleared before {@code onAnswer} gets the answer on the FX thread.
     */
    protected final <R> void checkPin(String noChoiceKey, BiFunction<Advisor, String, R> check,
                                      Consumer<R> onAnswer) {
        if (busy.get()) {
            return;
        }
        Advisor person = chosen.get();
        String typed = pin.get();
        if (person == null) {
            errorKey.set(noChoiceKey);
            return;
        }
        if (typed == null || typed.isEmpty()) {
            errorKey.set("roles.prompt.pin.empty");
            return;
        }
        errorKey.set("");
        lockedUntil.set(null);
        Callable<R> work = () -> check.apply(person, typed);
        BackgroundTask.of(work)
                .busy(busy)
                .onSuccess((R answer) -> {
                    pin.set("");
                    onAnswer.accept(answer);
                })
                .onFailure(e -> errorKey.set("roles.prompt.failed"))
                .executeWith(runner);
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
