package pe.macexpress.desk.ui.reports.indicators;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.reports.IndicatorRow;
import pe.macexpress.desk.reports.IndicatorTargets;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.Tables;
import pe.macexpress.desk.ui.common.TouchButtons;
import pe.macexpress.desk.ui.help.Keys;
import pe.macexpress.desk.ui.roles.SupervisorPinPrompt;
import pe.macexpress.desk.ui.roles.SupervisorPinViewModel;

/**
 * Issue 14 (indicators): PCM's indicator sheet as a table whose cells wrap (no "…" at 1024×600; wide
 * columns scroll sideways), "sin dato" where a value has no source, and per row an Edit button that
 * opens the baseline and targets over the table; saving asks a supervisor's own PIN
 * ({@link SupervisorPinPrompt}, over this component). Esc closes the edit (what was typed stays);
 * Cancel on the PIN prompt goes back to the edit as it was.
 *
 * <p>To embed it (reports screen): {@code var vm = new IndicatorSheetViewModel(store, catalogSupplier,
 * supervisorGate, taskRunner, localization); var view = new IndicatorSheetView(vm, i18n, zone);
 * vm.load(period);} and call {@code vm.load(other)} when the period changes.
 */
public final class IndicatorSheetView extends StackPane {
    private final IndicatorSheetViewModel vm;
    private final I18n i18n;
    private final ZoneId zone;
    private final TableView<IndicatorRow> table = new TableView<>();
    private final VBox editCard;
    private final StackPane editLayer;
    private final TextField yearField = new TextField();
    private SupervisorPinPrompt prompt;

