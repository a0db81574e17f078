package pe.macexpress.desk.ui.attention;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.beans.InvalidationListener;
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
import pe.macexpress.desk.attention.IdentityCheck;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentParse;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.identity.IdentityResult;
import pe.macexpress.desk.identity.QueryContext;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * Identify the citizen: document, check character, verification through PIDE. Invalid input is
 * refused here, before anything is sent; an unreachable PIDE lets the attention go on "por verificar".
 */
public final class IdentifyViewModel {
    private final ObjectProperty<DocumentType> documentType = new SimpleObjectProperty<>(DocumentType.DNI);
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty check = new SimpleStringProperty("");
    private final StringProperty typedNames = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<IdentityResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VerificationState> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper resultKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper confirmedNames = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canContinue = new ReadOnlyBooleanWrapper(false);
    /** The PIDE query under way: changing the document drops its answer. */
    private final TaskSlot query = new TaskSlot();

    private final IdentityCheck identity;
    private final BiFunction<Advisor, UUID, QueryContext> auditContext;
    private final TaskRunner runner;
    private final Clock clock;
    private Advisor advisor;
    private UUID visitId;
    private final ReadOnlyObjectWrapper<Document> verifiedDocument = new ReadOnlyObjectWrapper<>();
    private Instant startedAt;

    /** @param auditContext who asks, for the identity audit (advisor, workstation, visit) */
    public IdentifyViewModel(IdentityCheck identity, BiFunction<Advisor, UUID, QueryContext> auditContext,
                             TaskRunner runner, Clock clock) {
        this.identity = identity;
        this.auditContext = auditContext;
        this.runner = runner;
        this.clock = clock;
        // Changing the document after a verification voids it: no attention on a stale answer.
        InvalidationListener voidResult = o -> clearResult();
        documentType.addListener(voidResult);
        number.addListener(voidResult);
        check.addListener(voidResult);
    }

    /** Validates, then asks PIDE in the background. */
    public void verify() {
        if (busy.get()) {
            return;
        }
        DocumentParse parse = Document.parse(documentType.get(), number.get(), check.get());
        if (!parse.isValid()) {
            clearResult();
            errorKey.set(parse.error().messageKey());
            return;
        }
        errorKey.set("");
        Document document = parse.document();
        startedAt = clock.instant();
        // The visit's id is fixed before asking PIDE, so the audit row names the visit it served.
        UUID visit = UUID.randomUUID();
        QueryContext context = auditContext.apply(advisor, visit);
        BackgroundTask.of(() -> identity.verify(document, context))
                .busy(busy)
                .latestIn(query)
                .onSuccess((Optional<IdentityResult> r) -> {
                    visitId = visit;
                    show(document, r.orElse(null));
                })
                .onFailure(e -> {
                    visitId = visit;
                    // Whatever broke, the counter goes on: same as PIDE unavailable.
                    show(document, IdentityResult.unavailable(e.getClass().getSimpleName(), clock.instant()));
                })
                .executeWith(runner);
    }

    private void show(Document document, IdentityResult r) {
        verifiedDocument.set(document);
        result.set(r);
        if (r == null) {
            state.set(VerificationState.CHECKED_BY_ADVISOR);
            resultKey.set("identify.result.checked.by.advisor");
            confirmedNames.set("");
            canContinue.set(true);
            return;
        }
        state.set(r.outcome().verificationState());
        confirmedNames.set(r.citizenData().map(c -> c.fullName()).orElse(""));
        resultKey.set(r.outcome().messageKey());
        canContinue.set(r.outcome().attentionMayContinue());
    }

    private void clearResult() {
        query.cancel();
        verifiedDocument.set(null);
        result.set(null);
        state.set(null);
        resultKey.set("");
        confirmedNames.set("");
        canContinue.set(false);
    }

    /** Whether the advisor should type the citizen's names (PIDE gave none). */
    public boolean namesFromAdvisor() {
        return confirmedNames.get().isEmpty();
    }

    /** Starts the visit with the verified (or "por verificar") identity. */
    public Visit startVisit(ServicePoint point) {
        if (!canContinue.get() || verifiedDocument.get() == null) {
            throw new IllegalStateException("no identity to start a visit with");
        }
        String names = namesFromAdvisor() ? typedNames.get() : confirmedNames.get();
        return new Visit(visitId, advisor, point, verifiedDocument.get(), result.get(), names, startedAt);
    }

    /** Ready for a citizen called back to the counter: their document already typed, not yet verified. */
    public void reset(Advisor who, Document document) {
        reset(who);
        documentType.set(document.type());
        number.set(document.number());
        check.set(document.check() == null ? "" : document.check());
    }

    /** Ready for the next citizen of {@code who}: every field empty. */
    public void reset(Advisor who) {
        this.advisor = who;
        reset();
    }

    /** Ready for the next citizen: every field empty. */
    public void reset() {
        documentType.set(DocumentType.DNI);
        number.set("");
        check.set("");
        typedNames.set("");
        errorKey.set("");
        clearResult();
    }

    public ObjectProperty<DocumentType> documentTypeProperty() {
        return documentType;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty checkProperty() {
        return check;
    }

    public StringProperty typedNamesProperty() {
        return typedNames;
    }

    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IdentityResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The document the current answer is for; null until verified, and again once the document changes. */
    public ReadOnlyObjectProperty<Document> verifiedDocumentProperty() {
        return verifiedDocument.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VerificationState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty resultKeyProperty() {
        return resultKey.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty confirmedNamesProperty() {
        return confirmedNames.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canContinueProperty() {
        return canContinue.getReadOnlyProperty();
    }
}
