package pe.macexpress.desk.ui.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.sync.AttentionSyncState;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * "Historial": search by document number, code or names; filter by dates, outcome and send state;
 * the attentions found as cards that wrap (citizens masked until "Mostrar datos"); one opened over
 * the list with its visit, its case and "Reimprimir constancia".
 *
 * <p>Keyboard: the search field has it; Enter searches; Down goes into the results; Enter opens
 * one; Esc goes back to the list (the search kept), and from the list leaves the screen.
 */
public final class HistoryView extends StackPane {
    /** Dates typed and shown as in Peru, whatever the language: day/month/year in digits. */

    private final HistoryViewModel vm;
    private final VBox list;
    private final HistoryDetailView detail;
    private final TextField search = new TextField();
    private final ListView<HistoryViewModel.Row> results = new ListView<>();
    private final List<Node> popups = new ArrayList<>();
    private final InvalidationListener redraw = o -> results.refresh();
    private final InvalidationListener detailChanged;

    /**
     * @param onReprint prints the visit's receipt again (the receipt screen); null hides the button
     * @param onOpenCase opens the case of an attention's code (Seguimiento); null hides the button
     */
    public HistoryView(HistoryViewModel vm, I18n i18n, Supplier<Catalog> catalog, ZoneId zone, Runnable onBack,
                       Consumer<List<Attention>> onReprint, Consumer<String> onOpenCase) {
        this.vm = vm;
        getStyleClass().add("screen");
        setId("history-screen");

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("history.heading"));

