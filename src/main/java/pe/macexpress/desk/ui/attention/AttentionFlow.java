package pe.macexpress.desk.ui.attention;

import java.time.Clock;
import java.time.ZoneId;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import pe.macexpress.desk.app.PortalLinks;
import pe.macexpress.desk.app.TrainingHints;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.IdentityCheck;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.identity.QueryContext;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.help.Keys;
import pe.macexpress.desk.ui.receipt.ReceiptScreen;
import pe.macexpress.desk.ui.procedure.PortalView;
import pe.macexpress.desk.ui.procedure.PortalViewModel;
import pe.macexpress.desk.ui.procedure.WebPortalBrowser;
import pe.macexpress.desk.ui.procedure.CaptureView;
import pe.macexpress.desk.ui.procedure.CaptureViewModel;

/**
 * The attention protocol as a sequence of screens: identify → choose → procedure and outcome →
 * "¿otro trámite?" → receipt. Each screen's ViewModel lives as long as the flow, so switching the
 * language never loses what was typed.
 */
public final class AttentionFlow {
    private final I18n i18n;
    private final Supplier<Catalog> catalogs;
    private final Clock clock;
    private final ZoneId zone;
    private final TrainingHints hints;
    private final Consumer<Node> show;
    private final Runnable onAttentionSaved;
    private final Runnable openSupervisor;
    private final IdentifyViewModel identify;
    private final ProcedureChoiceViewModel choice;
    private final ProcedureViewModel procedure;
    private final PortalViewModel portal;
    /** Built when the first portal opens: only then is WebView (WebKit) loaded. */
    private PortalView portalView;
    private final CaptureViewModel capture;
    private Advisor advisor;
    private ServicePoint point;
    private Visit visit;
    private IdentifyView identifyView;
    /** The identification screen of this visit (scrollable), shown again by Back from the choice. */
    private Node identifyScreen;
    /** The last "¿otro trámite?" screen, shown again by Back from the choice after one was saved. */
    private AnotherView anotherView;
    private final TaskRunner runner;
    /** The receipt on screen, on paper or as PDF, in the citizen's language. */
    private final ReceiptService receipts;
    /** The receipt is on screen: the visit is over, nothing is left to ask about. */
    private boolean receiptShown;
    /** Shown on the identification screen under the verification (the citizen's cases); none by default. */
    private Supplier<Node> identifyPanel = () -> null;
    /** Built for each identification screen: told the citizen's language chosen there. */
    private java.util.function.Function<Supplier<String>, javafx.scene.control.Control> citizenAction;
    /** Issue 13: what a visit's receipt offers besides printing (the survey, a suggestion); nothing by default. */
    private Consumer<ReceiptScreen> onReceipt = r -> { };
    /** Issue 13 (timeline): arrival queue, visit end, orientations; null when not composed in. */
    private pe.macexpress.desk.voice.VisitTimeline timeline;
    private pe.macexpress.desk.ui.voice.timeline.ArrivalViewModel arrivals;
    private pe.macexpress.desk.ui.voice.timeline.OrientationViewModel orientation;
    /** The visit whose end was recorded: a visit ends once. */
    private UUID endedVisit;
    /** Issue 16 (citizen): the citizen's language when no arrival queue holds it (the queue's otherwise). */
    private final javafx.beans.property.ObjectProperty<String> ownCitizenLanguage =
            new javafx.beans.property.SimpleObjectProperty<>(pe.macexpress.desk.i18n.Localization.FALLBACK);
    /** Issue 16 (citizen): the workstation's voice, read when each screen is built. */
    private Supplier<pe.macexpress.desk.speech.Speech> speech = () -> pe.macexpress.desk.speech.Speech.NONE;
    /** Issue 16 (citizen): the citizen's cards of each step. */
    private final CitizenCards cards;

