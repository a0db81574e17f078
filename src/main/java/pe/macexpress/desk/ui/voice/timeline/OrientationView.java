package pe.macexpress.desk.ui.voice.timeline;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Orientation or a request outside the catalogue (issue 13): the type, what was asked, the entity
 * (or "no sé"), Save (Enter from the entity, Ctrl+Enter from the text) and Back (Esc).
 */
public final class OrientationView extends VBox {
    private final TextArea topic = new TextArea();

    /**
     * @param citizenLine who is at the counter, e.g. "Solo consulta, sin identificar"; may be blank
     * @param onSave Save pressed (the caller saves through the ViewModel)
     * @param onBack back to where the advisor came from; nothing is saved
     */
    public OrientationView(OrientationViewModel vm, I18n i18n, Catalog catalog, String citizenLine, Runnable onSave,
                           Runnable onBack) {
        getStyleClass().add("screen");
        setId("orientation-screen");
        setSpacing(10);
        setFillWidth(true);

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("orientation.title"));

        Label who = new Label(citizenLine);
        who.getStyleClass().add("hint");
        who.setWrapText(true);
        Fields.collapseWhenEmpty(who);

        ToggleGroup type = new ToggleGroup();
        RadioButton orientation = new RadioButton();
        orientation.setId("orientation-type-orientation");
        orientation.setToggleGroup(type);
        orientation.setWrapText(true);
        orientation.setMinHeight(44);
        orientation.textProperty().bind(i18n.text("orientation.type.orientation"));
        RadioButton unmet = new RadioButton();
        unmet.setId("orientation-type-unmet");
        unmet.setToggleGroup(type);
        unmet.setWrapText(true);
        unmet.setMinHeight(44);
        unmet.textProperty().bind(i18n.text("orientation.type.unmet"));
        (vm.unmetProperty().get() ? unmet : orientation).setSelected(true);
        type.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                (was == null ? orientation : was).setSelected(true);
            } else {
                vm.unmetProperty().set(now == unmet);
            }
        });
        FlowPane types = new FlowPane(16, 6, orientation, unmet);

        Label topicLabel = new Label();
        topicLabel.setWrapText(true);
        topicLabel.textProperty().bind(i18n.computed(() -> i18n.get(vm.unmetProperty().get()
                ? "orientation.topic.unmet" : "orientation.topic"), vm.unmetProperty()));
        topic.setId("orientation-topic");
        topic.setWrapText(true);
        topic.setPrefRowCount(3);
        topic.textProperty().bindBidirectional(vm.topicProperty());
        pe.macexpress.desk.ui.common.Fields.limit(topic, OrientationContent.MAX_TOPIC);
        topicLabel.setLabelFor(topic);

        Label entityLabel = new Label();
        entityLabel.setWrapText(true);
        entityLabel.textProperty().bind(i18n.text("orientation.entity"));
        ComboBox<String> entity = new ComboBox<>();
        entity.setId("orientation-entity");
        entity.setMinHeight(44);
        List<String> ids = new ArrayList<>();
        ids.add(OrientationViewModel.UNKNOWN_ENTITY);
        catalog.entities().stream().map(Entity::id).forEach(ids::add);
        entity.getItems().setAll(ids);
        Fields.localizedCells(entity, id -> i18n.computed(() -> id.isEmpty() ? i18n.get("orientation.entity.unknown")
                : catalog.entities().stream().filter(e -> e.id().equals(id)).findFirst()
                        .map(e -> e.acronym() + " — " + e.name(i18n.tag())).orElse(id)));
        entity.valueProperty().bindBidirectional(vm.entityProperty());
        entityLabel.setLabelFor(entity);

        Label error = Fields.errorLine(i18n, "orientation-error", vm.errorKeyProperty());

        Button save = new Button();
        save.setId("orientation-save");
        save.setDefaultButton(true);
        save.textProperty().bind(i18n.text("orientation.save"));
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> onSave.run());
        Button back = new Button();
        back.setId("orientation-back");
        back.setCancelButton(true);
        back.textProperty().bind(i18n.text("orientation.back"));
        back.setOnAction(e -> onBack.run());
        FlowPane actions = new FlowPane(10, 8, save, back);
        actions.setAlignment(Pos.CENTER_LEFT);

        // The text area keeps Enter for new lines: Ctrl+Enter saves (Tab moves on: Keys.screen, as on every screen).
        topic.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                save.fire();
                e.consume();
            }
        });

        getChildren().addAll(title, who, types, topicLabel, topic, entityLabel, entity, error, actions);
    }

    /** Typing starts in what was asked. */
    public void focusTopic() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(topic);
    }
}
