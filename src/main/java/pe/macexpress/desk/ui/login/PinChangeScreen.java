package pe.macexpress.desk.ui.login;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.advisor.PinHasher;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.ui.common.TouchButtons;
import pe.macexpress.desk.ui.help.Keys;

/**
 * Issue 15 (pin): in production, an advisor who signed in with a PIN shorter than 6 digits (set
 * before the rule) types a new one twice before the counter opens. Enter goes from the first field
 * to the second, then saves; Esc or Cancel goes back to sign-in with nothing changed. 44 px targets.
 */
public final class PinChangeScreen extends VBox {
    private final PasswordField newPin = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public PinChangeScreen(PinChangeViewModel vm, I18n i18n, Runnable onCancel, Consumer<AdvisorSession> onSaved) {
        setId("pin-change");
        getStyleClass().addAll("screen", "login", "pin-change");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMaxWidth(560);
        setPadding(new Insets(24));

        Label title = new Label();
        title.setId("pin-change-title");
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("pin.change.title"));
        Label why = new Label();
        why.setId("pin-change-why");
        why.setWrapText(true);
        why.textProperty().bind(i18n.text("pin.change.why", PinHasher.PRODUCTION_MIN_DIGITS));

        Label newLabel = new Label();
        newLabel.setWrapText(true);
        newLabel.textProperty().bind(i18n.text("pin.change.new", PinHasher.PRODUCTION_MIN_DIGITS));
        newPin.setId("pin-change-new");
        newPin.getStyleClass().add("pin-change-field");
        newPin.textProperty().bindBidirectional(vm.newPinProperty());
        newLabel.setLabelFor(newPin);
        Label repeatLabel = new Label();
        repeatLabel.setWrapText(true);
        repeatLabel.textProperty().bind(i18n.text("pin.change.repeat"));
        repeat.setId("pin-change-repeat");
        repeat.getStyleClass().add("pin-change-field");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        repeatLabel.setLabelFor(repeat);

        Label error = Fields.errorLine(i18n, "pin-change-error", vm.errorKeyProperty());

        Button save = TouchButtons.of(i18n, "pin-change-save", "pin.change.save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.busyProperty());
        Button cancel = TouchButtons.of(i18n, "pin-change-cancel", "pin.change.cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        Runnable submit = () -> vm.submit(onSaved);
        save.setOnAction(e -> submit.run());
        // Enter in the first field goes on to the second (saving only once both are typed).
        newPin.setOnAction(e -> {
            e.consume();
            if (repeat.getText().isEmpty()) {
                repeat.requestFocus();
            } else {
                submit.run();
            }
        });
        // A refusal empties the fields it names: typing starts again where it should.
        vm.errorKeyProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                focusStart();
            }
        });
        FlowPane actions = new FlowPane(10, 10, save, cancel);
        actions.setAlignment(Pos.CENTER_RIGHT);

        // The field labels start where their fields do (the title alone is centred).
        for (Label l : new Label[] {why, newLabel, repeatLabel, error}) {
            l.setMaxWidth(Double.MAX_VALUE);
        }
        getChildren().addAll(title, why, newLabel, newPin, repeatLabel, repeat, error, actions);
        Keys.screen(this, onCancel);
    }

    /** Typing starts in the first empty field. */
    public void focusStart() {
        Platform.runLater(() -> (newPin.getText().isEmpty() ? newPin : repeat).requestFocus());
    }

    /**
     * Hooks the change step in behind {@code loginVm}: when a sign-in needs a new PIN, this screen
     * is shown ({@code show}); Cancel/Esc shows the sign-in screen again ({@code backToLogin}); once
     * saved, sign-in goes back there and {@code onSignedIn} gets the session.
     */
    public static PinChangeScreen install(LoginViewModel loginVm, SignInService signIn, I18n i18n, TaskRunner runner,
                                          Consumer<Node> show, Runnable backToLogin,
                                          Consumer<AdvisorSession> onSignedIn) {
        PinChangeViewModel vm = new PinChangeViewModel(signIn, runner);
        PinChangeScreen[] screen = new PinChangeScreen[1];
        screen[0] = new PinChangeScreen(vm, i18n, () -> {
            vm.start(null);
            loginVm.pinChangeOver();
            backToLogin.run();
        }, session -> {
            loginVm.pinChangeOver();
            backToLogin.run();
            onSignedIn.accept(session);
        });
        loginVm.pinChangeProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.start(now);
                show.accept(screen[0]);
                screen[0].focusStart();
            }
        });
        return screen[0];
    }
}
