package pe.macexpress.desk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.core.PartOfDay;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.speech.Utterance;
import pe.macexpress.desk.ui.voice.timeline.FarewellView;
import pe.macexpress.desk.testing.RecordingSpeech;

/**
 * Issue 16 (citizen): a citizen's card follows the citizen's language live (its chooser changes the
 * visit's language), its heading stays in the advisor's; the speaker button shows only for a language
 * a voice speaks and says the card in the citizen's language; the farewell is such a card.
 */
@ExtendWith(ApplicationExtension.class)
class CitizenCardTest {
    private static final Localization TEXT = Localization.bundledOnly();
    private final I18n advisor = new I18n(TEXT, "es");
    private final SimpleObjectProperty<String> citizen = new SimpleObjectProperty<>("qu");
    private final RecordingSpeech voice = new RecordingSpeech("qu");
    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        CitizenCard card = CitizenCard.of(advisor, voice, citizen, "card",
                () -> TEXT.text(citizen.get(), "forcitizen.readback.ask"),
                () -> Utterance.builder().text(TEXT.text(citizen.get(), "forcitizen.code")).code("AB12-CD34").build())
                .withChooser(advisor, citizen);
        root.getChildren().setAll(card, new FarewellView(advisor, "qu", PartOfDay.MORNING, () -> { }, voice));
        stage.setScene(new Scene(root, 800, 500));
        stage.show();
    }

    @Test
    void theCardFollowsTheCitizensLanguageAndItsSpeakerOnlyWhereAVoiceSpeaksIt(FxRobot robot) {
        assertEquals(TEXT.text("qu", "forcitizen.readback.ask"), robot.lookup("#card-text").queryAs(Label.class).getText());
        assertEquals(TEXT.text("es", "forcitizen.heading"), robot.lookup("#card-heading").queryAs(Label.class).getText(),
                "the heading is the advisor's");
        Button speak = robot.lookup("#card-speak").queryButton();
        assertTrue(speak.isVisible());
        assertEquals(TEXT.text("qu", "speech.listen"), speak.getText(), "the citizen's button speaks their language");
        robot.clickOn(speak);
        assertEquals(List.of("qu"), voice.languages);
        assertEquals(List.of(new Utterance.Code("AB12-CD34")), voice.said.get(0).parts().stream()
                .filter(p -> p instanceof Utterance.Code).toList());

        // The chooser is the visit's language: Spanish now, and no voice speaks it here.
        @SuppressWarnings("unchecked")
        ComboBox<Language> box = robot.lookup("#card-language").queryComboBox();
        robot.interact(() -> box.setValue(TEXT.language("es")));
        assertEquals("es", citizen.get());
        assertEquals(TEXT.text("es", "forcitizen.readback.ask"), robot.lookup("#card-text").queryAs(Label.class).getText());
        assertFalse(speak.isVisible(), "hidden where no voice speaks the language");
        assertFalse(speak.isManaged());
        robot.interact(() -> citizen.set("qu"));
        assertEquals("qu", box.getValue().tag(), "the chooser shows a change made elsewhere");
        assertTrue(speak.isVisible());
    }

    @Test
    void theFarewellIsACitizensCardThatCanBeHeard(FxRobot robot) {
        String farewell = robot.lookup("#farewell-text").queryAs(Label.class).getText();
        assertTrue(farewell.contains(TEXT.text("qu", "protocol.thanks.anonymous")), farewell);
        robot.clickOn("#citizen-farewell-speak");
        assertEquals(List.of("qu"), voice.languages);
        assertEquals(List.of(new Utterance.Text(farewell)), voice.said.get(0).parts());
    }
}
