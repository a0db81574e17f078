package pe.macexpress.desk.ui.voice.incident;

import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Incident;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The incidents card of the supervisor's screen: "Registrar incidente", the open serious incidents
 * first and then the recent ones, and, for an open serious one, its closing with the supervisor's
 * own PIN; for a suspected breach the closing is the notification to the Autoridad (when, and its
 * reference), which stops the 48-hour banner.
 */
public final class IncidentCard extends VBox {
    /** Characters of what happened shown in a row of the list. */
    private static final int ROW_TEXT = 90;

    /**
     * @param register opens the registration form
     * @param openClosing opens the closing form of the selected incident
     */
    public IncidentCard(IncidentSupervisorViewModel vm, I18n i18n, ZoneId zone, Runnable register,
                        Runnable openClosing) {
        setId("incident-card");
        getStyleClass().add("card");
        setSpacing(8);

        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        heading.textProperty().bind(i18n.text("incident.sup.title", vm.openSeriousProperty()));
        Button add = new Button();
        add.setId("incident-sup-register");
        add.textProperty().bind(i18n.text("incident.sup.register"));
        add.setOnAction(e -> register.run());
        FlowPane top = new FlowPane(12, 8, heading, add);
        top.setAlignment(Pos.CENTER_LEFT);

        ListView<Incident> list = new ListView<>(vm.incidents());
        list.setId("incident-list");
        list.setPrefHeight(150);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("incident.sup.empty"));
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Incident i, boolean isEmpty) {
                super.updateItem(i, isEmpty);
                textProperty().unbind();
                getStyleClass().remove("incident-open-serious");
                if (isEmpty || i == null) {
                    setText("");
                    return;
                }
                if (i.serious() && i.isOpen()) {
                    getStyleClass().add("incident-open-serious");
                }
                setWrapText(true);
                setPrefWidth(0);
                textProperty().bind(i18n.computed(() -> row(i, i18n, zone)));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                if (now == null) {
                    list.getSelectionModel().clearSelection();
                } else {
                    list.getSelectionModel().select(now);
                }
            }
        });

        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(i18n.text("incident.sup.select.hint"));
        hint.visibleProperty().bind(Bindings.isNotEmpty(vm.incidents()));
        hint.managedProperty().bind(hint.visibleProperty());

        // Closing: only an open serious incident; the form opens over the screen (it fits a netbook whole).
        BooleanBinding closable = Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && vm.selectedProperty().get().serious() && vm.selectedProperty().get().isOpen(), vm.selectedProperty());
        Button close = new Button();
        close.setId("incident-close-open");
        close.setWrapText(true);
        close.textProperty().bind(i18n.computed(() -> i18n.get(vm.selectedProperty().get() != null
                && vm.selectedProperty().get().isBreach() ? "incident.sup.notify" : "incident.sup.close"),
                vm.selectedProperty()));
        close.disableProperty().bind(closable.not());
        close.setOnAction(e -> openClosing.run());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && closable.get()) {
                e.consume();
                openClosing.run();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && closable.get()) {
                openClosing.run();
            }
        });

        Label result = new Label();
        result.setId("incident-close-result");
        result.getStyleClass().add("ok-text");
        result.setWrapText(true);
        result.textProperty().bind(i18n.text(vm.resultKeyProperty()));
        Fields.collapseWhenEmpty(result);

        HBox actions = new HBox(10, close);
        actions.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, result, list, hint, actions);
        vm.refresh();
    }

    static String row(Incident i, I18n i18n, ZoneId zone) {
        String state = i.isOpen() ? (i.serious() ? i18n.get("incident.sup.state.open.serious") : "")
                : i18n.get(i.closing().notifiedAt() != null ? "incident.sup.state.notified" : "incident.sup.state.closed");
        String what = i.what().length() > ROW_TEXT ? i.what().substring(0, ROW_TEXT - 1) + "…" : i.what();
        String row = i18n.get("incident.sup.row", i18n.dateTime(i.occurredAt(), zone), i18n.get(i.type().messageKey()),
                i18n.get(i.severity().messageKey()), what);
        return state.isEmpty() ? row : state + " · " + row;
    }

    private static Label label(I18n i18n, String key) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(i18n.text(key));
        return l;
    }
}
