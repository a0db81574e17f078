package pe.macexpress.desk.ui.attention;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.ui.common.I18n;

/** Step 2: choose the procedure. */
public final class ProcedureChoiceView extends VBox {
    /** The row of Open, Back and Finish; other capabilities add theirs (issue 13: "no lo tenemos"). */
    private final javafx.scene.layout.FlowPane actions;

    /** Adds a control at the end of the actions row (e.g. "Pedido que no tenemos"). */
    public void addAction(javafx.scene.Node action) {
        actions.getChildren().add(action);
    }

    private final TextField search = new TextField();

    /**
     * @param onBack back to where the visit was (identification, or the last "¿otro trámite?")
     * @param onFinish "Finalizar atención": the receipt of what was saved; null while nothing was saved
     */
    ProcedureChoiceView(ProcedureChoiceViewModel vm, I18n i18n, Visit visit, Consumer<Procedure> onChosen,
                        Runnable onBack, Runnable onFinish) {
        Consumer<Procedure> open = guarded(vm, i18n, visit, onChosen);
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
        pe.macexpress.desk.ui.common.Fields.limit(search, 100);

        // Browse as citizens think: by the entity they name, or by what happened in their life.
        ComboBox<String> byEntity = browser("choice-entity", i18n, vm.entityProperty(),
                () -> vm.catalog().entities().stream().map(e -> e.id()).toList(),
                id -> vm.catalog().entities().stream().filter(e -> e.id().equals(id)).findFirst()
                        .map(e -> e.acronym()).orElse(id), vm.catalogVersionProperty(), null);
        ComboBox<String> byEvent = browser("choice-life-event", i18n, vm.lifeEventProperty(),
                () -> vm.catalog().lifeEvents().stream().map(e -> e.id()).toList(),
                id -> vm.catalog().lifeEvent(id).map(e -> e.name(i18n.tag())).orElse(id), vm.catalogVersionProperty(),
                // Issue 16 (pictograms): each life event with its family's pictogram, as in the list below.
                id -> familyPicture(i18n, id, 24));
        Label entityLabel = new Label();
        entityLabel.textProperty().bind(i18n.text("choice.entity"));
        entityLabel.setLabelFor(byEntity);
        Label eventLabel = new Label();
        eventLabel.textProperty().bind(i18n.text("choice.life.event"));
        eventLabel.setLabelFor(byEvent);
        FlowPane browse = new FlowPane(10, 6, new HBox(6, entityLabel, byEntity), new HBox(6, eventLabel, byEvent));
        browse.getChildren().forEach(n -> ((HBox) n).setAlignment(Pos.CENTER_LEFT));

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
                open.accept(vm.selectedProperty().get());
            }
        });

        // Who may ask for it: warned before a mismatch (a minor and an adults-only procedure…).
        warning.setId("choice-eligibility-warning");
        warning.getStyleClass().add("error-text");
        warning.setWrapText(true);
        warning.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        warning.textProperty().bind(i18n.computed(() -> {
            Procedure p = vm.selectedProperty().get();
            return p == null ? "" : Eligible.warningKey(p, visit)
                    .map(k -> i18n.get(k, i18n.get(visit.document().type().messageKey()))).orElse("");
        }, vm.selectedProperty()));
        pe.macexpress.desk.ui.common.Fields.collapseWhenEmpty(warning);
        guardianBox = guardianBox(vm, i18n, visit);

        Label empty = new Label();
        empty.textProperty().bind(i18n.text("choice.empty"));
        list.setPlaceholder(empty);

        Button choose = new Button();
        choose.setId("choice-open");
        choose.setDefaultButton(true);
        choose.textProperty().bind(i18n.text("choice.open"));
        choose.disableProperty().bind(vm.selectedProperty().isNull());
        choose.setOnAction(e -> open.accept(vm.selectedProperty().get()));
        Button back = new Button();
        back.setId("choice-back");
        back.textProperty().bind(i18n.text("choice.back"));
        back.setOnAction(e -> onBack.run());
        actions = new javafx.scene.layout.FlowPane(10, 8, choose, back);
        if (onFinish != null) {
            Button finish = new Button();
            finish.setId("choice-finish");
            finish.textProperty().bind(i18n.text("choice.finish"));
            finish.setOnAction(e -> onFinish.run());
            actions.getChildren().add(finish);
        }
        actions.setAlignment(Pos.CENTER_LEFT);

        // Keyboard: Down (or Enter) goes from the search into the results; Enter on a row opens it.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean down = e.getCode() == javafx.scene.input.KeyCode.DOWN;
            boolean enter = e.getCode() == javafx.scene.input.KeyCode.ENTER;
            if ((down || enter) && !list.getItems().isEmpty()) {
                e.consume();
                if (enter && (list.getItems().size() == 1 || vm.selectedProperty().get() != null)) {
                    Procedure p = vm.selectedProperty().get() != null ? vm.selectedProperty().get() : list.getItems().get(0);
                    open.accept(p);
                    return;
                }
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                list.getFocusModel().focus(list.getSelectionModel().getSelectedIndex());
                list.requestFocus();
            }
        });
        list.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && vm.selectedProperty().get() != null) {
                e.consume();
                open.accept(vm.selectedProperty().get());
            } else if (e.getCode() == javafx.scene.input.KeyCode.UP && list.getSelectionModel().getSelectedIndex() <= 0) {
                // Up from the first row returns to the search, to refine it.
                e.consume();
                search.requestFocus();
                search.end();
            }
        });
        pe.macexpress.desk.ui.help.Keys.screen(this, onBack);

        getChildren().addAll(title, citizen, searchLabel, search, browse, list, warning, guardianBox, actions);
        actions.setId("choice-actions");
        setPadding(new Insets(4));
    }

    private final Label warning = new Label();
    private final VBox guardianBox;
    private final ComboBox<pe.macexpress.desk.core.DocumentType> guardianType = new ComboBox<>();
    private final TextField guardianNumber = new TextField();
    private final TextField guardianCheck = new TextField();
    private final Label guardianError = new Label();

    /**
     * Opening goes through here: a minor's procedure that needs their father, mother or guardian
     * first takes a valid document of theirs (recorded with the visit's attentions).
     */
    private Consumer<Procedure> guarded(ProcedureChoiceViewModel vm, I18n i18n, Visit visit, Consumer<Procedure> onChosen) {
        return p -> {
            if (p == null) {
                return;
            }
            if (Eligible.guardianNeeded(p, visit) && visit.guardian() == null) {
                var parse = pe.macexpress.desk.core.Document.parse(guardianType.getValue(), guardianNumber.getText(),
                        guardianCheck.getText());
                if (!parse.isValid()) {
                    guardianError.textProperty().unbind();
                    boolean typed = !guardianNumber.getText().isBlank();
                    guardianError.textProperty().bind(i18n.computed(() -> i18n.get("choice.guardian.needed")
                            + (typed ? " " + i18n.get(parse.error().messageKey()) : "")));
                    vm.selectedProperty().set(p);
                    pe.macexpress.desk.ui.help.Keys.focusSoon(guardianNumber);
                    return;
                }
                visit.recordGuardian(parse.document());
            }
            onChosen.accept(p);
        };
    }

    /** The guardian's document, asked when a minor's chosen procedure needs one (type, number, check). */
    private VBox guardianBox(ProcedureChoiceViewModel vm, I18n i18n, Visit visit) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("choice.guardian.title"));
        guardianType.setId("choice-guardian-type");
        guardianType.getItems().setAll(pe.macexpress.desk.core.DocumentType.values());
        guardianType.setValue(pe.macexpress.desk.core.DocumentType.DNI);
        pe.macexpress.desk.ui.common.Fields.localizedCells(guardianType, t -> i18n.text(t.messageKey()));
        guardianNumber.setId("choice-guardian-number");
        pe.macexpress.desk.ui.common.Fields.limit(guardianNumber, 15);
        guardianNumber.setPrefColumnCount(14);
        guardianCheck.setId("choice-guardian-check");
        pe.macexpress.desk.ui.common.Fields.limit(guardianCheck, 1);
        guardianCheck.setPrefColumnCount(2);
        var dni = guardianType.valueProperty().isEqualTo(pe.macexpress.desk.core.DocumentType.DNI);
        guardianCheck.visibleProperty().bind(dni);
        guardianCheck.managedProperty().bind(dni);
        Label numberLabel = new Label();
        numberLabel.textProperty().bind(i18n.text("identify.document.number"));
        numberLabel.setLabelFor(guardianNumber);
        Label checkLabel = new Label();
        checkLabel.textProperty().bind(i18n.text("identify.document.check"));
        checkLabel.visibleProperty().bind(dni);
        checkLabel.managedProperty().bind(dni);
        FlowPane fields = new FlowPane(10, 6, guardianType, numberLabel, guardianNumber, checkLabel, guardianCheck);
        fields.setAlignment(Pos.CENTER_LEFT);
        guardianError.setId("choice-guardian-error");
        guardianError.getStyleClass().add("error-text");
        guardianError.setWrapText(true);
        guardianError.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        pe.macexpress.desk.ui.common.Fields.collapseWhenEmpty(guardianError);
        VBox box = new VBox(6, title, fields, guardianError);
        box.setId("choice-guardian");
        box.getStyleClass().add("card");
        var needed = javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.selectedProperty().get() != null
                && visit.guardian() == null && Eligible.guardianNeeded(vm.selectedProperty().get(), visit),
                vm.selectedProperty());
        box.visibleProperty().bind(needed);
        box.managedProperty().bind(needed);
        if (visit.guardian() != null) {
            Label recorded = new Label();
            recorded.setId("choice-guardian-recorded");
            recorded.setWrapText(true);
            recorded.getStyleClass().add("hint");
            recorded.textProperty().bind(i18n.computed(() -> i18n.get("choice.guardian.recorded",
                    i18n.get(visit.guardian().type().messageKey()), visit.guardian().number())));
            VBox shown = new VBox(recorded);
            return shown;
        }
        return box;
    }

    /** A choice of one id (null = all) whose names follow the language and the catalogue in use. */
    private static ComboBox<String> browser(String id, I18n i18n, javafx.beans.property.ObjectProperty<String> value,
                                            java.util.function.Supplier<java.util.List<String>> ids,
                                            java.util.function.Function<String, String> name,
                                            javafx.beans.value.ObservableValue<String> catalogVersion,
                                            java.util.function.Function<String, javafx.scene.Node> graphic) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        Runnable fill = () -> {
            java.util.List<String> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(ids.get());
            box.getItems().setAll(items);
            box.setValue(value.get());
        };
        fill.run();
        catalogVersion.addListener((o, was, now) -> fill.run());
        javafx.util.Callback<ListView<String>, ListCell<String>> cells = lv -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty) {
                    setText(null);
                    setGraphic(null);
                } else {
                    textProperty().bind(i18n.computed(() -> item == null ? i18n.get("choice.all") : name.apply(item)));
                    setGraphic(graphic == null || item == null ? null : graphic.apply(item));
                }
            }
        };
        box.setCellFactory(cells);
        box.setButtonCell(cells.call(null));
        box.valueProperty().addListener((o, was, now) -> value.set(now));
        value.addListener((o, was, now) -> box.setValue(now));
        return box;
    }

    /** Issue 16 (pictograms): a family's pictogram, named in the advisor's language as it changes. */
    private static javafx.scene.layout.Pane familyPicture(I18n i18n, String lifeEventId, double size) {
        javafx.scene.layout.Pane picture = pe.macexpress.desk.ui.pictograms.Pictograms.family(i18n.localization(),
                i18n.tag(), lifeEventId, size);
        picture.accessibleTextProperty().bind(i18n.text(pe.macexpress.desk.pictogram.Drawings.familyKey(lifeEventId)));
        return picture;
    }

    public void focusSearch() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(search);
    }

    /** Name in the current language, entity and fee underneath. */
    private static final class ProcedureCell extends ListCell<Procedure> {
        private static final double FAMILY_PICTOGRAM = 32;
        private final java.util.function.Function<Procedure, pe.macexpress.desk.catalog.Entity> entities;
        private final I18n i18n;
        private final Label name = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(2, name, meta);
        /** Issue 16 (pictograms): the procedure's family (its first life event) beside its name. */
        private final HBox row = new HBox(10, new javafx.scene.layout.Pane(), box);
        private String family;

        ProcedureCell(I18n i18n, java.util.function.Function<Procedure, pe.macexpress.desk.catalog.Entity> entities) {
            this.i18n = i18n;
            this.entities = entities;
            name.getStyleClass().add("procedure-name");
            meta.getStyleClass().add("hint");
            box.setPadding(new Insets(2, 0, 2, 0));
            box.setMinWidth(0);
            row.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(box, Priority.ALWAYS);
        }

        /** The family's pictogram, redrawn only when the family changes; named in the advisor's language. */
        private void showFamily(Procedure p) {
            String id = p.lifeEvents().isEmpty() ? null : p.lifeEvents().get(0);
            if (family == null || !family.equals(String.valueOf(id))) {
                family = String.valueOf(id);
                row.getChildren().set(0, familyPicture(i18n, id, FAMILY_PICTOGRAM));
            }
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
                    i18n.get(p.kind().messageKey()) + " · " + i18n.get(p.channel().messageKey()),
                    ProcedureView.feeText(p, i18n))));
            showFamily(p);
            setGraphic(row);
        }
    }
}