    /** @param catalogs the catalogue in use now: read at the start of each visit, never during one */
    public AttentionFlow(I18n i18n, Supplier<Catalog> catalogs, AttentionStore store, AttentionService attentions,
                         IdentityCheck identity, BiFunction<Advisor, UUID, QueryContext> auditContext,
                         TaskRunner runner, Clock clock, ZoneId zone, TrainingHints hints, PortalLinks portals,
                         Consumer<Node> show, Runnable onAttentionSaved, Runnable openSupervisor,
                         CaptureViewModel capture, ReceiptService receipts) {
        this.i18n = i18n;
        this.runner = runner;
        this.receipts = receipts;
        this.catalogs = catalogs;
        this.clock = clock;
        this.zone = zone;
        this.hints = hints;
        this.show = show;
        this.onAttentionSaved = onAttentionSaved;
        this.openSupervisor = openSupervisor;
        this.identify = new IdentifyViewModel(identity, auditContext, runner, clock);
        this.choice = new ProcedureChoiceViewModel(catalogs.get(), store, runner, i18n.languageTag());
        this.procedure = new ProcedureViewModel(attentions, runner, i18n.languageTag());
        this.portal = new PortalViewModel(attentions, portals, runner, i18n.languageTag());
        this.capture = capture;
        ownCitizenLanguage.addListener((o, was, now) -> citizenLanguageChanged(now));
        this.cards = new CitizenCards(i18n, () -> speech.get(), this::citizenLanguage, identify, clock, zone);
    }

    /** Issue 16 (citizen): the voice that reads the citizen's cards aloud (hidden buttons without one). */
    public void useSpeech(Supplier<pe.macexpress.desk.speech.Speech> speech) {
        this.speech = java.util.Objects.requireNonNull(speech);
    }

    /**
     * Issue 16 (citizen): the citizen's language of the visit under way, separate from the advisor's
     * screen: chosen beside the queue or on any step of the visit; a change is the visit's from then on.
     */
    public javafx.beans.property.ObjectProperty<String> citizenLanguage() {
        return arrivals != null ? arrivals.citizenLanguageProperty() : ownCitizenLanguage;
    }

    /** A change of the citizen's language during a visit is stored with it (its next attentions, its end). */
    private void citizenLanguageChanged(String now) {
        if (visit != null && !receiptShown && now != null) {
            visit.speakWith(now);
        }
    }

    public void begin(Advisor who, ServicePoint where) {
        begin(who, where, null);
    }

    /**
     * Issue 13 (timeline): the arrival queue beside the identification screen, the citizen's
     * language, orientations and unmet requests, and each visit's end recorded with its times.
     */
    public void useTimeline(pe.macexpress.desk.voice.VisitTimeline timeline) {
        this.timeline = timeline;
        this.arrivals = new pe.macexpress.desk.ui.voice.timeline.ArrivalViewModel(timeline, runner, clock);
        this.orientation = new pe.macexpress.desk.ui.voice.timeline.OrientationViewModel(timeline, runner);
        arrivals.citizenLanguageProperty().addListener((o, was, now) -> citizenLanguageChanged(now));
    }

    /** The arrival queue's ViewModel (issue 13); null without {@link #useTimeline}. */
    public pe.macexpress.desk.ui.voice.timeline.ArrivalViewModel arrivalViewModel() {
        return arrivals;
    }

    /**
     * A new attention for a citizen called back to the counter (from a case): the identification
     * screen with their document already typed, to verify as usual.
     */
    public void beginFor(Document document) {
        if (advisor != null && point != null) {
            begin(advisor, point, document);
        }
    }

    /**
     * What a citizen who came for no procedure can do besides asking (a suggestion, a compliment),
     * offered on the identification screen in the language chosen for the citizen (issue 13).
     */
    public void offerToCitizen(java.util.function.Function<Supplier<String>, javafx.scene.control.Control> action) {
        this.citizenAction = action;
    }

    /** What the identification screen shows below the verification (e.g. the citizen's open cases). */
    public void showOnIdentify(Supplier<Node> panel) {
        this.identifyPanel = panel;
    }

    /** Issue 13: called with each visit's receipt as it is shown (to offer the survey on it). */
    public void onReceipt(Consumer<ReceiptScreen> hook) {
        this.onReceipt = hook;
    }

