package pe.macexpress.desk.ui.attention;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Step 3: the procedure and its outcome. Saving commits to SQLite in the background; the screen
 * moves on only after the commit returned. On failure everything typed stays for a retry.
 */
public final class ProcedureViewModel {
    private final ReadOnlyObjectWrapper<Procedure> procedure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Entity> entity = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<OutcomeType> outcome = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final StringBinding detailQuestionKey = Bindings.createStringBinding(() ->
            outcome.get() == null || !outcome.get().needsDetail() ? ""
                    : "procedure.detail." + outcome.get().name().toLowerCase(Locale.ROOT).replace('_', '.'),
            outcome);
    private final AttentionService attentions;
    private final TaskRunner runner;
    private final ObservableValue<String> language;

    /** @param language the current language's tag: each attention records the language it was served in */
    public ProcedureViewModel(AttentionService attentions, TaskRunner runner, ObservableValue<String> language) {
        this.attentions = attentions;
        this.runner = runner;
        this.language = language;
        outcome.addListener((o, was, now) -> errorKey.set(""));
    }

    public void open(Procedure p, Entity of) {
        entity.set(of);
        procedure.set(p);
        outcome.set(null);
        detail.set("");
        errorKey.set("");
    }

    /** The question above the detail field depends on the outcome chosen. */
    public StringBinding detailQuestionKey() {
        return detailQuestionKey;
    }

    public void save(Visit visit, Consumer<Attention> onSaved) {
        if (saving.get()) {
            return;
        }
        if (outcome.get() == null) {
            errorKey.set("procedure.error.outcome.missing");
            return;
        }
        Outcome chosen = new Outcome(outcome.get(), detail.get());
        if (!chosen.isComplete()) {
            errorKey.set("procedure.error.detail.missing");
            return;
        }
        errorKey.set("");
        String procedureId = procedure.get().id();
        String tag = language.getValue();
        BackgroundTask.of(() -> attentions.record(visit, procedureId, chosen, tag))
                .busy(saving)
                .onSuccess(onSaved)
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    public ReadOnlyObjectProperty<Procedure> procedureProperty() {
        return procedure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Entity> entityProperty() {
        return entity.getReadOnlyProperty();
    }

    public ObjectProperty<OutcomeType> outcomeProperty() {
        return outcome;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
