package pe.macexpress.desk.ui.common;

import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.shape.SVGPath;
import pe.macexpress.desk.speech.Speech;
import pe.macexpress.desk.speech.Utterance;

/**
 * The large speaker button beside a citizen-facing text: reads it aloud in the citizen's language,
 * pressed again it stops. Its own label is in the citizen's language too ("Uyariy"), since it is
 * the citizen's button. Hidden (and out of the layout) when no voice speaks that language, asked
 * again once the synthesizer's voices are known and after each utterance (a voice that failed is
 * not offered again). The FX thread only starts and stops: the speaking happens elsewhere.
 */
public final class SpeakButton {
    /** Style class while speaking (the button then reads "Detener"). */
    public static final String SPEAKING = "speaking";

    private SpeakButton() {
    }

    /**
     * @param language the citizen's language tag, followed live
     * @param what     what to say, built when pressed (so it reads what the screen shows then)
     */
    public static Button of(I18n i18n, Speech speech, ObservableValue<String> language, Supplier<Utterance> what,
                            String id) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("speak-button");
        b.setMinHeight(TouchButtons.TARGET);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setFocusTraversable(true);
        BooleanProperty speaking = new SimpleBooleanProperty(false);
        // Which press is being spoken: the end of an older utterance must not reset a newer one.
        long[] turn = {0};
        b.getProperties().put(SpeakButton.class, speaking);
        b.textProperty().bind(i18n.computed(() -> i18n.localization().text(citizens(language, i18n),
                speaking.get() ? "speech.stop" : "speech.listen"), speaking, language));
        SVGPath icon = new SVGPath();
        // A loudspeaker with two sound waves, in a 24 × 24 box.
        icon.setContent("M3 9 H7 L12 4 V20 L7 15 H3 Z M15.5 8.5 A5 5 0 0 1 15.5 15.5 L14.1 14.1 A3 3 0 0 0 14.1 9.9 Z"
                + " M18.4 5.6 A9 9 0 0 1 18.4 18.4 L17 17 A7 7 0 0 0 17 7 Z");
        icon.getStyleClass().add("speak-icon");
        // In a Group so the CSS scale counts in the layout: scaled alone, the icon overlapped the text.
        b.setGraphic(new javafx.scene.Group(icon));
        b.setContentDisplay(ContentDisplay.LEFT);
        speaking.addListener((o, was, now) -> {
            b.getStyleClass().remove(SPEAKING);
            if (now) {
                b.getStyleClass().add(SPEAKING);
            }
        });
        Runnable refresh = () -> {
            boolean can = language.getValue() != null && speech.canSpeak(language.getValue());
            b.setVisible(can);
            b.setManaged(can);
        };
        refresh.run();
        // The voices are listed in the background: ask again once they are known.
        speech.ready().thenRun(() -> Platform.runLater(refresh));
        Runnable quiet = () -> {
            if (speaking.get()) {
                turn[0]++;
                speaking.set(false);
                speech.stop();
            }
        };
        language.addListener((o, a, c) -> {
            quiet.run();
            refresh.run();
        });
        b.setOnAction(e -> {
            if (speaking.get()) {
                quiet.run();
                return;
            }
            Utterance u = what.get();
            if (u == null || u.isEmpty()) {
                return;
            }
            long mine = ++turn[0];
            speaking.set(true);
            speech.say(language.getValue(), u, () -> Platform.runLater(() -> {
                if (turn[0] == mine) {
                    speaking.set(false);
                }
                refresh.run();
            }));
        });
        // Leaving the screen stops the voice: nobody should hear a receipt read over the next citizen.
        b.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                quiet.run();
            }
        });
        return b;
    }

    private static String citizens(ObservableValue<String> language, I18n i18n) {
        return language.getValue() != null ? language.getValue() : i18n.tag();
    }

    /** Whether {@code button} (made by {@link #of}) is speaking now. */
    public static boolean speaking(Button button) {
        Object p = button.getProperties().get(SpeakButton.class);
        return p instanceof BooleanProperty bp && bp.get();
    }
}
