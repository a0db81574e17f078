package pe.macexpress.desk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.speech.EspeakSpeech;
import pe.macexpress.desk.speech.Speech;
import pe.macexpress.desk.speech.SpokenText;
import pe.macexpress.desk.speech.Utterance;
import pe.macexpress.desk.testing.FakeSynthesizer;
import pe.macexpress.desk.testing.Screenshots;

/**
 * The speaker button with a fake eSpeak NG on the PATH: pressing it speaks the prepared words in the
 * citizen's language while the FX thread stays free, pressing again stops, and a language without
 * a voice (or a desk without a synthesizer) has no button.
 */
@DisabledOnOs(OS.WINDOWS)
@ExtendWith(ApplicationExtension.class)
class SpeakButtonTest {
    private static final Localization L = Localization.bundledOnly();
    private final StringProperty citizen = new SimpleStringProperty("es");
    private FakeSynthesizer fake;
    private EspeakSpeech speech;
    private Scene scene;
    private VBox root;
    private I18n i18n;

    @Start
    void start(Stage stage) throws Exception {
        fake = FakeSynthesizer.install(Files.createTempDirectory("fake-espeak"), "espeak-ng");
        speech = EspeakSpeech.find(fake.path(), L, EspeakSpeech.Options.DEFAULT);
        i18n = new I18n(L, "es");
        root = new VBox(16);
        root.setPadding(new Insets(24));
        scene = new Scene(root, 1024, 600);
        scene.getStylesheets().add(getClass().getResource("/ui/desk.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void quiet() throws Exception {
        speech.stop();
        try (var files = Files.walk(Path.of(fake.path()))) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static Utterance code() {
        return Utterance.builder().text("A-047").code("A-047").text("S/ 30.50").money(new BigDecimal("30.50")).build();
    }

    private Button shown(FxRobot robot, Speech voice) {
        Button[] b = new Button[1];
        robot.interact(() -> {
            b[0] = SpeakButton.of(i18n, voice, citizen, SpeakButtonTest::code, "speak");
            Label text = new Label("A-047 · S/ 30.50");
            text.setStyle("-fx-font-size: 2em");
            root.getChildren().setAll(new HBox(16, text, b[0]));
        });
        return b[0];
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }

    private static boolean fxThreadAnswers() throws InterruptedException {
        CountDownLatch answered = new CountDownLatch(1);
        Platform.runLater(answered::countDown);
        return answered.await(20, TimeUnit.SECONDS);
    }

    @Test
    void pressingSpeaksWithoutBlockingTheFxThreadAndPressingAgainStops(FxRobot robot) throws Exception {
        Button b = shown(robot, speech);
        waitFor(b::isVisible);
        assertEquals("Escuchar", b.getText());
        Screenshots.save(robot, scene, "speech-es-listen");

        robot.clickOn("#speak");
        FakeSynthesizer.Started s = fake.awaitStarted();
        assertEquals(new SpokenText(L).words("es", code()) + "\n", s.said());
        assertTrue(s.said().contains("a, cero, cuatro, siete"), s.said());
        assertEquals("es-419", s.args().get(1));
        assertTrue(fxThreadAnswers(), "the FX thread answers while the synthesizer speaks");
        assertTrue(s.alive(), "still speaking (the fake sleeps)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Detener", b.getText());
        assertTrue(SpeakButton.speaking(b));
        assertTrue(b.getStyleClass().contains(SpeakButton.SPEAKING));
        Screenshots.save(robot, scene, "speech-es-speaking");

        robot.clickOn("#speak");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Escuchar", b.getText());
        assertFalse(SpeakButton.speaking(b));
        s.awaitGone();
        assertTrue(fxThreadAnswers());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Escuchar", b.getText(), "the stopped utterance's end does not change it back");
        assertTrue(b.isVisible(), "a stopped voice is still offered");
    }

    @Test
    void theButtonSpeaksAndIsLabelledInTheCitizensLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> citizen.set("qu"));
        Button b = shown(robot, speech);
        waitFor(b::isVisible);
        assertEquals("Uyariy", b.getText(), "the advisor works in Spanish; the button is the citizen's");
        robot.clickOn("#speak");
        FakeSynthesizer.Started s = fake.awaitStarted();
        assertEquals("qu", s.args().get(1));
        assertTrue(s.said().contains("A, ch'usaq, tawa, qanchis"), s.said());
        assertTrue(s.said().contains("kimsa chunka sol, pichqa chunka sentimowan"), s.said());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Sayachiy", b.getText());
        Screenshots.save(robot, scene, "speech-qu-speaking");

        robot.interact(() -> citizen.set("es")); // the citizen changes language: the voice stops
        s.awaitGone();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Escuchar", b.getText());
    }

    @Test
    void aLanguageWithoutAVoiceHasNoButton(FxRobot robot) throws Exception {
        robot.interact(() -> citizen.set("ay"));
        Button b = shown(robot, speech);
        speech.ready().get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(b.isVisible(), "eSpeak NG has no Aymara voice");
        assertFalse(b.isManaged(), "and the button takes no room");
        robot.interact(() -> citizen.set("qu"));
        assertTrue(b.isVisible());
    }

    @Test
    void withoutASynthesizerThereIsNoButtonAndNothingBreaks(FxRobot robot) throws Exception {
        EspeakSpeech none = EspeakSpeech.find("", L, EspeakSpeech.Options.DEFAULT);
        Button b = shown(robot, none);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(b.isVisible());
        robot.interact(() -> citizen.set("qu"));
        assertFalse(b.isVisible());
        robot.interact(b::fire); // even if a screen fires it
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(SpeakButton.speaking(b));
    }

    @Test
    void aVoiceThatFailsHidesItsButtonAfterTrying(FxRobot robot) throws Exception {
        fake.failEachUtterance();
        Button b = shown(robot, speech);
        waitFor(b::isVisible);
        robot.clickOn("#speak");
        waitFor(() -> !b.isVisible());
        assertFalse(SpeakButton.speaking(b));
        assertEquals("Escuchar", b.getText());
        robot.interact(() -> citizen.set("qu"));
        assertTrue(b.isVisible(), "the Quechua voice was not the one that failed");
    }
}
