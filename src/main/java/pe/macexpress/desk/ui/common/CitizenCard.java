package pe.macexpress.desk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import pe.macexpress.desk.speech.Speech;
import pe.macexpress.desk.speech.Utterance;

/**
 * Issue 16 (citizen): a text for the citizen, in the citizen's language, in its own card set apart
 * from the advisor's screen: a small heading in the advisor's language ("Para el ciudadano"), the
 * text in large type, and the speaker button (hidden when no voice speaks that language). The text
 * follows the citizen's language live; optionally the card carries the compact chooser of that
 * language (the visit's).
 */
public final class CitizenCard extends VBox {
    private final Label text = new Label();
    private final FlowPane head;
    private final javafx.scene.layout.HBox body;

    private CitizenCard(I18n advisor, String id) {
        setId(id);
        getStyleClass().addAll("card", "citizen-card");
        setSpacing(2);
        setFillWidth(true);
        Label heading = new Label();
        heading.setId(id + "-heading");
        heading.getStyleClass().add("citizen-card-heading");
        heading.textProperty().bind(advisor.text("forcitizen.heading"));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        head = new FlowPane(10, 6, heading);
        head.setAlignment(Pos.CENTER_LEFT);
        text.setId(id + "-text");
        text.getStyleClass().add("citizen-card-text");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        // The speaker sits beside the heading and the text (not above them): the card costs little
        // height on a 600 px screen.
        VBox words = new VBox(2, head, text);
        javafx.scene.layout.HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        body = new javafx.scene.layout.HBox(12, words);
        body.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(body);
    }

    /**
     * @param advisor  the advisor's texts (the heading, the chooser's label)
     * @param language the citizen's language tag, followed live
     * @param shown    the card's text, computed in the citizen's language (reads {@code language})
     * @param said     what the speaker says, built when pressed
     * @param deps     what else the text depends on
     */
    public static CitizenCard of(I18n advisor, Speech speech, ObservableValue<String> language, String id,
                                 Callable<String> shown, Supplier<Utterance> said, Observable... deps) {
        CitizenCard card = new CitizenCard(advisor, id);
        Observable[] all = new Observable[deps.length + 2];
        all[0] = language;
        all[1] = advisor.languageProperty();
        System.arraycopy(deps, 0, all, 2, deps.length);
        card.text.textProperty().bind(Bindings.createStringBinding(shown, all));
        // The button listens to the card's own copy of the language, never to the visit's long-lived property.
        I18n citizen = citizenTexts(advisor, language, card);
        Button speak = SpeakButton.of(citizen, speech, citizen.languageTag(), said, id + "-speak");
        card.body.getChildren().add(speak);
        return card;
    }

    /** Adds the compact chooser of the citizen's language to the card's heading (the visit's language). */
    public CitizenCard withChooser(I18n advisor, Property<String> language) {
        head.getChildren().add(chooser(advisor, language, getId() + "-language"));
        return this;
    }

    /** The large text of the card. */
    public Label text() {
        return text;
    }

    /** "Idioma del ciudadano: [Runasimi ▾]": the compact chooser of the visit's language, for any step. */
    public static Node chooser(I18n advisor, Property<String> language, String id) {
        Label label = new Label();
        label.textProperty().bind(advisor.text("forcitizen.language"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        // The box follows a copy of the visit's language bound both ways (weakly): no listener of a
        // screen stays on the visit's long-lived property once the screen is gone.
        javafx.beans.property.StringProperty local = new javafx.beans.property.SimpleStringProperty(language.getValue());
        local.bindBidirectional(language);
        var box = CitizenLanguageBox.of(advisor, local, id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane row = new FlowPane(6, 4, label, box);
        row.getProperties().put(CitizenCard.class, local);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("citizen-language-chooser");
        return row;
    }

    /**
     * Texts in the citizen's language, following it live: the speaker button's own words ("Uyariy")
     * are the citizen's, like the card it sits on. Follows {@code language} weakly: the listener lives
     * as long as {@code owner} (a screen), not as long as the visit's language property.
     */
    public static I18n citizenTexts(I18n advisor, ObservableValue<String> language, Node owner) {
        I18n citizen = new I18n(advisor.localization(), language.getValue() == null ? advisor.tag() : language.getValue());
        javafx.beans.value.ChangeListener<String> follow = (o, was, now) -> {
            if (now != null) {
                citizen.languageProperty().set(advisor.localization().language(now));
            }
        };
        owner.getProperties().put(follow, follow);
        language.addListener(new javafx.beans.value.WeakChangeListener<>(follow));
        return citizen;
    }
}
