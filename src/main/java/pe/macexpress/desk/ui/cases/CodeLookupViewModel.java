package pe.macexpress.desk.ui.cases;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * "¿Cómo va mi trámite?" by attention code, anywhere in the desk: typed as the citizen reads it out
 * (case, spaces and dashes forgiven), answered from this workstation first, then from a second source
 * for codes served elsewhere (the central's look-up, when one is set).
 */
public final class CodeLookupViewModel {
    private final StringProperty typed = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<CodeStatus> found = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper messageKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final TaskSlot lookup = new TaskSlot();
    private final AttentionStore attentions;
    private final CaseService cases;
    private final TaskRunner runner;
    private volatile Function<String, Optional<CodeStatus>> elsewhere;

    public CodeLookupViewModel(AttentionStore attentions, CaseService cases, TaskRunner runner) {
        this.attentions = attentions;
        this.cases = cases;
        this.runner = runner;
        typed.addListener(o -> {
            lookup.cancel();
            found.set(null);
            messageKey.set("");
        });
    }

    /**
     * The source asked for codes this workstation does not have (blocking: it runs off the FX thread;
     * a failure there reads as "not found"). Null: this workstation only.
     */
    public void setElsewhere(Function<String, Optional<CodeStatus>> source) {
        this.elsewhere = source;
    }

    public void lookUp() {
        Optional<String> code = AttentionCode.normalize(typed.get());
        if (code.isEmpty()) {
            found.set(null);
            messageKey.set("lookup.error.not.a.code");
            return;
        }
        messageKey.set("");
        Function<String, Optional<CodeStatus>> other = elsewhere;
        BackgroundTask.of(() -> find(code.get(), other))
                .busy(busy)
                .latestIn(lookup)
                .onSuccess(s -> {
                    found.set(s.orElse(null));
                    messageKey.set(s.isPresent() ? "" : other == null ? "lookup.not.found.here" : "lookup.not.found");
                })
                .onFailure(e -> {
                    found.set(null);
                    messageKey.set(e instanceof ElsewhereUnreachable ? "lookup.error.central" : "lookup.error.failed");
                })
                .executeWith(runner);
    }

    private Optional<CodeStatus> find(String code, Function<String, Optional<CodeStatus>> other) {
        Optional<CodeStatus> here = attentions.findByCode(code).map(a -> CodeStatus.local(a, cases.byCode(code)));
        if (here.isPresent() || other == null) {
            return here;
        }
        try {
            return other.apply(code);
        } catch (RuntimeException e) {
            // No link, central down: not "unknown" — the advisor must know to ask again later.
            throw new ElsewhereUnreachable(e);
        }
    }

    /** The second source (the central) could not answer. */
    private static final class ElsewhereUnreachable extends RuntimeException {
        ElsewhereUnreachable(Throwable cause) {
            super(cause);
        }
    }

    /** Ready for the next code. */
    public void clear() {
        typed.set("");
    }

    public StringProperty typedProperty() {
        return typed;
    }

    public ReadOnlyObjectProperty<CodeStatus> foundProperty() {
        return found.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageKeyProperty() {
        return messageKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
