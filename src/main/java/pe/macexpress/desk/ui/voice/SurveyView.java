package pe.macexpress.desk.ui.voice;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.ui.help.Keys;

/**
 * The survey as the citizen sees it, in the citizen's language (whatever the advisor's screen
 * speaks): one driver per step, its sign and five large faces that need no reading; touching a face
 * moves on. Then an optional comment, a heart to mark it as a compliment, and a big "Listo"; then
 * the thanks. Keyboard: 1–5 choose a face, Esc leaves (nothing saved), Enter is "Listo" at the end.
 */
public final class SurveyView extends VBox {
    /** Faces and driver signs: large for a finger and for eyes that do not read. */
    static final double FACE = 84;
    static final double SIGN = 72;
    private static final double TARGET = 48;
    /** The driver keys, literal so the bundles' check sees them. */
    private static final String[] DRIVER_KEYS = {"survey.driver.tr", "survey.driver.in", "survey.driver.ti",
            "survey.driver.ou", "survey.driver.ac", "survey.driver.cf"};
    private static final String[] FACE_KEYS = {"survey.face.1", "survey.face.2", "survey.face.3", "survey.face.4",
            "survey.face.5"};

    private final SurveyViewModel vm;
    private final Localization text;
    private final String lang;
    private final Runnable onClose;
    private final VBox body = new VBox(14);
    private final HBox dots = new HBox(8);
    private final Label problem = new Label();
    private final HBox nav;

    /**
     * @param onClose leaves the survey (after the thanks, or cancelled): back to the receipt
     */
    public SurveyView(SurveyViewModel vm, Localization text, Runnable onClose) {
        this(vm, text, onClose, pe.macexpress.desk.speech.Speech.NONE);
    }