    private void begin(Advisor who, ServicePoint where, Document document) {
        this.advisor = who;
        this.point = where;
        // Between visits: a catalogue installed during the last one (sync, USB) is served from now on.
        choice.useCatalog(catalogs.get());
        choice.offerAt(where.type(), clock.instant().atZone(zone).toLocalDate());
        if (document == null) {
            identify.reset(who);
        } else {
            identify.reset(who, document);
        }
        visit = null;
        if (arrivals == null) {
            ownCitizenLanguage.set(i18n.tag());
        }
        identifyView = new IdentifyView(identify, i18n, advisor, clock, zone, hints, this::startVisit,
                openSupervisor, identifyPanel.get());
        // Beside the queue its chooser is already in view; without a queue the greeting card has it.
        identifyView.forCitizen(cards.greetingCard(who, arrivals == null), cards.readBackCard());
        if (citizenAction != null) {
            // In the language chosen for the citizen beside the queue (the advisor's when there is none).
            identifyView.addAction(citizenAction.apply(() -> arrivals != null
                    ? arrivals.citizenLanguageProperty().get() : i18n.tag()));
        }
        visit = null;
        // Scrolls on a small screen (1024×600) once the answer and the citizen's cases show below.
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(identifyView);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("plain-scroll");
        // Esc stops waiting for a slow PIDE (the typed document stays).
        Keys.screen(scroll, () -> {
            if (identify.busyProperty().get()) {
                identify.cancelQuery();
            }
        });
        identifyScreen = withArrivals(scroll, where);
        anotherView = null;
        receiptShown = false;
        show.accept(identifyScreen);
        if (document != null) {
            identifyView.focusVerify();
        } else {
            identifyView.focusNumber();
        }
    }

    private void startVisit() {
        visit = identify.startVisit(point);
        visit.speakWith(citizenLanguage().get());
        if (arrivals != null) {
            pe.macexpress.desk.store.ArrivalTurn turn = arrivals.calledProperty().get();
            if (turn != null) {
                visit.arrivedWith(turn.id(), turn.turn(), turn.arrivedAt(), turn.calledAt());
            }
        }
        showChoice();
    }

    /** The identification screen with the arrival queue and the citizen's language beside it (issue 13). */
    private Node withArrivals(Node identifyScroll, ServicePoint where) {
        if (arrivals == null) {
            return identifyScroll;
        }
        arrivals.reset(where.id(), i18n.tag());
        var panel = new pe.macexpress.desk.ui.voice.timeline.ArrivalPanel(arrivals, i18n, identifyView::focusNumber,
                this::openOrientationOnly);
        javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(10, identifyScroll, panel);
        javafx.scene.layout.HBox.setHgrow(identifyScroll, javafx.scene.layout.Priority.ALWAYS);
        panel.keysOn(both);
        return both;
    }

    /** "Solo orientación": the citizen only asks; no document, no procedure, no receipt (issue 13). */
    private void openOrientationOnly() {
        UUID visitId = UUID.randomUUID();
        java.time.Instant start = clock.instant();
        pe.macexpress.desk.store.ArrivalTurn turn = arrivals.calledProperty().get();
        String language = arrivals.citizenLanguageProperty().get();
        orientation.clear(false);
        Runnable back = () -> {
            show.accept(identifyScreen);
            identifyView.focusNumber();
        };
        var view = new pe.macexpress.desk.ui.voice.timeline.OrientationView(orientation, i18n, choice.catalog(),
                i18n.get("orientation.unidentified"), () -> orientation.save(visitId, point.id(), advisor.id(),
                language, o -> runner.run(() -> timeline.closeOrientationOnly(visitId, point.id(), advisor.id(), turn,
                        start, language, 1), v -> farewell(language, this::next), e -> farewell(language, this::next))),
                back);
        Keys.screen(view, back);
        show.accept(view);
        view.focusTopic();
    }

