package pe.macexpress.desk.ui.voice;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.help.Keys;
import pe.macexpress.desk.ui.receipt.ReceiptScreen;
import pe.macexpress.desk.voice.Feedback;

/**
 * Where the citizen's voice joins the counter's screens (issue 13): on the receipt, a large
 * "Encuesta" button (and, with a second monitor, "on the second screen") and "Sugerencia o
 * felicitación"; on the identification screen, the suggestion button for a citizen who came only
 * for that. The survey and the suggestion speak the citizen's language (the receipt's language
 * box); a compliment left in the survey is shown to the advisor, in the advisor's language.
 */
public final class VoiceScreens {
    private static final double TARGET = 56;

    private final I18n i18n;
    private final Feedback feedback;
    private final TaskRunner runner;
    private final Consumer<Node> show;
    private final Supplier<String> pointId;
    /** The other monitors' bounds; a test may give its own. */
    private Supplier<List<Rectangle2D>> otherScreens = () -> Screen.getScreens().stream()
            .filter(s -> !s.equals(Screen.getPrimary())).map(Screen::getBounds).toList();

    /**
     * @param show    puts a screen in the desk's content (the survey replaces the receipt, then the receipt comes back)
     * @param pointId the service point of the session
     */
    public VoiceScreens(I18n i18n, Feedback feedback, TaskRunner runner, Consumer<Node> show, Supplier<String> pointId) {
        this.i18n = i18n;
        this.feedback = feedback;
        this.runner = runner;
        this.show = show;
        this.pointId = pointId;
    }

    /** Issue 16 (citizen): the voice that reads the survey's questions aloud. */
    private Supplier<pe.macexpress.desk.speech.Speech> speech = () -> pe.macexpress.desk.speech.Speech.NONE;

    /** Issue 16 (citizen): the survey's questions can be heard through this voice. */
    public void useSpeech(Supplier<pe.macexpress.desk.speech.Speech> speech) {
        this.speech = speech;
    }

    public void otherScreensFrom(Supplier<List<Rectangle2D>> screens) {
        this.otherScreens = screens;
    }

