package pe.macexpress.desk.ui.login;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.app.TrainingHints;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.roles.AdvisorNames;

/** The sign-in screen. */
public final class LoginView extends VBox {
    private final PasswordField pin = new PasswordField();
    private final ComboBox<Advisor> advisor;

    public LoginView(LoginViewModel vm, I18n i18n, TrainingHints hints, Consumer<AdvisorSession> onSignedIn) {
        this(vm, i18n, hints, onSignedIn, java.time.ZoneId.systemDefault());
    }

    public LoginView(LoginViewModel vm, I18n i18n, TrainingHints hints, Consumer<AdvisorSession> onSignedIn,
                     java.time.ZoneId zone) {
        getStyleClass().addAll("screen", "login");
        setAlignment(Pos.CENTER);
        setSpacing(16);
        setMaxWidth(520);

        Label heading = new Label();
        heading.getStyleClass().add("screen-title");
        heading.textProperty().bind(i18n.text("login.title"));

        Label advisorLabel = new Label();
        advisorLabel.textProperty().bind(i18n.text("login.advisor"));
        ComboBox<Advisor> advisor = new ComboBox<>(vm.advisors());
        this.advisor = advisor;
        advisor.setId("login-advisor");
        advisor.setMaxWidth(Double.MAX_VALUE);
        advisor.valueProperty().bindBidirectional(vm.advisorProperty());
        advisor.setConverter(AdvisorNames.CONVERTER);
        advisorLabel.setLabelFor(advisor);

        Label pinLabel = new Label();
        pinLabel.textProperty().bind(i18n.text("login.pin"));
        pin.setId("login-pin");
        pin.textProperty().bindBidirectional(vm.pinProperty());
        pinLabel.setLabelFor(pin);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(12);
        form.addRow(0, advisorLabel, advisor);
        form.addRow(1, pinLabel, pin);
        form.getColumnConstraints().addAll(new javafx.scene.layout.ColumnConstraints(),
                new javafx.scene.layout.ColumnConstraints(260));

        Label error = Fields.errorLine(i18n, "login-error", vm.errorKeyProperty());
        // Issue 15: after too many wrong PINs, until when sign-in waits (the error line says what to do).
        Label locked = new Label();
        locked.setId("login-locked");
        locked.getStyleClass().addAll("error-text", "roles-locked");
        locked.setWrapText(true);
        locked.textProperty().bind(i18n.computed(() -> vm.lockedUntilProperty().get() == null ? ""
                : i18n.get("roles.signin.locked", i18n.dateTime(vm.lockedUntilProperty().get(), zone)),
                vm.lockedUntilProperty()));
        Fields.collapseWhenEmpty(locked);
        Label notice = new Label();
        notice.setId("login-notice");
        notice.getStyleClass().add("hint");
        notice.setWrapText(true);
        notice.textProperty().bind(i18n.text(vm.noticeKeyProperty()));
        Fields.collapseWhenEmpty(notice);

        Button submit = new Button();
        submit.setId("login-submit");
        submit.setDefaultButton(true);
        submit.textProperty().bind(i18n.text("login.submit"));
        submit.disableProperty().bind(vm.busyProperty());
        submit.setOnAction(e -> vm.submit(onSignedIn));

        // A PIN typed while the advisor list has the focus goes to the PIN field, never lost.
        advisor.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String c = e.getCharacter();
            if (!advisor.isShowing() && c != null && c.length() == 1 && Character.isDigit(c.charAt(0))) {
                e.consume();
                pin.appendText(c);
                pin.requestFocus();
                pin.end();
            }
        });
        // The advisor chosen from the list: the PIN is typed next.
        advisor.setOnHidden(e -> {
            if (advisor.getValue() != null) {
                pin.requestFocus();
            }
        });
        pe.macexpress.desk.ui.help.Keys.screen(this, null);

        getChildren().addAll(heading, form, locked, error, notice, submit);
        if (hints.hasDemoPin()) {
            Label hint = new Label();
            hint.setId("login-training-hint");
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            hint.textProperty().bind(i18n.text("login.training.hint", hints.demoPin()));
            getChildren().add(hint);
        }
        setPadding(new Insets(24));
    }

    /** Typing starts in the PIN field (the last advisor is preselected); in the list when none is. */
    public void focusStart() {
        javafx.application.Platform.runLater(() -> (advisor.getValue() == null && !advisor.getItems().isEmpty()
                ? (javafx.scene.Node) advisor : pin).requestFocus());
    }
}