    /** "No lo tenemos": a request outside the catalogue (or an orientation) within the visit (issue 13). */
    private void openUnmet() {
        orientation.clear(true);
        var view = new pe.macexpress.desk.ui.voice.timeline.OrientationView(orientation, i18n, choice.catalog(), "",
                () -> orientation.save(visit.id(), point.id(), advisor.id(), visit.citizenLanguage(), o -> {
                    visit.addOrientation();
                    showChoice();
                }), this::showChoice);
        Keys.screen(view, this::showChoice);
        show.accept(view);
        view.focusTopic();
    }

    /** The visit's end with its timeline, once, in the background (issue 13). */
    private void recordVisitEnd() {
        if (timeline == null || visit == null || visit.id().equals(endedVisit)) {
            return;
        }
        endedVisit = visit.id();
        Visit ended = visit;
        // A failure loses the visit's own record only: each attention already carries its arrival and call.
        runner.run(() -> timeline.close(ended), v -> { }, e -> { });
    }

    /** The farewell of a visit with no receipt, in the citizen's language. */
    private void farewell(String citizenLanguage, Runnable then) {
        receiptShown = true;
        var view = new pe.macexpress.desk.ui.voice.timeline.FarewellView(i18n, citizenLanguage,
                pe.macexpress.desk.core.PartOfDay.of(clock.instant(), zone), then, speech.get());
        Keys.screen(view, null);
        show.accept(view);
        view.focusNext();
    }

    private void showChoice() {
        choice.clear();
        choice.refreshUsage();
        boolean savedSome = !visit.saved().isEmpty();
        boolean endable = savedSome || visit.orientations() > 0;
        ProcedureChoiceView view = new ProcedureChoiceView(choice, i18n, visit, this::openProcedure,
                this::backFromChoice, endable ? () -> finish(this::next) : null);
        view.addAction(pe.macexpress.desk.ui.common.CitizenCard.chooser(i18n, citizenLanguage(), "choice-citizen-language"));
        if (orientation != null) {
            javafx.scene.control.Button unmet = new javafx.scene.control.Button();
            unmet.setId("choice-unmet");
            unmet.textProperty().bind(i18n.text("orientation.unmet.open"));
            unmet.setOnAction(e -> openUnmet());
            view.addAction(unmet);
            if (visit.orientations() > 0) {
                javafx.scene.control.Label noted = new javafx.scene.control.Label();
                noted.setId("choice-unmet-saved");
                noted.getStyleClass().addAll("badge", "badge-ok");
                noted.setWrapText(true);
                noted.textProperty().bind(i18n.text("orientation.saved", visit.orientations()));
                view.addAction(noted);
            }
        }
        show.accept(view);
        view.focusSearch();
    }

    /**
     * Back from the choice: to "¿otro trámite?" once something was saved, else to the identification
     * with the document and its answer as they were (nothing was saved, no visit yet).
     */
    private void backFromChoice() {
        if (visit != null && !visit.saved().isEmpty() && anotherView != null) {
            show.accept(anotherView);
            anotherView.focusDefault();
            return;
        }
        visit = null;
        show.accept(identifyScreen);
        identifyView.focusNumber();
    }

    /** Each channel has its own screen; counter and referral share the outcome screen. */
    private void openProcedure(Procedure p) {
        switch (p.channel()) {
            case PORTAL -> openPortal(p);
            case CAPTURE -> openCapture(p);
            default -> openOutcome(p);
        }
    }

    /** The entity's portal inside the desk (WebView) beside the citizen's data. */
    private void openPortal(Procedure p) {
        if (portalView == null) {
            portalView = new PortalView(portal, new WebPortalBrowser(portal), i18n, this::showChoice, this::saved,
                    this::openCapture);
            Keys.screen(portalView, this::showChoice);
        }
        Catalog served = choice.catalog();
        portal.open(visit, p, served.entityOf(p), served.chainOf(p), served.version());
        show.accept(portalView);
        Keys.focusSoon(portalView);
        portal.loadPage();
    }