    /** Adds the survey and the suggestion to a receipt shown after a visit. */
    public void offerOn(ReceiptScreen receipt) {
        Button survey = new Button();
        survey.setId("survey-open");
        survey.getStyleClass().add("survey-open");
        survey.setGraphic(Pictograms.face(5, 5, 36));
        survey.textProperty().bind(i18n.text("survey.open"));
        survey.setMinHeight(TARGET);
        survey.setMinWidth(Region.USE_PREF_SIZE);
        Button suggestion = new Button();
        suggestion.setId("suggestion-open");
        suggestion.setGraphic(Pictograms.bulb(32));
        suggestion.textProperty().bind(i18n.text("suggestion.open"));
        suggestion.setMinHeight(TARGET);
        suggestion.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(12, 8, survey, suggestion);
        buttons.setAlignment(Pos.CENTER_LEFT);
        List<Rectangle2D> others = otherScreens.get();
        Button second = null;
        if (!others.isEmpty()) {
            second = new Button();
            second.setId("survey-open-second");
            second.textProperty().bind(i18n.text("survey.open.second"));
            second.setMinHeight(TARGET);
            second.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getChildren().add(1, second);
        }
        Label hint = new Label();
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.textProperty().bind(i18n.text("survey.open.hint"));
        Label notice = new Label();
        notice.setId("survey-notice");
        notice.getStyleClass().add("survey-notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        pe.macexpress.desk.ui.common.Fields.collapseWhenEmpty(notice);
        hint.setMaxWidth(360);
        buttons.getChildren().add(hint);
        VBox box = new VBox(6, buttons, notice);
        box.setId("voice-actions");
        receipt.addVoice(box);

        Button[] surveyButtons = second == null ? new Button[] {survey} : new Button[] {survey, second};
        Runnable[] onSaved = new Runnable[1];
        onSaved[0] = () -> {
            // One survey per visit: the buttons go, the advisor reads what the citizen left.
            for (Button b : surveyButtons) {
                b.setDisable(true);
            }
        };
        survey.setOnAction(e -> {
            SurveyViewModel vm = surveyFor(receipt);
            SurveyView view = new SurveyView(vm, i18n.localization(), () -> {
                show.accept(receipt);
                afterSurvey(vm, notice, onSaved[0]);
                Keys.focusSoon(receipt.lookup("#receipt-next"));
            }, speech.get());
            show.accept(view);
        });
        if (second != null) {
            Rectangle2D bounds = others.get(0);
            second.setOnAction(e -> {
                SurveyViewModel vm = surveyFor(receipt);
                Stage stage = new Stage();
                // Closing the window (done, cancelled, or by the window manager) tells the advisor: see setOnHidden.
                SurveyView view = new SurveyView(vm, i18n.localization(), stage::close, speech.get());
                Scene scene = new Scene(view, bounds.getWidth(), bounds.getHeight());
                if (receipt.getScene() != null) {
                    scene.getStylesheets().setAll(receipt.getScene().getStylesheets());
                }
                stage.setScene(scene);
                // The whole second monitor, without frame, rather than JavaFX's full-screen mode: there
                // Esc would only leave full screen (never reaching the survey's "back"), and its
                // "press Esc" overlay would cover the citizen's first question.
                stage.initStyle(javafx.stage.StageStyle.UNDECORATED);
                stage.setX(bounds.getMinX());
                stage.setY(bounds.getMinY());
                stage.setWidth(bounds.getWidth());
                stage.setHeight(bounds.getHeight());
                stage.setOnHidden(h -> afterSurvey(vm, notice, onSaved[0]));
                notice.textProperty().bind(i18n.text("survey.on.second"));
                stage.show();
            });
        }
        suggestion.setOnAction(e -> openSuggestion(receipt.viewModel().languageProperty().get(), receipt));
    }

    /**
     * "Sugerencia o felicitación" for a citizen who came only for that: opens in {@code citizenLanguage}
     * (the one chosen for the visit) and returns to {@code current}.
     */
    public Button suggestionButton(Supplier<String> citizenLanguage, Supplier<Node> current) {
        Button suggestion = new Button();
        suggestion.setId("identify-suggestion");
        suggestion.setGraphic(Pictograms.bulb(28));
        suggestion.textProperty().bind(i18n.text("suggestion.open"));
        suggestion.setMinHeight(48);
        suggestion.setWrapText(true);
        suggestion.setOnAction(e -> openSuggestion(citizenLanguage.get(), current.get()));
        return suggestion;
    }

    private void openSuggestion(String language, Node returnTo) {
        SuggestionViewModel vm = new SuggestionViewModel(feedback, runner, pointId.get(), language);
        SuggestionView view = new SuggestionView(vm, i18n.localization(), i18n.languages(), () -> {
            show.accept(returnTo);
        });
        show.accept(view);
    }

    private SurveyViewModel surveyFor(ReceiptScreen receipt) {
        return new SurveyViewModel(feedback, runner, pointId.get(), receipt.viewModel().languageProperty().get());
    }

    private void afterSurvey(SurveyViewModel vm, Label notice, Runnable onSaved) {
        if (vm.stateProperty().get() != SurveyViewModel.State.THANKED) {
            if (notice.textProperty().isBound()) {
                notice.textProperty().unbind();
                notice.setText("");
            }
            return;
        }
        onSaved.run();
        if (notice.textProperty().isBound()) {
            notice.textProperty().unbind();
        }
        String words = vm.complimentText();
        notice.textProperty().bind(vm.leftComplimentProperty().get()
                ? (words.isEmpty() ? i18n.text("survey.compliment.notice.blank") : i18n.text("survey.compliment.notice", words))
                : i18n.text("survey.saved"));
    }
}