    /** Issue 16 (citizen): with a speaker button that reads the question on screen in the citizen's language. */
    public SurveyView(SurveyViewModel vm, Localization text, Runnable onClose, pe.macexpress.desk.speech.Speech speech) {
        this.vm = vm;
        this.text = text;
        this.lang = vm.language();
        this.onClose = onClose;
        setId("survey");
        getStyleClass().addAll("screen", "survey-screen");
        setSpacing(10);
        setPadding(new Insets(8));
        setFillWidth(true);

        Label title = new Label(t("survey.title"));
        title.setId("survey-title");
        title.getStyleClass().add("screen-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        dots.setAlignment(Pos.CENTER_RIGHT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap, speakButton(speech), dots);
        top.setAlignment(Pos.CENTER_LEFT);

        body.setAlignment(Pos.TOP_CENTER);
        body.setId("survey-body");
        VBox.setVgrow(body, Priority.ALWAYS);

        problem.setId("survey-problem");
        problem.getStyleClass().add("error-text");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.problemProperty().get().isEmpty() ? "" : t(vm.problemProperty().get()), vm.problemProperty()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button back = navButton("survey-back", "survey.back", "\u2190");
        back.setOnAction(e -> {
            if (!vm.back()) {
                onClose.run();
            }
        });
        Button skip = navButton("survey-skip", "survey.skip", "\u2192");
        skip.setOnAction(e -> vm.skip());
        skip.visibleProperty().bind(vm.stepProperty().lessThan(SurveyViewModel.DRIVERS));
        skip.managedProperty().bind(skip.visibleProperty());
        Button cancel = navButton("survey-cancel", "survey.cancel", "\u2715");
        cancel.setOnAction(e -> onClose.run());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        nav = new HBox(10, back, skip, spring, cancel);
        nav.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(top, body, problem, nav);
        vm.stepProperty().addListener((o, was, now) -> render());
        vm.stateProperty().addListener((o, was, now) -> render());
        render();

        Keys.screen(this, onClose);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (vm.stepProperty().get() < SurveyViewModel.DRIVERS && e.getText() != null
                    && e.getText().length() == 1 && e.getText().charAt(0) >= '1'
                    && e.getText().charAt(0) <= (char) ('0' + SurveyContent.SCALE)) {
                e.consume();
                vm.choose(e.getText().charAt(0) - '0');
            } else if (e.getCode() == KeyCode.BACK_SPACE && !(e.getTarget() instanceof TextArea)) {
                e.consume();
                back.fire();
            }
        });
    }

    /** Issue 16 (citizen): says the question of the step on screen (or the thanks), in the survey's language. */
    private Button speakButton(pe.macexpress.desk.speech.Speech speech) {
        pe.macexpress.desk.ui.common.I18n citizen = new pe.macexpress.desk.ui.common.I18n(text, lang);
        return pe.macexpress.desk.ui.common.SpeakButton.of(citizen, speech, citizen.languageTag(), () -> {
            if (vm.stateProperty().get() == SurveyViewModel.State.THANKED) {
                return pe.macexpress.desk.speech.Utterance.of(t("survey.thanks"));
            }
            int step = vm.stepProperty().get();
            if (step < SurveyViewModel.DRIVERS) {
                return pe.macexpress.desk.speech.Utterance.builder().text(t(DRIVER_KEYS[step])).text(t("survey.hint"))
                        .build();
            }
            return pe.macexpress.desk.speech.Utterance.of(t("survey.comment"));
        }, "survey-speak");
    }

    public SurveyViewModel viewModel() {
        return vm;
    }

    private String t(String key, Object... args) {
        return text.text(lang, key, args);
    }

    private void render() {
        dots.getChildren().clear();
        for (int i = 0; i <= SurveyViewModel.LAST_STEP; i++) {
            Circle dot = new Circle(7);
            dot.getStyleClass().add(i == vm.stepProperty().get() ? "survey-dot-now"
                    : i < vm.stepProperty().get() ? "survey-dot-done" : "survey-dot");
            dots.getChildren().add(dot);
        }
        SurveyViewModel.State state = vm.stateProperty().get();
        nav.setVisible(state != SurveyViewModel.State.THANKED);
        nav.setManaged(nav.isVisible());
        dots.setVisible(state != SurveyViewModel.State.THANKED);
        if (state == SurveyViewModel.State.THANKED) {
            thanks();
        } else if (vm.stepProperty().get() < SurveyViewModel.DRIVERS) {
            driver(vm.stepProperty().get());
        } else {
            last();
        }
    }

    private void driver(int i) {
        String code = SurveyContent.DRIVERS.get(i);
        Node sign = Pictograms.driver(code, SIGN);
        sign.setId("survey-sign-" + code);
        Label name = new Label(t(DRIVER_KEYS[i]));
        name.setId("survey-driver");
        name.getStyleClass().add("survey-driver");
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        HBox heading = new HBox(16, sign, name);
        heading.setAlignment(Pos.CENTER);
        FlowPane faces = new FlowPane(14, 10);
        faces.setAlignment(Pos.CENTER);
        faces.setId("survey-faces");
        Integer chosen = vm.answerOf(i);
        Button first = null;
        for (int v = 1; v <= SurveyContent.SCALE; v++) {
            int value = v;
            Button face = new Button();
            face.setId("survey-face-" + v);
            face.getStyleClass().add("survey-face");
            if (chosen != null && chosen == v) {
                face.getStyleClass().add("chosen");
            }
            face.setGraphic(Pictograms.face(v, SurveyContent.SCALE, FACE));
            face.setAccessibleText(t(FACE_KEYS[v - 1]));
            face.setMinSize(FACE + 16, FACE + 16);
            face.setOnAction(e -> vm.choose(value));
            faces.getChildren().add(face);
            if (chosen != null && chosen == v) {
                first = face;
            }
        }
        Label hint = new Label(t("survey.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        body.getChildren().setAll(heading, faces, hint);
        // No face looks chosen before the citizen touches one: the keyboard's focus waits on the
        // screen itself (1–5 answer, Tab reaches the faces), or on the face chosen before "Atrás".
        Keys.focusSoon(first != null ? first : body);
    }

    private void last() {
        Label ask = new Label(t("survey.comment"));
        ask.setWrapText(true);
        ask.setMinHeight(Region.USE_PREF_SIZE);
        ask.getStyleClass().add("survey-driver");
        TextArea comment = new TextArea();
        comment.setId("survey-comment");
        comment.setWrapText(true);
        comment.setPrefRowCount(3);
        pe.macexpress.desk.ui.common.Fields.limit(comment, SurveyContent.MAX_COMMENT);
        comment.setText(vm.commentProperty().get());
        comment.textProperty().addListener((o, was, now) -> vm.commentProperty().set(now));

        ToggleButton heart = new ToggleButton(t("survey.compliment"));
        heart.setId("survey-compliment");
        heart.getStyleClass().add("survey-heart");
        heart.setGraphic(Pictograms.heart(40));
        heart.setMinHeight(TARGET + 8);
        heart.setWrapText(true);
        heart.setSelected(vm.complimentProperty().get());
        heart.selectedProperty().addListener((o, was, now) -> vm.complimentProperty().set(now));

        Button done = new Button(t("survey.done"));
        done.setId("survey-done");
        done.getStyleClass().add("survey-done");
        done.setDefaultButton(true);
        done.setMinHeight(TARGET + 16);
        done.setMinWidth(Region.USE_PREF_SIZE);
        done.disableProperty().bind(vm.stateProperty().isEqualTo(SurveyViewModel.State.SAVING));
        done.setOnAction(e -> vm.finish());
        HBox actions = new HBox(16, heart, done);
        actions.setAlignment(Pos.CENTER);
        body.getChildren().setAll(ask, comment, actions);
        Keys.focusSoon(done);
    }

    private void thanks() {
        Node smile = Pictograms.face(SurveyContent.SCALE, SurveyContent.SCALE, FACE * 1.4);
        Label thanks = new Label(t("survey.thanks"));
        thanks.setId("survey-thanks");
        thanks.getStyleClass().add("survey-driver");
        thanks.setWrapText(true);
        thanks.setMinHeight(Region.USE_PREF_SIZE);
        Button close = new Button(t("survey.close"));
        close.setId("survey-close");
        close.setDefaultButton(true);
        close.setMinHeight(TARGET);
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> onClose.run());
        body.getChildren().setAll(smile, thanks, close);
        Platform.runLater(() -> Keys.focusSoon(close));
    }

    private Button navButton(String id, String key, String arrow) {
        Button b = new Button(arrow + "  " + t(key));
        b.setId(id);
        b.setMinHeight(TARGET);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
