package pe.macexpress.desk.ui.voice.timeline;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.store.ArrivalTurn;
import pe.macexpress.desk.ui.common.Fields;
import pe.macexpress.desk.ui.common.I18n;

/**
 * Beside the identification screen (issue 13): the arrival queue (how many wait, each turn with its
 * minutes, "Llegó" F2, "Llamar" F3, "Se fue"), the language spoken with the citizen, and
 * "Solo orientación" for a citizen who only asks (no document needed).
 */
public final class ArrivalPanel extends VBox {
    /** Minutes waiting move on while the screen is shown. */
    private final Timeline minutes;
    private final Button arrive = new Button();
    private final Button call = new Button();

    /**
     * @param onCalled the turn was called to the counter: focus goes to the document
     * @param onOrientation "Solo orientación": the orientation screen, with no identification
     */
    public ArrivalPanel(ArrivalViewModel vm, I18n i18n, Runnable onCalled, Runnable onOrientation) {
        getStyleClass().addAll("card", "arrival-panel", "arrival-side");
        setId("queue-panel");
        setSpacing(8);
        setFillWidth(true);

        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(i18n.text("queue.title"));

        Label count = new Label();
        count.setId("queue-count");
        count.getStyleClass().add("queue-count");
        count.setWrapText(true);
        count.textProperty().bind(i18n.text("queue.waiting", vm.waitingCountProperty()));

        Label given = new Label();
        given.setId("queue-given");
        given.getStyleClass().add("badge");
        given.setWrapText(true);
        given.textProperty().bind(i18n.computed(() -> vm.lastGivenProperty().get() == null ? ""
                : i18n.get("queue.given", vm.lastGivenProperty().get().turn()), vm.lastGivenProperty()));
        Fields.collapseWhenEmpty(given);

        arrive.setId("queue-arrive");
        arrive.textProperty().bind(i18n.text("queue.arrive"));
        arrive.setMaxWidth(Double.MAX_VALUE);
        arrive.setWrapText(true);
        arrive.disableProperty().bind(vm.busyProperty());
        arrive.setOnAction(e -> vm.arrive());

        call.setId("queue-call");
        call.textProperty().bind(i18n.computed(() -> vm.chosenProperty().get() == null ? i18n.get("queue.call.next")
                : i18n.get("queue.call.chosen", vm.chosenProperty().get().turn()), vm.chosenProperty()));
        call.setMaxWidth(Double.MAX_VALUE);
        call.setWrapText(true);
        call.disableProperty().bind(vm.busyProperty().or(vm.waitingCountProperty().isEqualTo(0)));
        call.setOnAction(e -> vm.call(onCalled));

        FlowPane turns = new FlowPane(6, 6);
        turns.setId("queue-turns");
        ToggleGroup group = new ToggleGroup();
        Runnable fill = () -> {
            turns.getChildren().clear();
            for (ArrivalTurn t : vm.waiting()) {
                ToggleButton b = new ToggleButton();
                b.setId("queue-turn-" + t.turn());
                b.getStyleClass().add("queue-turn");
                b.setToggleGroup(group);
                b.setUserData(t);
                b.textProperty().bind(i18n.computed(() -> i18n.get("queue.turn", t.turn(), vm.minutesWaiting(t)),
                        vm.tickProperty()));
                b.setSelected(vm.chosenProperty().get() != null && vm.chosenProperty().get().id().equals(t.id()));
                turns.getChildren().add(b);
            }
        };
        vm.waiting().addListener((javafx.collections.ListChangeListener<ArrivalTurn>) c -> fill.run());
        fill.run();
        group.selectedToggleProperty().addListener((o, was, now) ->
                vm.chosenProperty().set(now == null ? null : (ArrivalTurn) now.getUserData()));
        vm.chosenProperty().addListener((o, was, now) -> {
            if (now == null && group.getSelectedToggle() != null) {
                group.selectToggle(null);
            }
        });

        Button left = new Button();
        left.setId("queue-left");
        left.textProperty().bind(i18n.text("queue.left"));
        left.setMaxWidth(Double.MAX_VALUE);
        left.setWrapText(true);
        left.disableProperty().bind(vm.busyProperty().or(vm.chosenProperty().isNull()));
        left.setOnAction(e -> vm.markLeft());

        Label leftCount = new Label();
        leftCount.setId("queue-left-count");
        leftCount.getStyleClass().add("hint");
        leftCount.setWrapText(true);
        leftCount.textProperty().bind(i18n.text("queue.left.today", vm.leftTodayProperty()));

        Label serving = new Label();
        serving.setId("queue-serving");
        serving.getStyleClass().addAll("badge", "badge-ok");
        serving.setWrapText(true);
        serving.textProperty().bind(i18n.computed(() -> vm.calledProperty().get() == null ? ""
                : i18n.get("queue.serving", vm.calledProperty().get().turn()), vm.calledProperty()));
        Fields.collapseWhenEmpty(serving);

        Label error = Fields.errorLine(i18n, "queue-error", vm.errorKeyProperty());

        Label languageLabel = new Label();
        languageLabel.setWrapText(true);
        languageLabel.textProperty().bind(i18n.text("timeline.citizen.language"));
        ComboBox<Language> language = pe.macexpress.desk.ui.common.CitizenLanguageBox.of(i18n,
                vm.citizenLanguageProperty(), "timeline-citizen-language");
        language.setMaxWidth(Double.MAX_VALUE);
        languageLabel.setLabelFor(language);

        Button orientation = new Button();
        orientation.setId("timeline-orientation-only");
        orientation.textProperty().bind(i18n.text("orientation.only"));
        orientation.setMaxWidth(Double.MAX_VALUE);
        orientation.setWrapText(true);
        orientation.setOnAction(e -> onOrientation.run());

        // The queue scrolls when many wait; the citizen's language and "Solo orientación" stay in view.
        VBox queue = new VBox(8, serving, given, error, arrive, call, turns, left, leftCount);
        queue.setFillWidth(true);
        javafx.scene.control.ScrollPane queueScroll = new javafx.scene.control.ScrollPane(queue);
        queueScroll.setId("queue-scroll");
        queueScroll.setFitToWidth(true);
        queueScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        queueScroll.getStyleClass().add("plain-scroll");
        VBox.setVgrow(queueScroll, Priority.ALWAYS);
        VBox citizenBox = new VBox(6, languageLabel, language, orientation);
        citizenBox.setFillWidth(true);
        // How many wait stays in view whatever the queue below scrolls to.
        VBox head = new VBox(4, title, count);
        head.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getChildren().addAll(head, queueScroll, new Separator(), citizenBox);
        for (Node n : citizenBox.getChildren()) {
            VBox.setVgrow(n, Priority.NEVER);
            if (n instanceof javafx.scene.layout.Region r) {
                // Wrapped texts keep their full height: the queue above gives way and scrolls.
                r.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
        citizenBox.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        queueScroll.setMinHeight(120);
        // A turn called: the queue shows its top again, where "Atendiendo el turno N" is.
        vm.calledProperty().addListener((o, was, now) -> queueScroll.setVvalue(0));
        setAlignment(Pos.TOP_LEFT);

        minutes = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.tick()));
        minutes.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                minutes.stop();
            } else {
                minutes.play();
            }
        });
    }

    /** F2 "Llegó" and F3 "Llamar" anywhere on {@code screen} (the identification screen). */
    public void keysOn(Node screen) {
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !arrive.isDisabled()) {
                arrive.fire();
                e.consume();
            } else if (e.getCode() == KeyCode.F3 && !call.isDisabled()) {
                call.fire();
                e.consume();
            }
        });
    }
}
