package pe.macexpress.desk.ui.roles;

import java.time.ZoneId;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TouchButtons;
import pe.macexpress.desk.ui.help.Keys;

/**
 * Issue 15 (roles): the supervisor's PIN, asked over the current screen (which stays as it was):
 * which supervisor, their PIN, Enter authorizes, Esc cancels; 44 px targets; a refusal says what to
 * do next, and a lockout until when.
 */
public final class SupervisorPinPrompt extends StackPane {
    private final ComboBox<Advisor> supervisor;
    private final PasswordField pin = new PasswordField();

    public SupervisorPinPrompt(SupervisorPinViewModel vm, I18n i18n, ZoneId zone, Runnable onCancel) {
        setId("roles-prompt");
        getStyleClass().addAll("overlay", "roles-overlay");

        Label title = new Label();
        title.setId("roles-prompt-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("roles.prompt.title"));
        Label action = new Label();
        action.setId("roles-prompt-action");
        action.setWrapText(true);
        action.textProperty().bind(i18n.computed(() -> i18n.get("roles.prompt.action", i18n.get(vm.actionKey()))));

        Label whoLabel = new Label();
        whoLabel.setWrapText(true);
        whoLabel.textProperty().bind(i18n.text("roles.prompt.supervisor"));
        supervisor = new ComboBox<>(vm.supervisors());
        supervisor.setId("roles-prompt-supervisor");
        supervisor.getStyleClass().add("roles-field");
        supervisor.setMaxWidth(Double.MAX_VALUE);
        supervisor.valueProperty().bindBidirectional(vm.supervisorProperty());
        supervisor.setConverter(AdvisorNames.CONVERTER);
        whoLabel.setLabelFor(supervisor);
        supervisor.setOnHidden(e -> {
            if (supervisor.getValue() != null) {
                pin.requestFocus();
            }
        });

        Label pinLabel = new Label();
        pinLabel.setWrapText(true);
        pinLabel.textProperty().bind(i18n.text("roles.prompt.pin"));
        pin.setId("roles-prompt-pin");
        pin.getStyleClass().add("roles-field");
        pin.textProperty().bindBidirectional(vm.pinProperty());
        pinLabel.setLabelFor(pin);

        Label error = Fields.errorLine(i18n, "roles-prompt-error", vm.errorKeyProperty());
        Label locked = LockedUntil.label(i18n, "roles-prompt-locked", vm.lockedUntilProperty(), zone);

        Button confirm = TouchButtons.of(i18n, "roles-prompt-confirm", "roles.prompt.confirm");
        confirm.setDefaultButton(true);
        confirm.disableProperty().bind(vm.busyProperty());
        confirm.setOnAction(e -> vm.submit());
        Button cancel = TouchButtons.of(i18n, "roles-prompt-cancel", "roles.prompt.cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onCancel.run());
        FlowPane actions = new FlowPane(10, 10, confirm, cancel);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox dialog = new VBox(10, title, action, whoLabel, supervisor, pinLabel, pin, locked, error, actions);
        dialog.getStyleClass().addAll("card", "lookup-dialog", "roles-dialog");
        dialog.setMaxSize(520, USE_PREF_SIZE);
        dialog.setFillWidth(true);
        LockedUntil.neverCut(dialog);
        getChildren().add(dialog);
        StackPane.setAlignment(dialog, Pos.TOP_CENTER);

        Keys.screen(this, onCancel);
        // Enter authorizes from the list or the PIN (a button with the focus fires itself, see Keys);
        // keys typed here never reach the screen underneath (nor its default button).
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !confirm.isDisabled() && !supervisor.isShowing()) {
                vm.submit();
            }
            if (e.getCode() != KeyCode.TAB) {
                e.consume();
            }
        });
        // A digit typed while the list has the focus goes to the PIN.
        supervisor.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (!supervisor.isShowing() && c != null && c.length() == 1 && Character.isDigit(c.charAt(0))) {
                e.consume();
                pin.appendText(c);
                pin.requestFocus();
                pin.end();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                focusStart();
            }
        });
        vm.supervisors().addListener((javafx.collections.ListChangeListener<Advisor>) c -> focusStart());
    }

    /** The PIN when a supervisor is chosen, else the list. */
    public void focusStart() {
        Platform.runLater(() -> (supervisor.getValue() == null && !supervisor.getItems().isEmpty()
                ? (javafx.scene.Node) supervisor : pin).requestFocus());
    }
}
