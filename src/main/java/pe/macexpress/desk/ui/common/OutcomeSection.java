package pe.macexpress.desk.ui.common;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.core.OutcomeType;

/**
 * The outcome of an attention as every channel's screen asks it (counter, portal, capture): one
 * choice per outcome, and the detail with its question when the outcome needs one. Kept in step
 * with the screen's ViewModel both ways, so a draft restored or cleared there shows here.
 */
public final class OutcomeSection {
    /** Touch targets: at least 44 px high. */
    private static final double TOUCH = 44;
    /** Issue 16: the outcome pictograms' size on the choices. */
    private static final double PICTOGRAM = 32;

    private OutcomeSection() {
    }

    /**
     * @param radioIdPrefix the choices' ids are {@code <prefix><outcome>}, e.g. "outcome-atendido"
     * @param detailId the detail field's id
     */
    public static VBox build(ObjectProperty<OutcomeType> outcome, StringProperty detail, I18n i18n,
                             String radioIdPrefix, String detailId, int detailRows) {
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("procedure.outcome"));
        ToggleGroup group = new ToggleGroup();
        FlowPane choices = new FlowPane(16, 8);
        for (OutcomeType t : OutcomeType.values()) {
            RadioButton rb = new RadioButton();
            rb.setId(radioIdPrefix + t.name().toLowerCase(Locale.ROOT));
            rb.textProperty().bind(i18n.text(t.messageKey()));
            rb.setUserData(t);
            rb.setToggleGroup(group);
            rb.setMinHeight(TOUCH);
            // Drawn as a large toggle tile (desk.css): one touch anywhere on it; arrows still move within the group.
            rb.getStyleClass().add("outcome-choice");
            withPictogram(rb, t, i18n);
            rb.setSelected(outcome.get() == t);
            choices.getChildren().add(rb);
        }
        group.selectedToggleProperty().addListener((o, was, now) ->
                outcome.set(now == null ? null : (OutcomeType) now.getUserData()));
        outcome.addListener((o, was, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));

        StringBinding questionKey = Bindings.createStringBinding(() ->
                outcome.get() == null ? "" : outcome.get().detailQuestionKey(), outcome);
        Label question = new Label();
        question.setWrapText(true);
        question.textProperty().bind(i18n.text(questionKey));
        TextArea field = new TextArea();
        field.setId(detailId);
        field.setWrapText(true);
        field.setPrefRowCount(detailRows);
        field.textProperty().bindBidirectional(detail);
        Fields.limitFreeText(field); // issue 15: a 22 KB detail is cut at input, never quarantined
        question.setLabelFor(field);
        VBox detailBox = new VBox(4, question, field);
        detailBox.visibleProperty().bind(questionKey.isNotEmpty());
        detailBox.managedProperty().bind(detailBox.visibleProperty());
        return new VBox(8, title, choices, detailBox);
    }

    /**
     * Issue 16 (pictograms): the outcome's pictogram beside its name (a tick, an hourglass, an arrow, a
     * cross), named for screen readers in the screen's language.
     */
    private static void withPictogram(RadioButton choice, OutcomeType t, I18n i18n) {
        javafx.scene.layout.Pane picture = pe.macexpress.desk.ui.pictograms.Pictograms.outcome(i18n.localization(),
                i18n.tag(), t, PICTOGRAM);
        picture.setId(choice.getId() + "-pictogram");
        picture.accessibleTextProperty().bind(i18n.text(pe.macexpress.desk.pictogram.Drawings.outcomeKey(t)));
        choice.setGraphic(picture);
        choice.setGraphicTextGap(10);
    }
}
