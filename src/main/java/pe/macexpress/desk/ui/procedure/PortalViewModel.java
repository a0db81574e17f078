package pe.macexpress.desk.ui.procedure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import pe.macexpress.desk.app.PortalLinks;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Entity;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.identity.Citizen;
import pe.macexpress.desk.ui.common.BackgroundTask;
import pe.macexpress.desk.ui.common.Errors;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.common.TaskSlot;

/**
 * A portal procedure: the entity's page (shown by the View's browser), the requirements checklist,
 * the entity's own reference number and the outcome. What the advisor typed for a procedure stays
 * for the whole visit, so "back" to the choice and in again loses nothing. When there is no link or
 * the page fails, the screen offers the fallback: the capture form if the procedure has one,
 * otherwise a pending task "to do when the link returns".
 */
public final class PortalViewModel {
    /** Letters, digits and the separators entities print in their numbers: "OP-2026/000123", "N° 45.1". */
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N} ./#°º_-]*");

    /** Where the entity's page stands. */
    public enum PageState {
        /** Asking the page before showing it. */
        CHECKING,
        /** The browser is loading it. */
        LOADING,
        READY,
        FAILED
    }

    /** Why the page is not there; each has its message ({@link #messageKey()}). */
    public enum Failure {
        NO_ADDRESS("portal.failed.no.address"),
        OFFLINE("portal.failed.offline"),
        HTTP_ERROR("portal.failed.http.error"),
        UNREACHABLE("portal.failed.unreachable"),
        TIMEOUT("portal.failed.timeout"),
        LOAD_FAILED("portal.failed.load.failed"),
        BLOCKED("portal.failed.blocked"),
        CANCELLED("portal.failed.cancelled");

        private final String messageKey;

        Failure(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** What the advisor can do instead when the portal fails. */
    public enum Fallback {
        /** Fill the procedure's capture form, forwarded later by the central. */
        CAPTURE_FORM,
        /** Save the attention as pending: a task to do when the link returns. */
        TASK
    }

    private final ReadOnlyObjectWrapper<Procedure> procedure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Entity> entity = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Procedure>> chain = new ReadOnlyObjectWrapper<>(List.of());
    private final List<BooleanProperty> checks = new ArrayList<>();
    private final StringProperty reference = new SimpleStringProperty("");
    private final ObjectProperty<OutcomeType> outcome = new SimpleObjectProperty<>();
    private final StringProperty detail = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<PageState> page = new ReadOnlyObjectWrapper<>(PageState.CHECKING);
    private final ReadOnlyObjectWrapper<Failure> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    /** Counts the loads asked of the browser: the View loads {@link #addressProperty()} on each change. */
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper();
    /** Counts the openings: the View rebuilds the checklist on each (its ticks are new properties). */
    private final ReadOnlyIntegerWrapper openings = new ReadOnlyIntegerWrapper();
    private final StringBinding referenceErrorKey = Bindings.createStringBinding(
            () -> referenceErrorKey(reference.get()), reference);
    private final TaskSlot checking = new TaskSlot();
    private final Map<String, Draft> drafts = new HashMap<>();
    private final AttentionService attentions;
    private final PortalLinks links;
    private final TaskRunner runner;
    private final ObservableValue<String> language;
    private final ReadOnlyObjectWrapper<Visit> visit = new ReadOnlyObjectWrapper<>();
    private Visit draftsOf;
    /** The procedure whose page the browser holds, so coming back to it keeps what was typed there. */
    private String pageOf;
    private String catalogVersion = "";

    /** What was typed for one procedure during the visit. */
    private static final class Draft {
        String reference = "";
        OutcomeType outcome;
        String detail = "";
        boolean[] checks = new boolean[0];
    }

    /** @param language the current language's tag: each attention records the language it was served in */
    public PortalViewModel(AttentionService attentions, PortalLinks links, TaskRunner runner,
                           ObservableValue<String> language) {
        this.attentions = attentions;
        this.links = links;
        this.runner = runner;
        this.language = language;
        outcome.addListener((o, was, now) -> errorKey.set(""));
        reference.addListener((o, was, now) -> errorKey.set(""));
    }

    /**
     * Shows {@code p} for {@code visit}: what was typed for it earlier in the same visit comes back;
     * a new visit starts blank. Call {@link #loadPage()} next.
     */
    public void open(Visit current, Procedure p, Entity of, List<Procedure> before, String catalogVersion) {
        keepDraft();
        if (current != draftsOf) {
            drafts.clear();
            draftsOf = current;
            pageOf = null;
        }
        visit.set(current);
        this.catalogVersion = catalogVersion == null ? "" : catalogVersion;
        entity.set(of);
        chain.set(List.copyOf(before));
        procedure.set(p);
        Draft d = drafts.computeIfAbsent(p.id(), id -> new Draft());
        int n = Math.max(p.requirements("es").size(), p.requirements(language.getValue()).size());
        checks.clear();
        for (int i = 0; i < n; i++) {
            checks.add(new SimpleBooleanProperty(i < d.checks.length && d.checks[i]));
        }
        reference.set(d.reference);
        outcome.set(d.outcome);
        detail.set(d.detail);
        errorKey.set("");
        openings.set(openings.get() + 1);
    }

    /** Saves what is on screen into the procedure's draft (on "back", and before opening another). */
    public void keepDraft() {
        Procedure p = procedure.get();
        if (p == null || draftsOf == null) {
            return;
        }
        Draft d = drafts.computeIfAbsent(p.id(), id -> new Draft());
        d.reference = reference.get();
        d.outcome = outcome.get();
        d.detail = detail.get();
        d.checks = new boolean[checks.size()];
        for (int i = 0; i < checks.size(); i++) {
            d.checks[i] = checks.get(i).get();
        }
    }

    /**
     * Asks for the entity's page: with no address, or no link known, it fails at once; otherwise the
     * page is asked off the FX thread and, when it answers, handed to the browser.
     */
    public void loadPage() {
        Procedure p = procedure.get();
        PageState now = page.get();
        if (p.id().equals(pageOf) && (now == PageState.READY || now == PageState.LOADING)) {
            return;
        }
        checking.cancel();
        pageOf = null;
        String url = links.addressOf(p).orElse("");
        address.set(url);
        if (url.isEmpty()) {
            fail(Failure.NO_ADDRESS);
            return;
        }
        if (links.knownOffline()) {
            fail(Failure.OFFLINE);
            return;
        }
        failure.set(null);
        page.set(PageState.CHECKING);
        BackgroundTask.of(() -> links.check(url))
                .latestIn(checking)
                .onSuccess(result -> {
                    switch (result) {
                        case REACHABLE -> {
                            pageOf = p.id();
                            page.set(PageState.LOADING);
                            loads.set(loads.get() + 1);
                        }
                        case HTTP_ERROR -> fail(Failure.HTTP_ERROR);
                        case TIMEOUT -> fail(Failure.TIMEOUT);
                        default -> fail(Failure.UNREACHABLE);
                    }
                })
                .onFailure(e -> fail(Failure.UNREACHABLE))
                .executeWith(runner);
    }

    /** The browser reloads the current page (no new check: it already answered once). */
    public void reloading() {
        if (page.get() == PageState.READY || page.get() == PageState.LOADING) {
            page.set(PageState.LOADING);
        }
    }

    /** The advisor stops waiting for a slow page; the fallback is offered. */
    public void cancelLoad() {
        if (page.get() == PageState.CHECKING || page.get() == PageState.LOADING) {
            checking.cancel();
            fail(Failure.CANCELLED);
        }
    }

    /** The browser finished the page. */
    public void pageLoaded() {
        if (page.get() == PageState.LOADING) {
            page.set(PageState.READY);
        }
    }

    /** The browser could not load the page (connection lost, timed out), or went where it may not. */
    public void pageFailed(Failure why) {
        if (page.get() != PageState.FAILED) {
            fail(why);
        }
    }

    /** Whether the browser may show {@code url} for the procedure open now. */
    public boolean allows(String url) {
        return links.allows(procedure.get(), url);
    }

    private void fail(Failure why) {
        pageOf = null;
        failure.set(why);
        page.set(PageState.FAILED);
    }

    /** A line of the citizen's data to copy into the portal: its label's message key and its value. */
    public record CitizenLine(String labelKey, String value) {
    }

    /**
     * The verified citizen's data as the portals ask for it: document number, then given names and
     * surnames apart when PIDE gave them, else the names as the visit holds them.
     */
    public static List<CitizenLine> citizenLines(Visit visit) {
        List<CitizenLine> lines = new ArrayList<>();
        lines.add(new CitizenLine(visit.document().type().messageKey(), visit.document().number()));
        Citizen c = visit.identity() == null ? null : visit.identity().citizenData().orElse(null);
        if (c != null && !c.givenNames().isBlank()) {
            lines.add(new CitizenLine("portal.citizen.given.names", c.givenNames()));
            lines.add(new CitizenLine("portal.citizen.surnames",
                    (c.firstSurname() + " " + c.secondSurname()).strip()));
        } else if (!visit.citizenNames().isEmpty()) {
            lines.add(new CitizenLine("portal.citizen.names", visit.citizenNames()));
        }
        return lines;
    }

    /** What the screen offers when the portal fails. */
    public Fallback fallback() {
        Procedure p = procedure.get();
        return p != null && p.hasForm() ? Fallback.CAPTURE_FORM : Fallback.TASK;
    }

    /** The message key for {@code text} as an entity reference; blank when it is fine (blank is fine too). */
    public static String referenceErrorKey(String text) {
        String r = text == null ? "" : text.strip();
        if (r.length() > ServedVia.MAX_REFERENCE) {
            return "portal.reference.too.long";
        }
        if (!REFERENCE.matcher(r).matches()) {
            return "portal.reference.bad.characters";
        }
        return "";
    }

    /** Saves the attention served through the portal, with the entity's reference and the catalogue version. */
    public void save(Consumer<Attention> onSaved) {
        if (saving.get()) {
            return;
        }
        String refError = referenceErrorKey(reference.get());
        if (!refError.isEmpty()) {
            errorKey.set(refError);
            return;
        }
        String problem = OutcomeType.problemKey(outcome.get(), detail.get());
        if (!problem.isEmpty()) {
            errorKey.set(problem);
            return;
        }
        record(new Outcome(outcome.get(), detail.get()), new ServedVia(Channel.PORTAL, reference.get(), catalogVersion), onSaved);
    }

    /**
     * The portal failed and the procedure has no form: saved as pending, "to do when the link
     * returns", with {@code pendingText} (in the advisor's language) and the advisor's own note.
     */
    public void saveAsTask(String pendingText, Consumer<Attention> onSaved) {
        if (saving.get()) {
            return;
        }
        String note = detail.get() == null ? "" : detail.get().strip();
        String text = note.isEmpty() ? pendingText : pendingText + " " + note;
        record(new Outcome(OutcomeType.PENDIENTE, text), new ServedVia(Channel.PORTAL, "", catalogVersion),
                onSaved);
    }

    private void record(Outcome chosen, ServedVia via, Consumer<Attention> onSaved) {
        errorKey.set("");
        Procedure p = procedure.get();
        Visit visit = this.visit.get();
        String tag = language.getValue();
        BackgroundTask.of(() -> attentions.record(visit, p.id(), chosen, tag, via, (tx, a) -> { }))
                .busy(saving)
                .onSuccess(a -> {
                    drafts.remove(p.id());
                    checking.cancel();
                    onSaved.accept(a);
                })
                .onFailure(e -> errorKey.set(Errors.messageKey(e)))
                .executeWith(runner);
    }

    /** The visit the procedure is served in. */
    public ReadOnlyObjectProperty<Visit> visitProperty() {
        return visit.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Procedure> procedureProperty() {
        return procedure.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Entity> entityProperty() {
        return entity.getReadOnlyProperty();
    }

    /** What must be done before this procedure, first steps first. */
    public ReadOnlyObjectProperty<List<Procedure>> chainProperty() {
        return chain.getReadOnlyProperty();
    }

    /** One tick per requirement, by position (the text follows the language). */
    public List<BooleanProperty> checks() {
        return List.copyOf(checks);
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringBinding referenceErrorKey() {
        return referenceErrorKey;
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

    public ReadOnlyObjectProperty<PageState> pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Failure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The page's address (the look-alike in training); blank when the procedure has none. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty openingsProperty() {
        return openings.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** Training mode: the page is the sandbox's look-alike, not the entity's. */
    public boolean training() {
        return links.training();
    }
}
