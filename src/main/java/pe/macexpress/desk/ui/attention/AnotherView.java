package pe.macexpress.desk.ui.attention;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.ui.common.I18n;

/** Step 4: the attention is saved (it was committed before this screen appeared); another one? */
public final class AnotherView extends VBox {
    private final Button no;

    /** @param citizenCard what was saved, for the citizen in their language (issue 16) */
    AnotherView(I18n i18n, Catalog catalog, Attention saved, Runnable onAnother, Runnable onFinish,
                javafx.scene.Node citizenCard) {
        getStyleClass().add("screen");
        setSpacing(14);

        Label savedLabel = new Label();
        savedLabel.setId("another-saved");
        savedLabel.getStyleClass().add("saved-banner");
        savedLabel.setWrapText(true);
        savedLabel.textProperty().bind(i18n.computed(() -> i18n.get("another.saved",
                catalog.procedureName(saved.procedureId(), i18n.tag()),
                saved.code(), i18n.get(saved.outcome().type().messageKey()))));

        Label question = new Label();
        question.setId("another-question");
        question.getStyleClass().add("screen-title");
        question.setWrapText(true);
        question.textProperty().bind(i18n.text("another.question"));

        Button yes = new Button();
        yes.setId("another-yes");
        yes.textProperty().bind(i18n.text("another.yes"));
        yes.setOnAction(e -> onAnother.run());
        Button no = new Button();
        this.no = no;
        no.setId("another-no");
        no.setDefaultButton(true);
        no.textProperty().bind(i18n.text("another.no"));
        no.setOnAction(e -> onFinish.run());
        HBox actions = new HBox(12, yes, no);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(savedLabel, citizenCard, question, actions);
        setPadding(new Insets(4));
        pe.macexpress.desk.ui.help.Keys.screen(this, null);
    }

    /** Enter finishes (the default); Tab or Shift+Tab reaches "Sí, otro trámite". */
    void focusDefault() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(no);
    }
}
