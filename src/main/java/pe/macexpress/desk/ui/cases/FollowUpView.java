package pe.macexpress.desk.ui.cases;

import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.cases.CaseFilter;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * "Seguimiento": the list of cases (filter, search, masked citizens) and, over it, the case opened.
 * Back (or Esc) from a case returns to the list as it was; back from the list leaves the screen.
 */
public final class FollowUpView extends StackPane {
    private final FollowUpViewModel vm;
    private final CaseDetailViewModel detailVm;
    private final VBox list;
    private final CaseDetailView detail;
    private final TextField search = pe.macexpress.desk.ui.common.SearchFields.clearable();
    private final ListView<FollowUpViewModel.Row> cases = new ListView<>();

    private Runnable onBack = () -> { };

    /**
     * Built once and shown again each time (its listeners live as long as the ViewModels): call
     * {@link #reopen} before showing it.
     */
    public FollowUpView(FollowUpViewModel vm, CaseDetailViewModel detailVm, I18n i18n, Supplier<Catalog> catalog,
                        ZoneId zone, Consumer<Document> callCitizen) {
        this.vm = vm;
        this.detailVm = detailVm;
        getStyleClass().addAll("screen", "cases-screen");
        setId("cases-screen");

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("case.title"));

        ComboBox<CaseFilter> filter = new ComboBox<>();
        filter.setId("cases-filter");
        filter.getItems().setAll(CaseFilter.values());
        filter.valueProperty().bindBidirectional(vm.filterProperty());
        Fields.localizedCells(filter, f -> i18n.text(f.messageKey()));

        search.setId("cases-search");
        search.promptTextProperty().bind(i18n.text("case.search.prompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setOnAction(e -> {
            if (cases.getSelectionModel().isEmpty() && !cases.getItems().isEmpty()) {
                cases.getSelectionModel().select(0);
            }
            openSelected();
        });

        ToggleButton showData = new ToggleButton();
        showData.setId("cases-show-data");
        showData.selectedProperty().bindBidirectional(vm.showDataProperty());
        showData.textProperty().bind(i18n.computed(() -> i18n.get(vm.showDataProperty().get()
                ? "case.hide.data" : "case.show.data"), vm.showDataProperty()));
        showData.setMinWidth(Region.USE_PREF_SIZE);

        HBox tools = new HBox(10, filter, search, showData);
        tools.setAlignment(Pos.CENTER_LEFT);