    /**
     * The catalogue's capture form, with its documents. Also the portal's fallback when the link or
     * the portal fails: callable from the portal screen. A procedure without a form gets the
     * outcome screen. What was typed stays for the visit (Back, then in again).
     */
    public void openCapture(Procedure p) {
        if (!p.hasForm()) {
            openOutcome(p);
            return;
        }
        Catalog in = choice.catalog();
        capture.open(visit, p, in.entityOf(p), in.version());
        CaptureView view = new CaptureView(capture, i18n, visit, this::showChoice, this::saved);
        Keys.screen(view, this::showChoice);
        show.accept(view);
        view.focusFirst();
    }

    private void openOutcome(Procedure p) {
        procedure.open(p, choice.catalog());
        ProcedureView view = new ProcedureView(procedure, i18n, visit, this::showChoice, this::saved,
                cards.procedureCard(procedure.procedureProperty().get(), choice.catalog()));
        show.accept(view);
        view.focusStart();
    }

    private void saved(Attention a) {
        onAttentionSaved.run();
        anotherView = new AnotherView(i18n, choice.catalog(), a, this::another, () -> finish(this::next),
                cards.savedCard(a, choice.catalog()));
        show.accept(anotherView);
        anotherView.focusDefault();
    }

    private void another() {
        visit.startNext(clock.instant());
        showChoice();
    }

    /** The next citizen: the identification screen, empty. */
    private void next() {
        begin(advisor, point);
    }

    /** The receipt of what the visit saved; {@code then} runs when the advisor is done with it. */
    private void finish(Runnable then) {
        recordVisitEnd();
        if (visit.saved().isEmpty()) {
            // Only orientations or requests we do not have: no receipt, the farewell (issue 13).
            farewell(visit.citizenLanguage(), then);
            return;
        }
        ReceiptView receipt = new ReceiptView(i18n, choice.catalog(), visit.saved(), visit.point(), receipts, runner, then,
                visit.citizenLanguage());
        citizenReceipt(receipt);
        onReceipt.accept(receipt);
        receiptShown = true;
        Keys.screen(receipt, null);
        show.accept(receipt);
        Node next = receipt.lookup("#receipt-next");
        if (next != null) {
            Keys.focusSoon(next);
        }
    }

    /** Whether a citizen is at the counter: a document typed or verified, or a visit under way. */
    public boolean visitUnderWay() {
        return !receiptShown && (visit != null || !identify.numberProperty().get().isBlank()
                || identify.resultProperty().get() != null);
    }

    /** Whether the visit under way saved attentions (their receipt is due before leaving). */
    public boolean visitSavedSome() {
        return visit != null && !visit.saved().isEmpty();
    }

    /**
     * Ends the visit under way for a sign-out: the receipt of what was saved first (then
     * {@code then}), or straight {@code then} when nothing was saved. The screens' state is dropped.
     */
    public void endForSignOut(Runnable then) {
        if (visit != null && !visitSavedSome() && visit.orientations() > 0) {
            recordVisitEnd(); // only asked: its end is recorded, no receipt is due
        }
        if (visitSavedSome() && !receiptShown) {
            finish(() -> {
                drop();
                then.run();
            });
        } else {
            drop();
            then.run();
        }
    }

    private void drop() {
        visit = null;
        receiptShown = false;
        anotherView = null;
        if (advisor != null) {
            identify.reset(advisor);
        }
    }

    public IdentifyViewModel identifyViewModel() {
        return identify;
    }

    /** The portal screen's ViewModel (one per flow, like the other screens'). */
    public PortalViewModel portalViewModel() {
        return portal;
    }

    public Visit currentVisit() {
        return visit;
    }

    /** The receipt speaks the visit's language, and its language box is the visit's chooser at this step. */
    private void citizenReceipt(ReceiptView receipt) {
        javafx.beans.property.StringProperty local = new javafx.beans.property.SimpleStringProperty(
                citizenLanguage().get());
        local.bindBidirectional(citizenLanguage());
        receipt.getProperties().put(AttentionFlow.class, local);
        receipt.viewModel().languageProperty().bindBidirectional(local);
        receipt.speakWith(speech.get());
    }
}
