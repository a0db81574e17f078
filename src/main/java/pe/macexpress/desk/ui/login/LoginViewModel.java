package pe.macexpress.desk.ui.login;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/** Pick an advisor, type the PIN; checked against the local hash, no server needed. */
public final class LoginViewModel {
    private final ObservableList<Advisor> advisors = FXCollections.observableArrayList();
    private final ObjectProperty<Advisor> advisor = new SimpleObjectProperty<>();
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty errorKey = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final SignInService signIn;
    private final TaskRunner runner;

    public LoginViewModel(SignInService signIn, TaskRunner runner) {
        this.signIn = signIn;
        this.runner = runner;
    }

    public void loadAdvisors() {
        runner.run(signIn::advisors, list -> {
            advisors.setAll(list);
            if (advisor.get() == null && !list.isEmpty()) {
                advisor.set(list.get(0));
            }
            errorKey.set(list.isEmpty() ? "login.error.no.advisors" : "");
        }, e -> errorKey.set(Errors.messageKey(e)));
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
        busy.set(true);
        errorKey.set("");
        Advisor who = advisor.get();
        String typed = pin.get();
        runner.run(() -> signIn.signIn(who, typed), (Optional<AdvisorSession> result) -> {
            busy.set(false);
            pin.set("");
            if (result.isPresent()) {
                onSignedIn.accept(result.get());
            } else {
                errorKey.set("login.error.pin.wrong");
            }
        }, e -> {
            busy.set(false);
            errorKey.set(Errors.messageKey(e));
        });
    }

    public ObservableList<Advisor> advisors() {
        return advisors;
    }

    public ObjectProperty<Advisor> advisorProperty() {
        return advisor;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty errorKeyProperty() {
        return errorKey;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