        cases.setId("cases-list");
        cases.setItems(vm.rows());
        cases.setCellFactory(lv -> new CaseCell(i18n, catalog, zone));
        VBox.setVgrow(cases, Priority.ALWAYS);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(i18n.computed(() -> i18n.get(vm.failedProperty().get() ? "case.load.failed"
                : "case.empty"), vm.failedProperty()));
        cases.setPlaceholder(empty);
        cases.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        cases.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelected();
            }
        });
        // What a row says depends on the language and on whose data the advisor asked to see.
        i18n.languageProperty().addListener(o -> cases.refresh());
        vm.showDataProperty().addListener(o -> cases.refresh());
        vm.revealed().addListener((SetChangeListener<Object>) c -> cases.refresh());

        Button open = new Button();
        open.setId("cases-open-selected");
        open.textProperty().bind(i18n.text("case.open.selected"));
        open.disableProperty().bind(cases.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> openSelected());
        Button back = new Button();
        back.setId("cases-back");
        back.textProperty().bind(i18n.text("case.back"));
        back.setOnAction(e -> this.onBack.run());
        HBox actions = new HBox(10, open, back);
        actions.setAlignment(Pos.CENTER_LEFT);

        list = new VBox(12, title, tools, cases, actions);
        list.setPadding(new Insets(4));
        detail = new CaseDetailView(detailVm, vm, i18n, catalog, zone, callCitizen, this::showList);
        detail.setVisible(false);
        getChildren().addAll(list, detail);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ESCAPE || filter.isShowing()) {
                return;
            }
            e.consume();
            if (detail.isVisible()) {
                showList();
            } else {
                this.onBack.run();
            }
        });
        // The search field takes the keyboard once the screen is on stage.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null && !detail.isVisible()) {
                Platform.runLater(search::requestFocus);
            }
        });
    }

    /** Issue 13 (complaints): a panel shown above the cases' list (the open complaints). */
    public void addAboveList(javafx.scene.Node panel) {
        list.getChildren().add(2, panel);
    }

    /** Shown again: the list (filter and search as they were, read afresh); {@code back} leaves the screen. */
    public void reopen(Runnable back) {
        this.onBack = back;
        showList();
    }

    private void openSelected() {
        FollowUpViewModel.Row row = cases.getSelectionModel().getSelectedItem();
        if (row != null) {
            detailVm.open(row.followUp());
            showDetail();
        }
    }

    /** Opens the case of {@code code} straight away (from the identification screen, the code look-up). */
    public void openCode(String code) {
        detailVm.openCode(code);
        showDetail();
    }

    private void showDetail() {
        list.setVisible(false);
        detail.setVisible(true);
        detail.focusFirst();
    }

    private void showList() {
        detail.setVisible(false);
        list.setVisible(true);
        vm.refresh();
        search.requestFocus();
    }

    /** One case in the list: citizen, procedure, why it is open and what is awaited, due date, result. */
    private final class CaseCell extends ListCell<FollowUpViewModel.Row> {
        private final I18n i18n;
        private final Supplier<Catalog> catalog;
        private final ZoneId zone;
        private final Label citizen = new Label();
        private final Label code = new Label();
        private final Button reveal = new Button();
        private final Label procedure = new Label();
        private final Label awaiting = new Label();
        private final Label due = new Label();
        private final Label result = new Label();
        private final VBox box;

        CaseCell(I18n i18n, Supplier<Catalog> catalog, ZoneId zone) {
            this.i18n = i18n;
            this.catalog = catalog;
            this.zone = zone;
            citizen.getStyleClass().add("procedure-name");
            code.getStyleClass().add("case-code");
            procedure.setWrapText(true);
            awaiting.getStyleClass().add("hint");
            awaiting.setWrapText(true);
            due.getStyleClass().add("badge");
            result.getStyleClass().add("badge");
            reveal.getStyleClass().add("case-reveal");
            reveal.setFocusTraversable(false);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox top = new HBox(10, citizen, reveal, spacer, code);
            top.setAlignment(Pos.CENTER_LEFT);
            // Due date and result side by side, one under the other when the language needs the room.
            javafx.scene.layout.FlowPane status = new javafx.scene.layout.FlowPane(10, 4, due, result);
            status.prefWrapLengthProperty().bind(cases.widthProperty().subtract(60));
            due.setMinWidth(Region.USE_PREF_SIZE);
            result.setMinWidth(Region.USE_PREF_SIZE);
            box = new VBox(4, top, procedure, awaiting, status);
            // Wrap to the list's width instead of widening the cell (nothing clipped at 1024 px).
            box.prefWidthProperty().bind(cases.widthProperty().subtract(40));
            box.setMinWidth(0);
            Fields.collapseWhenEmpty(result);
            Fields.collapseWhenEmpty(awaiting);
        }

        @Override
        protected void updateItem(FollowUpViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            FollowUpCase c = row.followUp();
            setId("case-row-" + c.code());
            boolean shown = vm.isRevealed(c.attentionId());
            citizen.setText(CaseTexts.citizen(c, shown));
            code.setText(c.code());
            reveal.setText(i18n.get(shown ? "case.row.hide" : "case.row.show"));
            reveal.setVisible(!vm.showDataProperty().get());
            reveal.setManaged(reveal.isVisible());
            reveal.setOnAction(e -> vm.toggleReveal(c.attentionId()));
            procedure.setText(CaseTexts.procedure(i18n, catalog, c.procedureId()));
            awaiting.setText(CaseTexts.awaiting(i18n, catalog, c));
            due.setText(CaseTexts.due(i18n, c, row.daysLeft(), zone));
            due.getStyleClass().removeAll("badge-bad", "badge-pending", "badge-ok");
            if (c.isOpen() && c.result() == null) {
                due.getStyleClass().add(row.daysLeft() < 0 ? "badge-bad" : row.daysLeft() <= 2 ? "badge-pending"
                        : "badge-ok");
            }
            result.setText(CaseTexts.result(i18n, c));
            result.getStyleClass().removeAll("badge-new", "badge-ok");
            result.getStyleClass().add(c.hasUnreadResult() ? "badge-new" : "badge-ok");
            setGraphic(box);
        }
    }
}