    public IndicatorSheetView(IndicatorSheetViewModel vm, I18n i18n, ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
        setId("indicator-sheet");
        getStyleClass().add("indicator-sheet");

        Label title = new Label();
        title.setId("indicator-sheet-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.computed(() -> vm.periodProperty().get() == null
                ? i18n.get("indicator.sheet.title")
                : i18n.get("indicator.view.title", i18n.date(vm.periodProperty().get().first()),
                        i18n.date(vm.periodProperty().get().last())), vm.periodProperty()));
        Label hint = new Label();
        hint.setId("indicator-sheet-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(i18n.text("indicator.view.hint"));
        Label saved = new Label();
        saved.setId("indicator-sheet-saved");
        saved.getStyleClass().add("indicator-saved");
        saved.setWrapText(true);
        saved.textProperty().bind(i18n.text(vm.savedKeyProperty()));
        Fields.collapseWhenEmpty(saved);
        Label loadError = Fields.errorLine(i18n, "indicator-sheet-error", vm.loadErrorKeyProperty());

        buildTable();
        VBox content = new VBox(8, title, hint, saved, loadError, table);
        content.getStyleClass().add("indicator-content");
        VBox.setVgrow(table, Priority.ALWAYS);

        editCard = buildEditCard();
        editLayer = new StackPane(editCard);
        editLayer.setId("indicator-edit");
        editLayer.getStyleClass().addAll("overlay", "indicator-edit-overlay");
        StackPane.setAlignment(editCard, Pos.TOP_CENTER);
        editLayer.visibleProperty().bind(vm.editingProperty().isNotNull());
        editLayer.managedProperty().bind(editLayer.visibleProperty());
        Keys.screen(editLayer, this::cancelEdit);

        getChildren().addAll(content, editLayer);
        vm.editingProperty().addListener((o, was, now) -> {
            if (now != null) {
                Keys.focusSoon(yearField);
            } else if (was != null) {
                focusRowOf(was);
            }
        });
        // Enter on a row opens its edit (keyboard only).
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                vm.startEdit(table.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void buildTable() {
        table.setId("indicator-table");
        table.getStyleClass().add("indicator-table");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        double[] widths = {200, 130, 140, 170, 120, 100, 110, 220, 110, 110, 110, 110, 130, 150};
        for (int c = 0; c < vm.columnCount(); c++) {
            int col = c;
            TableColumn<IndicatorRow, String> column = new TableColumn<>();
            column.setId("indicator-column-" + c);
            column.setPrefWidth(widths[c]);
            column.setSortable(false);
            column.setCellValueFactory(cd -> Bindings.createStringBinding(
                    () -> vm.cell(cd.getValue(), col, i18n.tag()), i18n.languageTag(), vm.periodProperty()));
            Tables.wrap(column, i18n.computed(() -> vm.column(col, i18n.tag()), vm.periodProperty()));
            table.getColumns().add(column);
        }
        TableColumn<IndicatorRow, IndicatorRow> edit = new TableColumn<>();
        edit.setId("indicator-column-edit");
        edit.setPrefWidth(170);
        edit.setSortable(false);
        Label header = new Label();
        header.setWrapText(true);
        header.textProperty().bind(i18n.text("indicator.column.edit"));
        edit.setGraphic(header);
        edit.setCellValueFactory(cd -> new javafx.beans.property.SimpleObjectProperty<>(cd.getValue()));
        edit.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(IndicatorRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                    return;
                }
                Button b = TouchButtons.of(i18n, "indicator-edit-" + row.indicator().id(), "indicator.edit.open");
                b.setOnAction(e -> vm.startEdit(row));
                setGraphic(b);
            }
        });
        // First, so a row's Edit is on screen without scrolling sideways.
        table.getColumns().add(0, edit);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(i18n.computed(() -> i18n.get(vm.busyProperty().get() ? "indicator.view.loading"
                : "indicator.view.empty"), vm.busyProperty()));
        table.setPlaceholder(empty);
    }

    private VBox buildEditCard() {
        Label title = new Label();
        title.setId("indicator-edit-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.computed(() -> vm.editingProperty().get() == null ? ""
                : i18n.get("indicator.edit.title", i18n.get(vm.editingProperty().get().indicator().nameKey())),
                vm.editingProperty()));
        Label unit = new Label();
        unit.setId("indicator-edit-unit");
        unit.setWrapText(true);
        unit.textProperty().bind(i18n.computed(() -> vm.editingProperty().get() == null ? ""
                : i18n.get("indicator.edit.unit", i18n.get(vm.editingProperty().get().indicator().unitKey()),
                        i18n.get(vm.editingProperty().get().indicator().direction().messageKey())),
                vm.editingProperty()));

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        yearField.setId("indicator-edit-year");
        yearField.textProperty().bindBidirectional(vm.yearProperty());
        Fields.limit(yearField, 4);
        grid.add(field(i18n.text("indicator.edit.baseline.year"), yearField), 0, 0);
        TextField base = new TextField();
        base.setId("indicator-edit-baseline");
        base.textProperty().bindBidirectional(vm.baselineProperty());
        Fields.limit(base, 14);
        grid.add(field(i18n.text("indicator.edit.baseline"), base), 1, 0);
        for (int i = 0; i < IndicatorTargets.YEARS; i++) {
            int n = i;
            TextField t = new TextField();
            t.setId("indicator-edit-target-" + (i + 1));
            t.textProperty().bindBidirectional(vm.targetProperties().get(i));
            Fields.limit(t, 14);
            grid.add(field(i18n.computed(() -> vm.targetYear(n).isEmpty()
                    ? i18n.get("indicator.edit.target.n", String.valueOf(n + 1))
                    : i18n.get("indicator.edit.target", vm.targetYear(n)), vm.yearProperty()), t), i % 2, 1 + i / 2);
        }
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);

        Label error = new Label();
        error.setId("indicator-edit-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(i18n.computed(() -> {
            String key = vm.editErrorKeyProperty().get();
            return key == null || key.isEmpty() ? "" : i18n.get(key, vm.editErrorArgsProperty().get().toArray());
        }, vm.editErrorKeyProperty(), vm.editErrorArgsProperty()));
        Fields.collapseWhenEmpty(error);

        Button save = TouchButtons.of(i18n, "indicator-edit-save", "indicator.edit.save");
        save.setDefaultButton(true);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> save());
        Button cancel = TouchButtons.of(i18n, "indicator-edit-cancel", "indicator.edit.cancel");
        cancel.setOnAction(e -> cancelEdit());
        FlowPane actions = new FlowPane(10, 10, save, cancel);
        actions.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(10, title, unit, grid, error, actions);
        card.getStyleClass().addAll("card", "indicator-edit-card");
        card.setMaxSize(640, USE_PREF_SIZE);
        card.setFillWidth(true);
        // Enter in a field saves (the default button of a card inside a larger screen is not the scene's).
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.getTarget() instanceof TextField && !save.isDisabled()) {
                e.consume();
                save();
            }
        });
        return card;
    }

    private static VBox field(javafx.beans.value.ObservableValue<String> label, TextField input) {
        Label l = new Label();
        l.setWrapText(true);
        l.textProperty().bind(label);
        l.setLabelFor(input);
        input.setMaxWidth(Double.MAX_VALUE);
        input.getStyleClass().add("indicator-field");
        return new VBox(4, l, input);
    }

    private void save() {
        Optional<IndicatorTargets> t = vm.validate();
        if (t.isEmpty() || prompt != null) {
            return;
        }
        SupervisorPinPrompt[] shown = new SupervisorPinPrompt[1];
        Runnable close = () -> {
            getChildren().remove(shown[0]);
            prompt = null;
            if (vm.editingProperty().get() != null) {
                Keys.focusSoon(yearField);
            }
        };
        SupervisorPinViewModel pin = vm.supervisorPrompt(t.get(), close);
        shown[0] = new SupervisorPinPrompt(pin, i18n, zone, close);
        prompt = shown[0];
        getChildren().add(prompt);
        pin.load();
    }

    private void cancelEdit() {
        vm.cancelEdit();
    }

    private void focusRowOf(IndicatorRow row) {
        int i = new ArrayList<>(vm.rows()).stream().map(r -> r.indicator().id()).toList().indexOf(row.indicator().id());
        if (i >= 0) {
            table.getSelectionModel().select(i);
        }
        Keys.focusSoon(table);
    }

    /** The table (tests, and the reports screen's own focus order). */
    public Node table() {
        return table;
    }

    /** The rows on show, in order (tests). */
    public List<IndicatorRow> shownRows() {
        return List.copyOf(table.getItems());
    }
}