        search.setId("history-search");
        pe.macexpress.desk.ui.common.Fields.limit(search, 100);
        search.promptTextProperty().bind(i18n.text("history.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnAction(e -> vm.search());
        search.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !results.getItems().isEmpty()) {
                e.consume();
                if (results.getSelectionModel().isEmpty()) {
                    results.getSelectionModel().select(0);
                }
                results.requestFocus();
            }
        });
        Button find = new Button();
        find.setId("history-find");
        find.textProperty().bind(i18n.text("history.search"));
        find.setMinWidth(Region.USE_PREF_SIZE);
        find.setOnAction(e -> vm.search());
        ToggleButton showData = new ToggleButton();
        showData.setId("history-show-data");
        showData.selectedProperty().bindBidirectional(vm.showDataProperty());
        showData.textProperty().bind(i18n.computed(() -> i18n.get(vm.showDataProperty().get()
                ? "history.hide.data" : "history.show.data"), vm.showDataProperty()));
        showData.setMinWidth(Region.USE_PREF_SIZE);
        HBox tools = new HBox(10, search, find, showData);
        tools.setAlignment(Pos.CENTER_LEFT);

        DatePicker from = datePicker("history-from", i18n, vm.fromProperty());
        DatePicker to = datePicker("history-to", i18n, vm.toProperty());
        ComboBox<Choice<OutcomeType>> outcome = choices("history-outcome", i18n, vm.outcomeProperty(),
                OutcomeType.values(), "history.outcome.any", OutcomeType::messageKey);
        ComboBox<Choice<AttentionSyncState>> send = choices("history-send", i18n, vm.sendProperty(),
                AttentionSyncState.values(), "history.send.any", AttentionSyncState::messageKey);
        FlowPane filters = new FlowPane(14, 8,
                Fields.labelled(i18n, "history.from", from), Fields.labelled(i18n, "history.to", to),
                Fields.labelled(i18n, "history.column.outcome", outcome), Fields.labelled(i18n, "history.column.sync", send));
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.prefWrapLengthProperty().bind(widthProperty().subtract(20));

        Label summary = new Label();
        summary.setId("history-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(i18n.computed(() -> summary(i18n), vm.rows(), vm.moreProperty(),
                vm.loadingProperty(), vm.failedProperty(), vm.rangeInvalidProperty(), vm.searchedProperty()));
        summary.getStyleClass().add("hint");

        results.setId("history-results");
        results.setItems(vm.rows());
        results.setCellFactory(lv -> new AttentionCell(i18n, catalog, zone));
        VBox.setVgrow(results, Priority.ALWAYS);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(i18n.text("history.none"));
        results.setPlaceholder(empty);
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openSelected();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        // What a card says depends on the language and on whose data the advisor asked to see.
        i18n.languageProperty().addListener(new WeakInvalidationListener(redraw));
        vm.showDataProperty().addListener(new WeakInvalidationListener(redraw));

        Button open = new Button();
        open.setId("history-open-selected");
        open.textProperty().bind(i18n.text("history.open.selected"));
        open.disableProperty().bind(results.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Button more = new Button();
        more.setId("history-more");
        more.textProperty().bind(i18n.text("history.more", HistoryViewModel.PAGE));
        more.visibleProperty().bind(vm.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.showMore());
        Button back = new Button();
        back.setId("history-back");
        back.textProperty().bind(i18n.text("supervisor.back"));
        back.setOnAction(e -> onBack.run());
        FlowPane actions = new FlowPane(10, 8, open, more, back);
        actions.setAlignment(Pos.CENTER_LEFT);

        list = new VBox(10, title, tools, filters, summary, results, actions);
        list.setPadding(new Insets(4));
        detail = new HistoryDetailView(vm, i18n, catalog, zone, onReprint, onOpenCase, this::showList);
        detail.setVisible(false);
        getChildren().addAll(list, detail);

        detailChanged = o -> {
            if (vm.detailProperty().get() != null) {
                detail.fill();
                showDetail();
            }
        };
        vm.detailProperty().addListener(new WeakInvalidationListener(detailChanged));

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE || popups.stream().anyMatch(HistoryView::showing)) {
                return;
            }
            e.consume();
            if (detail.isVisible()) {
                showList();
            } else {
                onBack.run();
            }
        });
        sceneProperty().addListener((o, was, now) -> {
            // Shown again (e.g. back from a reprint): the keyboard where the advisor left off.
            if (now != null) {
                Platform.runLater(detail.isVisible() ? detail::focusFirst : search::requestFocus);
            }
        });
        popups.addAll(Arrays.asList(from, to, outcome, send));

        // Opened again (perhaps by another advisor): everyone masked, the search as it was, read afresh.
        vm.maskAll();
        vm.closeDetail();
        vm.search();
    }

    private void openSelected() {
        HistoryViewModel.Row row = results.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.open(row);
        }
    }

    private void showDetail() {
        list.setVisible(false);
        detail.setVisible(true);
        detail.focusFirst();
    }

    /** Back from an attention: the list as it was, its selected row keeping the keyboard. */
    private void showList() {
        vm.closeDetail();
        detail.setVisible(false);
        list.setVisible(true);
        if (results.getSelectionModel().isEmpty()) {
            search.requestFocus();
        } else {
            results.requestFocus();
        }
    }

    private String summary(I18n i18n) {
        if (vm.rangeInvalidProperty().get()) {
            return i18n.get("history.range.invalid");
        }
        if (vm.failedProperty().get()) {
            return i18n.get("history.failed");
        }
        if (!vm.searchedProperty().get()) {
            return i18n.get("history.searching");
        }
        int n = vm.rows().size();
        if (vm.moreProperty().get()) {
            return i18n.get("history.found.more", n);
        }
        return n == 1 ? i18n.get("history.found.one") : i18n.get("history.found", n);
    }

    private static boolean showing(Node n) {
        return n instanceof ComboBox<?> c && c.isShowing() || n instanceof DatePicker d && d.isShowing();
    }

    private DatePicker datePicker(String id, I18n i18n, ObjectProperty<LocalDate> day) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        pe.macexpress.desk.ui.common.DayConverter.use(picker);
        picker.promptTextProperty().bind(i18n.text("history.date.prompt"));
        picker.setPrefWidth(150);
        picker.setValue(day.get());
        picker.valueProperty().addListener((o, was, now) -> {
            day.set(now);
            vm.search();
        });
        return picker;
    }

    /** One filter's choice: a value, or null for "any". */
    private record Choice<T>(T value) {
    }

    private <T> ComboBox<Choice<T>> choices(String id, I18n i18n, ObjectProperty<T> property, T[] values,
                                            String anyKey, java.util.function.Function<T, String> key) {
        ComboBox<Choice<T>> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().add(new Choice<>(null));
        for (T v : values) {
            combo.getItems().add(new Choice<>(v));
        }
        Fields.localizedCells(combo, c -> i18n.text(c.value() == null ? anyKey : key.apply(c.value())));
        combo.setValue(new Choice<>(property.get()));
        combo.valueProperty().addListener((o, was, now) -> {
            property.set(now == null ? null : now.value());
            vm.search();
        });
        return combo;
    }

    /** One attention in the list: code and time, citizen, procedure, and outcome, identity and send state. */
    private final class AttentionCell extends ListCell<HistoryViewModel.Row> {
        private final I18n i18n;
        private final Supplier<Catalog> catalog;
        private final ZoneId zone;
        private final Label code = new Label();
        private final Label when = new Label();
        private final Label citizen = new Label();
        private final Label procedure = new Label();
        private final Label outcome = new Label();
        private final Label identity = new Label();
        private final Label sync = new Label();
        private final VBox box;

        AttentionCell(I18n i18n, Supplier<Catalog> catalog, ZoneId zone) {
            this.i18n = i18n;
            this.catalog = catalog;
            this.zone = zone;
            code.getStyleClass().add("case-code");
            citizen.getStyleClass().add("procedure-name");
            citizen.setWrapText(true);
            procedure.setWrapText(true);
            for (Label l : List.of(code, when, outcome, identity, sync)) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            for (Label l : List.of(outcome, identity, sync)) {
                l.getStyleClass().add("badge");
            }
            FlowPane top = new FlowPane(12, 4, code, when, citizen);
            top.setAlignment(Pos.CENTER_LEFT);
            FlowPane states = new FlowPane(10, 4, outcome, identity, sync);
            box = new VBox(4, top, procedure, states);
            // Wrap to the list's width instead of widening the cell (nothing clipped at 1024 px).
            box.prefWidthProperty().bind(results.widthProperty().subtract(40));
            box.setMinWidth(0);
            top.prefWrapLengthProperty().bind(results.widthProperty().subtract(60));
            states.prefWrapLengthProperty().bind(results.widthProperty().subtract(60));
            citizen.maxWidthProperty().bind(results.widthProperty().subtract(60));
            Fields.collapseWhenEmpty(sync);
        }

        @Override
        protected void updateItem(HistoryViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            Attention a = row.attention();
            setId("history-row-" + a.code());
            code.setText(a.code());
            when.setText(i18n.dateTime(a.startedAt(), zone));
            citizen.setText(HistoryTexts.citizen(i18n, a, vm.isRevealed(a.id())));
            procedure.setText(HistoryTexts.procedure(i18n, catalog.get(), a));
            outcome.setText(HistoryTexts.outcome(i18n, a));
            outcome.getStyleClass().removeAll("badge-ok", "badge-pending", "badge-bad");
            outcome.getStyleClass().add(switch (a.outcome().type()) {
                case ATENDIDO -> "badge-ok";
                case PENDIENTE, DERIVADO -> "badge-pending";
                case NO_ATENDIDO -> "badge-bad";
            });
            identity.setText(i18n.get(a.verification().messageKey()));
            String state = HistoryTexts.sync(i18n, row.sync());
            // "Pendiente" is also an outcome: the send state says what it is about.
            sync.setText(state.isEmpty() ? "" : i18n.get("history.column.sync") + ": " + state);
            sync.getStyleClass().removeAll("badge-ok", "badge-pending", "badge-bad");
            if (row.sync() != null) {
                sync.getStyleClass().add(switch (row.sync().state()) {
                    case RECEIVED -> "badge-ok";
                    case PENDING, SENDING -> "badge-pending";
                    case REJECTED -> "badge-bad";
                });
            }
            setGraphic(box);
        }
    }
}
