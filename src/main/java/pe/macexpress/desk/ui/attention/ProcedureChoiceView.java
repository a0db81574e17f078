package pe.macexpress.desk.ui.attention;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.ui.common.I18n;

/** Step 2: choose the procedure. */
public final class ProcedureChoiceView extends VBox {
    private final TextField search = new TextField();

    ProcedureChoiceView(ProcedureChoiceViewModel vm, I18n i18n, Visit visit, Consumer<Procedure> onChosen) {
        getStyleClass().add("screen");
        setSpacing(10);

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.textProperty().bind(i18n.text("choice.title"));

        Label citizen = new Label();
        citizen.setId("choice-citizen");
        citizen.getStyleClass().add("hint");
        citizen.setWrapText(true);
        citizen.textProperty().bind(i18n.computed(() -> i18n.get("choice.citizen",
                visit.citizenNames().isEmpty() ? i18n.get("citizen.unnamed") : visit.citizenNames(),
                i18n.get(visit.document().type().messageKey()), visit.document().number(),
                i18n.get(visit.verification().messageKey()))));

        // A label, not prompt text: Modena hides the prompt while the field has focus, and it always has.
        Label searchLabel = new Label();
        searchLabel.textProperty().bind(i18n.text("choice.search.prompt"));
        searchLabel.setLabelFor(search);
        search.setId("choice-search");
        search.textProperty().bindBidirectional(vm.queryProperty());

        ListView<Procedure> list = new ListView<>(vm.results());
        list.setId("choice-list");
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setCellFactory(lv -> new ProcedureCell(i18n, p -> vm.catalog().entityOf(p)));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.selectedProperty().set(now));
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                list.getSelectionModel().clearSelection();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selectedProperty().get() != null) {
                onChosen.accept(vm.selectedProperty().get());
            }
        });

        Label empty = new Label();
        empty.textProperty().bind(i18n.text("choice.empty"));
        list.setPlaceholder(empty);

        Button choose = new Button();
        choose.setId("choice-open");
        choose.setDefaultButton(true);
        choose.textProperty().bind(i18n.text("choice.open"));
        choose.disableProperty().bind(vm.selectedProperty().isNull());
        choose.setOnAction(e -> onChosen.accept(vm.selectedProperty().get()));
        HBox actions = new HBox(10, choose);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, citizen, searchLabel, search, list, actions);
        setPadding(new Insets(4));
    }

    public void focusSearch() {
        search.requestFocus();
    }

    /** Name in the current language, entity and fee underneath. */
    private static final class ProcedureCell extends ListCell<Procedure> {
        private final java.util.function.Function<Procedure, pe.macexpress.desk.catalog.Entity> entities;
        private final I18n i18n;
        private final Label name = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, name, meta);

        ProcedureCell(I18n i18n, java.util.function.Function<Procedure, pe.macexpress.desk.catalog.Entity> entities) {
            this.i18n = i18n;
            this.entities = entities;
            name.getStyleClass().add("procedure-name");
            meta.getStyleClass().add("hint");
            box.setPadding(new Insets(2, 0, 2, 0));
        }

        @Override
        protected void updateItem(Procedure p, boolean empty) {
            super.updateItem(p, empty);
            name.textProperty().unbind();
            meta.textProperty().unbind();
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            name.textProperty().bind(i18n.computed(() -> p.name(i18n.tag())));
            meta.textProperty().bind(i18n.computed(() -> i18n.get("choice.meta", entities.apply(p).acronym(),
                    ProcedureView.feeText(p, i18n))));
            setGraphic(box);
        }
    }
}
