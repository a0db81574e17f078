package pe.macexpress.desk.ui.login;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Issue 15 (pin): a PIN set before the 6-digit rule is replaced at sign-in in production: the new
 * PIN typed twice, refused with a reason (length, digits, the two differ, the old one), saved off the
 * FX thread; then the session opens.
 */
public final class PinChangeViewModel {
    private final StringProperty newPin = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final SignInService signIn;
    private final TaskRunner runner;
    private LoginViewModel.ShortPin current;

    public PinChangeViewModel(SignInService signIn, TaskRunner runner) {
        this.signIn = signIn;
        this.runner = runner;
    }

    /** A new change step for {@code who}: the fields and the error line start empty. */
    public void start(LoginViewModel.ShortPin who) {
        current = who;
        clear();
    }

    /** Forgets the old PIN and what was typed. */
    public void clear() {
        newPin.set("");
        repeat.set("");
        errorKey.set("");
    }

    /** The error key of each refusal (the keys of the {@code pin.} block). */
    static String errorKey(SignInService.PinChange refusal) {
        return switch (refusal) {
            case NOT_DIGITS -> "pin.change.error.digits";
            case LENGTH -> "pin.change.error.length";
            case DIFFERENT -> "pin.change.error.different";
            case SAME_AS_OLD -> "pin.change.error.same";
            case REFUSED -> "pin.change.error.refused";
            case CHANGED -> "";
        };
    }

    /** Checks and saves the new PIN; {@code onSaved} gets the session on the FX thread. */
    public void submit(Consumer<AdvisorSession> onSaved) {
        if (busy.get() || current == null) {
            return;
        }
        String typed = newPin.get();
        String again = repeat.get();
        SignInService.PinChange wrong = signIn.validateNewPin(current.oldPin(), typed, again);
        if (wrong != SignInService.PinChange.CHANGED) {
            errorKey.set(errorKey(wrong));
            if (wrong != SignInService.PinChange.DIFFERENT) {
                newPin.set("");
            }
            repeat.set("");
            return;
        }
        errorKey.set("");
        LoginViewModel.ShortPin who = current;
        BackgroundTask.of(() -> signIn.replaceShortPin(who.advisor(), who.oldPin(), typed, again))
                .busy(busy)
                .onSuccess((SignInService.Change change) -> {
                    if (change.session().isPresent()) {
                        current = null;
                        clear();
                        onSaved.accept(change.session().get());
                    } else {
                        errorKey.set(errorKey(change.result()));
                        repeat.set("");
                    }
                })
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    public StringProperty newPinProperty() {
        return newPin;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
