package pe.macexpress.desk.ui.login;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/** Pick an advisor, type the PIN; checked against the local hash, no server needed. */
public final class LoginViewModel {
    private final ObservableList<Advisor> advisors = FXCollections.observableArrayList();
    private final ObservableList<Advisor> advisorsView = FXCollections.unmodifiableObservableList(advisors);
    private final ObjectProperty<Advisor> advisor = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Issue 15: until when sign-in waits after too many wrong PINs (null: it does not). */
    private final javafx.beans.property.ReadOnlyObjectWrapper<java.time.Instant> lockedUntil =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    /** A calm word while the desk finishes starting behind an accepted sign-in (not an error). */
    private final ReadOnlyStringWrapper noticeKey = new ReadOnlyStringWrapper("");
    private final TaskSlot advisorsRead = new TaskSlot();
    /** Issue 15: an advisor whose right PIN is too short for production, to be replaced (null: none). */
    private final javafx.beans.property.ReadOnlyObjectWrapper<ShortPin> pinChange =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private final SignInService signIn;
    private final TaskRunner runner;

    public LoginViewModel(SignInService signIn, TaskRunner runner) {
        this.signIn = signIn;
        this.runner = runner;
    }

    public void loadAdvisors() {
        BackgroundTask.of(signIn::advisors)
                .latestIn(advisorsRead)
                .onSuccess(this::showAdvisors)
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    /** The active advisors, read already (at start, with the data folder); the first is chosen. */
    public void showAdvisors(List<Advisor> list) {
        advisors.setAll(list);
        if (advisor.get() == null && !list.isEmpty()) {
            advisor.set(list.get(0));
        }
        errorKey.set(list.isEmpty() ? "login.error.no.advisors" : "");
    }

    public void submit(Consumer<AdvisorSession> onSignedIn) {
        if (busy.get()) {
            return;
        }
        if (advisor.get() == null) {
            errorKey.set("login.error.pick.advisor");
            return;
        }
        if (pin.get() == null || pin.get().isEmpty()) {
            errorKey.set("login.error.pin.empty");
            return;
        }
        errorKey.set("");
        Advisor who = advisor.get();
        String typed = pin.get();
        lockedUntil.set(null);
        BackgroundTask.of(() -> signIn.signIn(who, typed))
                .busy(busy)
                .onSuccess((SignInService.Attempt result) -> {
                    pin.set("");
                    Optional<AdvisorSession> session = result.session();
                    if (session.isPresent()) {
                        onSignedIn.accept(session.get());
                    } else if (result.check().outcome() == SignInService.Outcome.PIN_CHANGE) {
                        // Issue 15: a PIN from before the 6-digit rule: the change step first.
                        pinChange.set(new ShortPin(who, typed));
                    } else if (result.check().locked()) {
                        // Issue 15: the wait is shown with its end, in the advisor's language.
                        lockedUntil.set(result.check().lockedUntil());
                        errorKey.set("roles.signin.locked.what");
                    } else {
                        errorKey.set(result.check().outcome() == SignInService.Outcome.UNKNOWN
                                ? "roles.signin.unknown" : "login.error.pin.wrong");
                    }
                })
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    public ObservableList<Advisor> advisors() {
        return advisorsView;
    }

    public ObjectProperty<Advisor> advisorProperty() {
        return advisor;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    /** The PIN was accepted but the attention screens are still being built: say so. */
    public void waitingForDesk() {
        noticeKey.set("login.preparing");
    }

    public void deskReady() {
        noticeKey.set("");
    }

    public ReadOnlyStringProperty noticeKeyProperty() {
        return noticeKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    /** Issue 15: until when sign-in waits (null: it does not). */
    public javafx.beans.property.ReadOnlyObjectProperty<java.time.Instant> lockedUntilProperty() {
        return lockedUntil.getReadOnlyProperty();
    }

    /** Issue 15: who signed in with a PIN to replace, and that PIN ({@link #toString()} leaves it out). */
    public record ShortPin(Advisor advisor, String oldPin) {
        @Override
        public String toString() {
            return "ShortPin[" + (advisor == null ? "" : advisor.id()) + "]";
        }
    }

    /** Issue 15: set when the PIN change step must come before the counter ({@link PinChangeScreen}). */
    public javafx.beans.property.ReadOnlyObjectProperty<ShortPin> pinChangeProperty() {
        return pinChange.getReadOnlyProperty();
    }

    /** Issue 15: the change step is over (done or cancelled): the old PIN is forgotten. */
    public void pinChangeOver() {
        pinChange.set(null);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
