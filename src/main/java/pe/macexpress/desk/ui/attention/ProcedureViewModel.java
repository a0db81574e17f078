package pe.macexpress.desk.ui.attention;

import java.util.function.Consumer;
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
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.ServedVia;
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
    private final AttentionService attentions;
    private final TaskRunner runner;
    private final ObservableValue<String> language;
    private Catalog catalog;

    /** @param language the current language's tag: each attention records the language it was served in */
    public ProcedureViewModel(AttentionService attentions, TaskRunner runner, ObservableValue<String> language) {
        this.attentions = attentions;
        this.runner = runner;
        this.language = language;
        outcome.addListener((o, was, now) -> errorKey.set(""));
    }

    /** Opens {@code p} as {@code catalog} describes it; a referral starts as "derivado" to its office. */
    public void open(Procedure p, Catalog catalog) {
        this.catalog = catalog;
        entity.set(catalog.entityOf(p));
        procedure.set(p);
        boolean referral = p.channel() == Channel.REFERRAL;
        outcome.set(referral ? OutcomeType.DERIVADO : null);
        detail.set(referral ? p.referralTo(language.getValue()) : "");
        errorKey.set("");
    }

    public void save(Visit visit, Consumer<Attention> onSaved) {
        if (saving.get()) {
            return;
        }
        String problem = OutcomeType.problemKey(outcome.get(), detail.get());
        errorKey.set(problem);
        if (!problem.isEmpty()) {
            return;
        }
        Outcome chosen = new Outcome(outcome.get(), detail.get());
        String procedureId = procedure.get().id();
        String tag = language.getValue();
        ServedVia via = new ServedVia(procedure.get().channel() == Channel.REFERRAL ? Channel.REFERRAL : Channel.COUNTER,
                "", catalog.version());
        BackgroundTask.of(() -> attentions.record(visit, procedureId, chosen, tag, via, (tx, a) -> { }))
                .busy(saving)
                .onSuccess(onSaved)
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    public ReadOnlyObjectProperty<Procedure> procedureProperty() {
        return procedure.getReadOnlyProperty();
    }

    public Catalog catalog() {
        return catalog;
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
