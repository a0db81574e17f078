package pe.macexpress.desk.ui.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.contract.SurveyContent;
import pe.macexpress.desk.voice.Feedback;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The survey a citizen answers: one driver per step (a face touched moves on by itself), then the
 * comment, the compliment mark and "Listo". Holds no visit, attention or citizen: only the point and
 * the citizen's language go with the answers.
 */
public final class SurveyViewModel {
    /** The steps: the six drivers (0..5), then the comment and "Listo". */
    public static final int DRIVERS = SurveyContent.DRIVERS.size();
    public static final int LAST_STEP = DRIVERS;

    public enum State { ANSWERING, SAVING, THANKED }

    private final Feedback feedback;
    private final TaskRunner runner;
    private final String pointId;
    private final String language;
    private final Integer[] answers = new Integer[DRIVERS];
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    /** Bumped at each answer, so views redraw the chosen face. */
    private final IntegerProperty answered = new SimpleIntegerProperty(0);
    private final StringProperty comment = new SimpleStringProperty("");
    private final BooleanProperty compliment = new SimpleBooleanProperty(false);
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.ANSWERING);
    /** A message key for the citizen (blank: none). */
    private final StringProperty problem = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper leftCompliment = new ReadOnlyBooleanWrapper(false);

    public SurveyViewModel(Feedback feedback, TaskRunner runner, String pointId, String language) {
        this.feedback = feedback;
        this.runner = runner;
        this.pointId = Objects.requireNonNull(pointId);
        this.language = Objects.requireNonNull(language);
    }

    public String language() {
        return language;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public IntegerProperty answeredProperty() {
        return answered;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public BooleanProperty complimentProperty() {
        return compliment;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** True once a survey marked as a compliment was saved: the advisor is told. */
    public ReadOnlyBooleanProperty leftComplimentProperty() {
        return leftCompliment.getReadOnlyProperty();
    }

    /** The answer of driver {@code i} (0..5), null when skipped or not yet answered. */
    public Integer answerOf(int i) {
        return answers[i];
    }

    public List<Integer> answers() {
        return Arrays.asList(answers.clone());
    }

    /** A face touched on the current driver: recorded, and on to the next step. */
    public void choose(int value) {
        int i = step.get();
        if (i >= DRIVERS || value < 1 || value > SurveyContent.SCALE || state.get() != State.ANSWERING) {
            return;
        }
        answers[i] = value;
        answered.set(answered.get() + 1);
        problem.set("");
        step.set(i + 1);
    }

    /** The current driver left unanswered. */
    public void skip() {
        int i = step.get();
        if (i < DRIVERS && state.get() == State.ANSWERING) {
            answers[i] = null;
            answered.set(answered.get() + 1);
            step.set(i + 1);
        }
    }

    /** Back one step; false at the first (the view then leaves the survey). */
    public boolean back() {
        if (step.get() == 0 || state.get() != State.ANSWERING) {
            return false;
        }
        step.set(step.get() - 1);
        return true;
    }

    /** "Listo": saves in the background; the state turns to THANKED once saved. */
    public void finish() {
        if (state.get() != State.ANSWERING) {
            return;
        }
        List<Integer> given = new ArrayList<>(Arrays.asList(answers));
        String text = comment.get() == null ? "" : comment.get().strip();
        if (given.stream().allMatch(Objects::isNull) && text.isEmpty()) {
            problem.set("survey.empty");
            return;
        }
        boolean praise = compliment.get();
        state.set(State.SAVING);
        problem.set("");
        runner.run(() -> feedback.survey(pointId, language, given, text, praise), saved -> {
            state.set(State.THANKED);
            leftCompliment.set(praise);
        }, error -> {
            state.set(State.ANSWERING);
            problem.set("survey.error");
        });
    }

    /** The comment as the advisor is shown it with the compliment (blank when none was written). */
    public String complimentText() {
        return comment.get() == null ? "" : comment.get().strip();
    }
}
