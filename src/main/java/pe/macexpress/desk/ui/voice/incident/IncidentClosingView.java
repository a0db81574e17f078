package pe.macexpress.desk.ui.voice.incident;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.help.Keys;

/**
 * Closing a serious incident, over the supervisor's screen: which incident, for a suspected breach
 * when the Autoridad was notified and the notification's reference, then the supervisor chosen and
 * their own PIN. Enter in a field records it, Esc or "Cancelar" goes back.
 */
public final class IncidentClosingView extends StackPane {
    private final ComboBox<Advisor> supervisor = new ComboBox<>();
    private final TextField reference = new TextField();

    public IncidentClosingView(IncidentSupervisorViewModel vm, I18n i18n, ZoneId zone, Runnable onClose) {
        setId("incident-closing-overlay");
        getStyleClass().addAll("overlay", "incident-overlay");
        BooleanBinding breach = Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().isBreach(), vm.selectedProperty());

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.textProperty().bind(i18n.computed(() -> i18n.get(breach.get() ? "incident.sup.notify.title"
                : "incident.sup.close.title"), breach));
        Label which = new Label();
        which.setId("incident-closing-which");
        which.setWrapText(true);
        which.setMinHeight(Region.USE_PREF_SIZE);
        which.textProperty().bind(i18n.computed(() -> {
            Incident i = vm.selectedProperty().get();
            return i == null ? "" : IncidentCard.row(i, i18n, zone);
        }, vm.selectedProperty()));

        TextField date = new TextField();
        date.setId("incident-notified-date");
        date.setPrefColumnCount(8);
        Fields.limit(date, 10);
        date.textProperty().bindBidirectional(vm.notifiedDateProperty());
        TextField time = new TextField();
        time.setId("incident-notified-time");
        time.setPrefColumnCount(4);
        Fields.limit(time, 5);
        time.textProperty().bindBidirectional(vm.notifiedTimeProperty());
        Label whenHint = new Label();
        whenHint.getStyleClass().add("hint");
        whenHint.textProperty().bind(i18n.text("incident.when.hint"));
        HBox whenRow = new HBox(8, date, time, whenHint);
        whenRow.setAlignment(Pos.CENTER_LEFT);
        reference.setId("incident-reference");
        reference.setPrefColumnCount(22);
        Fields.limit(reference, Incident.MAX_REFERENCE);
        reference.textProperty().bindBidirectional(vm.referenceProperty());
        VBox whenBox = new VBox(4, label(i18n, "incident.sup.notified.when"), whenRow);
        VBox referenceBox = new VBox(4, label(i18n, "incident.sup.reference"), reference);
        FlowPane breachPart = new FlowPane(16, 8, whenBox, referenceBox);
        breachPart.visibleProperty().bind(breach);
        breachPart.managedProperty().bind(breach);

        supervisor.setId("incident-supervisor");
        supervisor.setItems(vm.supervisors());
        supervisor.valueProperty().bindBidirectional(vm.supervisorProperty());
        Fields.localizedCells(supervisor, a -> i18n.computed(a::fullName));
        supervisor.setMinWidth(Region.USE_PREF_SIZE);
        PasswordField pin = new PasswordField();
        pin.setId("incident-pin");
        pin.setPrefColumnCount(8);
        pin.textProperty().bindBidirectional(vm.pinProperty());
        VBox who = new VBox(4, label(i18n, "incident.sup.supervisor"), supervisor);
        VBox pinBox = new VBox(4, label(i18n, "incident.sup.pin"), pin);
        FlowPane whoRow = new FlowPane(16, 8, who, pinBox);

        Label problem = Fields.errorLine(i18n, "incident-close-problem", vm.problemKeyProperty());
        problem.setMinHeight(Region.USE_PREF_SIZE);

        Button cancel = new Button();
        cancel.setId("incident-close-cancel");
        cancel.textProperty().bind(i18n.text("incident.cancel"));
        cancel.setOnAction(e -> onClose.run());
        Button record = new Button();
        record.setId("incident-close");
        record.textProperty().bind(i18n.computed(() -> i18n.get(breach.get() ? "incident.sup.notify"
                : "incident.sup.close"), breach));
        record.disableProperty().bind(vm.busyProperty());
        record.setOnAction(e -> vm.closeSelected());
        HBox actions = new HBox(10, cancel, record);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox dialog = new VBox(8, title, which, breachPart, whoRow, problem, actions);
        dialog.setId("incident-closing-dialog");
        dialog.getStyleClass().addAll("card", "incident-dialog");
        dialog.setMaxSize(900, USE_PREF_SIZE);
        getChildren().add(dialog);
        StackPane.setAlignment(dialog, Pos.TOP_CENTER);

        // A refused PIN (or none chosen): straight back to the PIN, typed again.
        vm.problemKeyProperty().addListener((o, was, now) -> {
            if ("incident.error.pin".equals(now) || "incident.error.supervisor".equals(now)) {
                Keys.focusSoon(vm.supervisorProperty().get() == null ? supervisor : pin);
            }
        });
        Keys.screen(this, onClose);
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShiftDown() && !e.isControlDown()
                    && e.getTarget() instanceof TextField) {
                e.consume();
                vm.closeSelected();
            }
        });
    }

    /** Where typing starts: the reference of a breach, else the supervisor. */
    public void focusStart(boolean breach) {
        Keys.focusSoon(breach ? reference : supervisor);
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(i18n.text(key));
        return l;
    }
}
