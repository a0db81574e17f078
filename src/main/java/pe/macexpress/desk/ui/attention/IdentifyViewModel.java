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
    /** The advisor's "Verifiqué el documento físico", asked when PIDE cannot vouch for the document. */
    private final javafx.beans.property.BooleanProperty advisorChecked = new javafx.beans.property.SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper confirmationAsked = new ReadOnlyBooleanWrapper(false);
    /** The query has taken longer than the advisor should wait: Cancel and "Continuar por verificar". */
    private final ReadOnlyBooleanWrapper slow = new ReadOnlyBooleanWrapper(false);
    private Document asking;
    private UUID askingVisit;
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
        advisorChecked.addListener(o -> confirmation());
        typedNames.addListener(o -> confirmation());
        busy.addListener((o, was, now) -> {
            if (!now) {
                slow.set(false);
            }
        });
    }

    /**
     * The screen's timer says the answer is late: offer Cancel and "Continuar por verificar".
     * Nothing happens when no query is running.
     */
    public void markSlow() {
        if (busy.get()) {
            slow.set(true);
        }
    }

    /** Stops waiting for PIDE: the typed document stays as it was, nothing is verified. */
    public void cancelQuery() {
        query.cancel();
        slow.set(false);
    }

    /**
     * Stops waiting for PIDE and goes on "por verificar", as when PIDE is down: the names are typed,
     * the background re-verifier checks the document later.
     */
    public void continueUnverified() {
        if (!busy.get() || asking == null) {
            return;
        }
        query.cancel();
        visitId = askingVisit;
        show(asking, IdentityResult.unavailable("answer too slow", clock.instant()));
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
        asking = document;
        askingVisit = visit;
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
        advisorChecked.set(false);
        if (r == null || r.outcome() == pe.macexpress.desk.identity.IdentityOutcome.NOT_FOUND) {
            // No service for this document, or RENIEC has no such DNI: the advisor checks the card,
            // types the names and says so; until then nothing reads "verificado".
            resultKey.set(r == null ? "identify.result.checked.by.advisor" : r.outcome().messageKey());
            confirmedNames.set("");
            confirmationAsked.set(true);
            confirmation();
            return;
        }
        confirmationAsked.set(false);
        state.set(r.outcome().verificationState());
        confirmedNames.set(r.citizenData().map(c -> c.fullName()).orElse(""));
        resultKey.set(r.outcome().messageKey());
        canContinue.set(r.outcome().attentionMayContinue());
    }

    /** With the confirmation asked: "verificado por el asesor" once ticked and the names typed. */
    private void confirmation() {
        if (!confirmationAsked.get() || verifiedDocument.get() == null) {
            return;
        }
        boolean checked = advisorChecked.get();
        state.set(checked ? VerificationState.CHECKED_BY_ADVISOR
                : result.get() == null ? null : VerificationState.NOT_FOUND);
        canContinue.set(checked && !typedNames.get().isBlank());
    }

    private void clearResult() {
        query.cancel();
        confirmationAsked.set(false);
        advisorChecked.set(false);
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
        return new Visit(visitId, advisor, point, verifiedDocument.get(), result.get(), state.get(), names, startedAt);
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

    /** "Verifiqué el documento físico" (asked when {@link #confirmationAskedProperty()} is true). */
    public javafx.beans.property.BooleanProperty advisorCheckedProperty() {
        return advisorChecked;
    }

    /** PIDE cannot vouch for this document (no service, or not found): the advisor must confirm it. */
    public ReadOnlyBooleanProperty confirmationAskedProperty() {
        return confirmationAsked.getReadOnlyProperty();
    }

    /** The answer is late (see {@link #markSlow()}). */
    public ReadOnlyBooleanProperty slowProperty() {
        return slow.getReadOnlyProperty();
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
