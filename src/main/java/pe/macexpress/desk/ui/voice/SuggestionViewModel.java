package pe.macexpress.desk.ui.voice;

import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.contract.SuggestionContent;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.Feedback;

/**
 * A suggestion or compliment a citizen leaves: the type, a short text, and optionally a name and a
 * contact to be answered. In the citizen's language (which can be changed on the screen itself).
 */
public final class SuggestionViewModel {
    public enum State { WRITING, SAVING, THANKED }

    private final Feedback feedback;
    private final TaskRunner runner;
    private final String pointId;
    private final StringProperty language = new SimpleStringProperty();
    private final StringProperty type = new SimpleStringProperty(SuggestionContent.SUGGESTION);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(State.WRITING);
    private final StringProperty problem = new SimpleStringProperty("");

    public SuggestionViewModel(Feedback feedback, TaskRunner runner, String pointId, String language) {
        this.feedback = feedback;
        this.runner = runner;
        this.pointId = Objects.requireNonNull(pointId);
        this.language.set(Objects.requireNonNull(language));
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** {@link SuggestionContent#SUGGESTION} or {@link SuggestionContent#COMPLIMENT}. */
    public StringProperty typeProperty() {
        return type;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty contactProperty() {
        return contact;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    /** Saves in the background; on failure what was written stays, with a message saying to try again. */
    public void send() {
        if (state.get() != State.WRITING) {
            return;
        }
        String t = text.get() == null ? "" : text.get().strip();
        if (t.isEmpty()) {
            problem.set("suggestion.empty");
            return;
        }
        state.set(State.SAVING);
        problem.set("");
        String kind = type.get();
        String lang = language.get();
        String n = name.get();
        String c = contact.get();
        runner.run(() -> feedback.suggestion(kind, pointId, lang, t, n, c), saved -> state.set(State.THANKED),
                error -> {
                    state.set(State.WRITING);
                    problem.set("suggestion.error");
                });
    }
}
