package pe.macexpress.desk.ui.voice.incident;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * "Registrar incidente" as a dialog over whatever screen is showing (a visit under way stays as it
 * was underneath): type, severity, when, what happened, what was done. Enter saves (outside the
 * text areas), Esc or "Cancelar" goes back; after saving, one line says it is stored (and, when
 * serious, that it goes to the central first) and "Volver" returns.
 */
public final class IncidentView extends StackPane {
    private final ComboBox<IncidentType> type = new ComboBox<>();
    private final Button back = new Button();

    public IncidentView(IncidentViewModel vm, I18n i18n, Runnable onClose) {
        setId("incident-overlay");
        getStyleClass().addAll("overlay", "incident-overlay");

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("incident.title"));

        type.setId("incident-type");
        type.getItems().setAll(IncidentType.values());
        type.valueProperty().bindBidirectional(vm.typeProperty());
        Fields.localizedCells(type, t -> i18n.text(t.messageKey()));
        type.promptTextProperty().bind(i18n.text("incident.type.prompt"));
        type.setMaxWidth(Double.MAX_VALUE);
        type.setMinWidth(Region.USE_PREF_SIZE);

        ToggleGroup severities = new ToggleGroup();
        HBox severityButtons = new HBox(6);
        for (IncidentSeverity s : IncidentSeverity.values()) {
            ToggleButton b = new ToggleButton();
            b.setId("incident-severity-" + s.code());
            b.getStyleClass().add("incident-severity");
            b.setUserData(s);
            b.setToggleGroup(severities);
            b.textProperty().bind(i18n.text(s.messageKey()));
            b.setMinWidth(Region.USE_PREF_SIZE);
            severityButtons.getChildren().add(b);
        }
        severities.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && vm.severityProperty().get() != null) {
                // A severity stays chosen: a second touch on it does not clear it.
                severities.selectToggle(was);
            } else if (now != null) {
                vm.severityProperty().set((IncidentSeverity) now.getUserData());
            }
        });
        vm.severityProperty().addListener((o, was, now) -> severities.getToggles().forEach(t ->
                t.setSelected(t.getUserData() == now)));

        TextField date = new TextField();
        date.setId("incident-date");
        date.setPrefColumnCount(8);
        Fields.limit(date, 10);
        date.textProperty().bindBidirectional(vm.dateProperty());
        TextField time = new TextField();
        time.setId("incident-time");
        time.setPrefColumnCount(4);
        Fields.limit(time, 5);
        time.textProperty().bindBidirectional(vm.timeProperty());
        Label whenHint = new Label();
        whenHint.getStyleClass().add("hint");
        whenHint.textProperty().bind(i18n.text("incident.when.hint"));
        HBox whenRow = new HBox(8, date, time, whenHint);
        whenRow.setAlignment(Pos.CENTER_LEFT);

        // Type and severity side by side, when below: the form fits a 1024×600 netbook without scrolling.
        VBox typeBox = new VBox(4, label(i18n, "incident.type"), type);
        VBox severityBox = new VBox(4, label(i18n, "incident.severity"), severityButtons);
        VBox whenBox = new VBox(4, label(i18n, "incident.when"), whenRow);
        FlowPane firstRow = new FlowPane(16, 8, typeBox, severityBox, whenBox);

        Label serious = new Label();
        serious.setId("incident-serious");
        serious.getStyleClass().add("incident-serious");
        serious.setWrapText(true);
        serious.setMinHeight(Region.USE_PREF_SIZE);
        serious.textProperty().bind(i18n.computed(() -> !vm.seriousProperty().get() ? ""
                : i18n.get(vm.typeProperty().get() == IncidentType.DATA_BREACH ? "incident.serious.breach"
                : "incident.serious.hint"), vm.seriousProperty(), vm.typeProperty()));
        Fields.collapseWhenEmpty(serious);

        TextArea what = area("incident-what", 2, vm.whatProperty());
        TextArea done = area("incident-done", 2, vm.doneProperty());

        Label problem = Fields.errorLine(i18n, "incident-problem", vm.problemKeyProperty());
        problem.setMinHeight(Region.USE_PREF_SIZE);

        Button cancel = new Button();
        cancel.setId("incident-cancel");
        cancel.textProperty().bind(i18n.text("incident.cancel"));
        cancel.setOnAction(e -> onClose.run());
        Button save = new Button();
        save.setId("incident-save");
        save.getStyleClass().add("primary");
        save.textProperty().bind(i18n.text("incident.save"));
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        HBox actions = new HBox(10, cancel, save);
        actions.setAlignment(Pos.CENTER_RIGHT);

        // What happened and what was done side by side: the whole form fits a 1024×600 netbook.
        VBox whatBox = new VBox(4, label(i18n, "incident.what"), what);
        VBox doneBox = new VBox(4, label(i18n, "incident.done"), done);
        HBox.setHgrow(whatBox, Priority.ALWAYS);
        HBox.setHgrow(doneBox, Priority.ALWAYS);
        whatBox.setPrefWidth(300);
        doneBox.setPrefWidth(300);
        HBox texts = new HBox(12, whatBox, doneBox);
        VBox form = new VBox(8, firstRow, serious, texts, problem, actions);

        Label savedText = new Label();
        savedText.setId("incident-saved");
        savedText.setWrapText(true);
        savedText.setMinHeight(Region.USE_PREF_SIZE);
        savedText.getStyleClass().add("ok-text");
        savedText.textProperty().bind(i18n.computed(() -> vm.savedProperty().get() == null ? ""
                : i18n.get(vm.savedProperty().get().serious() ? "incident.saved.serious" : "incident.saved",
                i18n.get(vm.savedProperty().get().type().messageKey())), vm.savedProperty()));
        back.setId("incident-back");
        back.textProperty().bind(i18n.text("incident.back"));
        back.setOnAction(e -> onClose.run());
        HBox backRow = new HBox(back);
        backRow.setAlignment(Pos.CENTER_RIGHT);
        VBox done2 = new VBox(12, savedText, backRow);

        form.visibleProperty().bind(vm.savedProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());
        done2.visibleProperty().bind(vm.savedProperty().isNotNull());
        done2.managedProperty().bind(done2.visibleProperty());
        vm.savedProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(back::requestFocus);
            }
        });

        VBox dialog = new VBox(10, title, form, done2);
        dialog.setId("incident-dialog");
        dialog.getStyleClass().addAll("card", "incident-dialog");
        dialog.setMaxSize(980, USE_PREF_SIZE);
        dialog.setFillWidth(true);
        getChildren().add(dialog);
        StackPane.setAlignment(dialog, Pos.TOP_CENTER);

        // Esc goes back, Enter presses a focused button, Tab leaves a text area; Enter in a field saves.
        pe.macexpress.desk.ui.help.Keys.screen(this, onClose);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !e.isControlDown()
                    && (e.getTarget() instanceof TextField || e.getTarget() == type) && !type.isShowing()) {
                e.consume();
                vm.save();
            }
        });
    }

    /** Where typing starts: the type. */
    public void focusStart() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(type);
    }

    private static TextArea area(String id, int rows, javafx.beans.property.StringProperty value) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setMinHeight(Region.USE_PREF_SIZE);
        a.textProperty().bindBidirectional(value);
        Fields.limitFreeText(a);
        HBox.setHgrow(a, Priority.ALWAYS);
        return a;
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(i18n.text(key));
        return l;
    }
}
