package pe.macexpress.desk.ui.voice.timeline;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The end of a visit with no receipt (issue 13: the citizen only asked): the farewell in the
 * citizen's language, what was recorded in the advisor's, and "Siguiente ciudadano".
 */
public final class FarewellView extends VBox {
    private final Button next = new Button();

    /** @param part the part of the day the visit ends in (the greeting's, see {@code PartOfDay}) */
    public FarewellView(I18n i18n, String citizenLanguage, pe.macexpress.desk.core.PartOfDay part, Runnable onNext) {
        this(i18n, citizenLanguage, part, onNext, pe.macexpress.desk.speech.Speech.NONE);
    }

    /** Issue 16 (citizen): the farewell in its own card for the citizen, with the speaker button. */
    public FarewellView(I18n i18n, String citizenLanguage, pe.macexpress.desk.core.PartOfDay part, Runnable onNext,
                        pe.macexpress.desk.speech.Speech speech) {
        getStyleClass().add("screen");
        setId("farewell-screen");
        setSpacing(14);
        setFillWidth(true);

        Label title = new Label();
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("timeline.farewell.title"));

        // The citizen's words, in the citizen's language whatever the advisor's screen shows.
        // The protocol's words: nothing was served, so nothing to apologise for; no names were asked.
        String words = pe.macexpress.desk.receipt.ReceiptService.words(i18n.localization(), citizenLanguage,
                pe.macexpress.desk.core.Farewell.of(java.util.List.of(), part, false), "");
        var card = pe.macexpress.desk.ui.common.CitizenCard.of(i18n, speech,
                new javafx.beans.property.SimpleStringProperty(citizenLanguage), "citizen-farewell", () -> words,
                () -> pe.macexpress.desk.speech.Utterance.of(words));
        Label farewell = card.text();
        farewell.setId("farewell-text");

        Label recorded = new Label();
        recorded.setId("farewell-recorded");
        recorded.getStyleClass().add("hint");
        recorded.setWrapText(true);
        recorded.textProperty().bind(i18n.text("timeline.farewell.recorded"));

        next.setId("farewell-next");
        next.setDefaultButton(true);
        next.textProperty().bind(i18n.text("timeline.next"));
        next.setOnAction(e -> onNext.run());

        getChildren().addAll(title, card, recorded, next);
        setAlignment(Pos.TOP_LEFT);
    }

    public void focusNext() {
        pe.macexpress.desk.ui.help.Keys.focusSoon(next);
    }
}
