package pe.macexpress.desk.ui.attention;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * Step 3: the procedure and its outcome. Saving commits to SQLite in the background; the screen
 * moves on only after the commit returned. On failure everything typed stays for a retry.
 */
public final class ProcedureViewModel {
    private final ObjectProperty<Procedure> procedure = new SimpleObjectProperty<>();
    private final ObjectProperty<OutcomeType> outcome = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final StringProperty errorKey = new SimpleStringProperty("");
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final AttentionService attentions;
    private final TaskRunner runner;
    private final I18n i18n;

    public ProcedureViewModel(AttentionService attentions, TaskRunner runner, I18n i18n) {
        this.attentions = attentions;
        this.runner = runner;
        this.i18n = i18n;
        outcome.addListener((o, was, now) -> errorKey.set(""));
    }

    public void open(Procedure p) {
        procedure.set(p);
        outcome.set(null);
        detail.set("");
        errorKey.set("");
    }

    /** The question above the detail field depends on the outcome chosen. */
    public StringBinding detailQuestionKey() {
        return Bindings.createStringBinding(() -> outcome.get() == null || !outcome.get().needsDetail() ? ""
                : "procedure.detail." + outcome.get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '.'),
                outcome);
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
        saving.set(true);
        String procedureId = procedure.get().id();
        String language = i18n.tag();
        runner.run(() -> attentions.record(visit, procedureId, chosen, language),
                saved -> {
                    saving.set(false);
                    onSaved.accept(saved);
                },
                e -> {
                    saving.set(false);
                    errorKey.set(Errors.messageKey(e));
                });
    }

    public ObjectProperty<Procedure> procedureProperty() {
        return procedure;
    }

    public ObjectProperty<OutcomeType> outcomeProperty() {
        return outcome;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty errorKeyProperty() {
        return errorKey;
    }

    public BooleanProperty savingProperty() {
        return saving;
    }
}
