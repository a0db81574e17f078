package pe.macexpress.desk.ui;

import java.time.ZoneId;
import javafx.application.Platform;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.identity.IdentityOutcome;
import pe.macexpress.desk.sync.SyncState;
import pe.macexpress.desk.advisor.AdvisorSession;
import pe.macexpress.desk.procedure.ScannerFolder;
import pe.macexpress.desk.ui.attention.AttentionFlow;
import pe.macexpress.desk.ui.attention.LeaveVisitPanel;
import pe.macexpress.desk.ui.help.ShortcutCard;
import pe.macexpress.desk.ui.cases.CaseDetailViewModel;
import pe.macexpress.desk.ui.cases.CaseNotice;
import pe.macexpress.desk.ui.cases.CaseNoticeViewModel;
import pe.macexpress.desk.ui.cases.CitizenCasesPanel;
import pe.macexpress.desk.ui.cases.CitizenCasesViewModel;
import pe.macexpress.desk.ui.cases.CodeLookupView;
import pe.macexpress.desk.ui.cases.CodeLookupViewModel;
import pe.macexpress.desk.ui.cases.FollowUpView;
import pe.macexpress.desk.ui.cases.FollowUpViewModel;
import pe.macexpress.desk.ui.procedure.CaptureViewModel;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.ui.login.LoginView;
import pe.macexpress.desk.ui.login.LoginViewModel;
import pe.macexpress.desk.ui.shell.ShellView;
import pe.macexpress.desk.ui.history.HistoryView;
import pe.macexpress.desk.ui.receipt.Reprint;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.ui.history.HistoryViewModel;
import pe.macexpress.desk.ui.supervisor.BackupViewModel;
import pe.macexpress.desk.ui.supervisor.CatalogViewModel;
import pe.macexpress.desk.ui.supervisor.EnrollmentViewModel;
import pe.macexpress.desk.ui.supervisor.IdentityFlagsViewModel;
import pe.macexpress.desk.ui.supervisor.PasswordChangeViewModel;
import pe.macexpress.desk.ui.supervisor.SupervisorView;
import pe.macexpress.desk.ui.sync.SyncView;
import pe.macexpress.desk.ui.sync.SyncViewModel;
import pe.macexpress.desk.ui.shell.ShellViewModel;

/** Wires the screens to the services of an open {@link DeskContext}. Build it on the FX thread. */
public final class DeskUi {
    public static final String STYLESHEET = "/ui/desk.css";

    private final I18n i18n;
    private final ShellViewModel shellVm;
    private final ShellView shell;
    private final LoginViewModel loginVm;
    private final LoginView login;
    private AttentionFlow flow;
    private static final List<Class<? extends Node>> ASIDE =
            List.of(SupervisorView.class, SyncView.class, HistoryView.class, FollowUpView.class,
                    pe.macexpress.desk.ui.reports.ReportsView.class);
    /** Ctrl+K: where does this code stand. Ctrl+G: the follow-up screen ("seGuimiento"). */
    private static final KeyCombination LOOKUP_KEY = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination CASES_KEY = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);
    /** Issue 13 (complaints): Ctrl+R opens the Libro de Reclamaciones ("Reclamo"). */
    private static final KeyCombination COMPLAINT_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private PasswordChangeViewModel passwordVm;
    private EnrollmentViewModel enrollmentVm;
    private final BackupViewModel backupVm;
    private CatalogViewModel catalogVm;
    private IdentityFlagsViewModel flagsVm;
    private SyncViewModel syncVm;
    private HistoryViewModel historyVm;
    /** Receipts on screen, on paper and as PDF; PDFBox loads on the first print or save. */
    private ReceiptService receipts;
    private FollowUpViewModel followUpVm;
    private CaseDetailViewModel caseVm;
    private CaseNoticeViewModel noticeVm;
    private CodeLookupViewModel lookupVm;
    private CodeLookupView lookup;
    private FollowUpView followUp;
    private pe.macexpress.desk.ui.voice.ComplaintCasesViewModel complaintCasesVm;
    /** Issue 13 (incidents): the register's form, banner and supervisor's card. */
    private pe.macexpress.desk.ui.voice.incident.IncidentDesk incidents;
    private final DeskContext ctx;
    /** Issue 14 (reports screen): built on first use and shown again after. */
    private pe.macexpress.desk.ui.reports.ReportsViewModel reportsVm;
    private pe.macexpress.desk.ui.reports.ReportsView reports;
    /** Issue 14 integration points, filled after the merge: the export actions and the indicator sheet. */
    private pe.macexpress.desk.ui.reports.ReportExports reportExports;
    private java.util.function.Function<pe.macexpress.desk.ui.reports.ReportsViewModel, Node> indicatorSheet;
    private Node returnTo;
    /** The F1 card while it is shown, and what had the focus before it. */
    private ShortcutCard help;
    private Node helpFocus;
    /** The sign-out question while it is shown. */
    private LeaveVisitPanel signOutPanel;
    /** Signing out: the receipt of the visit is on screen, the sign-in screen comes next. */
    private boolean leaving;
    private final ZoneId zone;
    private final TaskRunner runner;
    /** Whether the screens beyond sign-in are built ({@link #buildRest}); a sign-in before then waits here. */
    private boolean built;
    private AdvisorSession waitingSession;
    /** Issue 15 (roles): a supervisor's own PIN before each supervisor-only action, and the idle lock. */
    private final pe.macexpress.desk.ui.roles.ShellPrompts prompts;
    private final pe.macexpress.desk.ui.roles.IdleLock idleLock;

    /** Every screen, built now (the context must be {@link DeskContext#open open} with everything). */
    public static DeskUi whole(DeskContext ctx, I18n i18n, TaskRunner runner, ZoneId zone) {
        DeskUi ui = new DeskUi(ctx, i18n, runner, zone);
        ui.buildRest();
        return ui;
    }

    /**
     * Start-up: the shell and the sign-in screen only, from a context {@link DeskContext#openForSignIn
     * open for sign-in}; {@link #buildRestBehindSignIn} builds the rest behind it.
     */
    public static DeskUi forSignIn(DeskContext ctx, I18n i18n, TaskRunner runner, ZoneId zone) {
        return new DeskUi(ctx, i18n, runner, zone);
    }

    private DeskUi(DeskContext ctx, I18n i18n, TaskRunner runner, ZoneId zone) {
        this.i18n = i18n;
        this.zone = zone;
        this.ctx = ctx;
        this.runner = runner;
        // What the sign-in screen needs: the database (advisors, PIN check, status figures) only.
        this.backupVm = new BackupViewModel(() -> ctx.backups().backupNow(ctx.store(), ctx.auditActor()), ctx.backupProblem(),
                runner);
        this.shellVm = new ShellViewModel(ctx.training(), ctx.settingStore(), ctx::sync, runner,
                backupVm.automaticFailedProperty(), ctx.cases()::counts);
        this.shell = new ShellView(shellVm, i18n, zone);
        this.loginVm = new LoginViewModel(ctx.signIn(), runner);
        this.login = new LoginView(loginVm, i18n, ctx.trainingHints(), this::signedIn, zone);
        // Read with the data folder at start (the first frame lists them); read now otherwise.
        ctx.advisorsAtOpen().ifPresentOrElse(loginVm::showAdvisors, loginVm::loadAdvisors);
        // Issue 15 (pin): a PIN from before the 6-digit rule is replaced before the counter opens.
        pe.macexpress.desk.ui.login.PinChangeScreen.install(loginVm, ctx.signIn(), i18n, runner, shell::show, () -> {
            shell.show(login);
            login.focusStart();
        }, this::signedIn);
        this.prompts = new pe.macexpress.desk.ui.roles.ShellPrompts(shell, ctx.supervisorGate(), i18n, runner, zone);
        this.idleLock = new pe.macexpress.desk.ui.roles.IdleLock(shell,
                new pe.macexpress.desk.ui.roles.IdleLockViewModel(ctx.signIn(), ctx.supervisorGate(), runner), i18n, zone,
                ctx.settings().get(pe.macexpress.desk.config.ConfigKeys.SIGNIN_IDLE_LOCK));
        shell.sceneProperty().addListener((o, was, now) -> {
            if (now != null && was == null) {
                idleLock.install(now);
            }
        });
        if (shell.getScene() != null) {
            idleLock.install(shell.getScene());
        }
        shell.show(login);
        login.focusStart();
    }

    /**
     * Once the sign-in screen is usable (its advisors read; at most {@link #REST_AFTER} after its first
     * frame, e.g. for a desk with no advisor yet), has the context build the rest off the FX thread
     * and, once it has, builds the other screens on the FX thread; a sign-in made meanwhile goes on
     * then. {@code onFailure} is told (on the FX thread) when the rest could not be built.
     */
    public void buildRestBehindSignIn(javafx.scene.Scene scene, java.util.function.Consumer<Throwable> onFailure,
                                      Runnable then) {
        long since = System.nanoTime();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!signInReady() && System.nanoTime() - since < REST_AFTER.toNanos()) {
                // Pulses stop when nothing changes: ask for the next one until then.
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            pe.macexpress.desk.app.StartupTrace.mark("fx: building the rest");
            ctx.buildRest();
            ctx.ready().whenComplete((v, error) -> Platform.runLater(() -> {
                if (error != null) {
                    onFailure.accept(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                            ? error.getCause() : error);
                    return;
                }
                // The start's backup ran behind the sign-in screen: a failure shows as at opening.
                backupVm.automaticProblem(ctx.backupProblem());
                buildRest();
                then.run();
            }));
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** The longest the rest waits for the sign-in screen to be usable. */
    private static final java.time.Duration REST_AFTER = java.time.Duration.ofSeconds(1);

    /** The screens beyond sign-in and their wiring to the services built behind it. */
    private void buildRest() {
        DeskContext ctx = this.ctx;
        I18n i18n = this.i18n;
        ZoneId zone = this.zone;
        TaskRunner runner = this.runner;
        this.passwordVm = new PasswordChangeViewModel(ctx.identity().credentialChange(), runner);
        this.enrollmentVm = new EnrollmentViewModel(ctx.enrollment(), ctx.central(), runner);
        this.flagsVm = new IdentityFlagsViewModel(ctx.identity().flags(), runner);
        this.catalogVm = new CatalogViewModel(ctx.catalogs(), runner);
        // A catalogue installed by sync (a background thread) shows at once on the supervisor's screen.
        ctx.catalogs().addListener(c -> javafx.application.Platform.runLater(catalogVm::refresh));
        this.receipts = ReceiptService.standard(ctx.localization(), zone);
        this.flow = new AttentionFlow(i18n, ctx.catalogs()::current, ctx.attentions(), ctx.attentionService(),
                ctx.identityCheck(), ctx::queryContext, runner, ctx.clock(), zone, ctx.trainingHints(),
                ctx.portalLinks(), shell::show,
                shellVm::refreshStatus, this::openSupervisor,
                new CaptureViewModel(ctx.captureService(), ScannerFolder.of(ctx.settings()), runner, i18n.languageTag()),
                receipts);
        // Issue 13 (timeline): arrival queue, the citizen's language, orientations, visit ends.
        flow.useTimeline(new pe.macexpress.desk.voice.VisitTimeline(ctx.store(), ctx.clock(), zone));
        // Issue 16 (citizen): the citizen's cards, survey and complaint summary can be heard.
        flow.useSpeech(ctx::speech);
        shell.signOutButton().setOnAction(e -> signOut());
        shell.supervisorButton().setOnAction(e -> openSupervisor());
        this.syncVm = new SyncViewModel(ctx.sync(), ctx.bundles(), runner, Platform::runLater);
        // An answer file settles records and brings results: the pending and overdue counts change.
        syncVm.usbResultProperty().addListener((o, was, now) -> shellVm.refreshStatus());
        this.historyVm = new HistoryViewModel(new pe.macexpress.desk.store.AttentionSearch(ctx.store()), ctx.sync(),
                code -> ctx.cases().byCode(code), runner, ctx.clock(), zone);
        shell.syncButton().setOnAction(e -> openAside(SyncView.class,
                back -> new SyncView(syncVm, i18n, zone, back)));
        shell.historyButton().setOnAction(e -> openAside(HistoryView.class,
                back -> new HistoryView(historyVm, i18n, ctx::catalog, zone, back,
                        new Reprint(i18n, ctx.attentions(), ctx.catalogs()::current, shellVm.pointProperty()::get,
                                receipts, runner, shell::current, shell::show),
                        this::openFollowUp)));

        // Issue 12: cases followed to their final answer.
        this.followUpVm = new FollowUpViewModel(ctx.cases(), runner);
        this.caseVm = new CaseDetailViewModel(ctx.cases(), ctx.attentions()::find,
                () -> shellVm.advisorProperty().get().id(), shellVm::refreshStatus, runner);
        ctx.trainingEntity().ifPresent(entity -> caseVm.practiceWith(code -> {
            pe.macexpress.desk.app.TrainingEntity.Outcome o = entity.answer(code,
                    pe.macexpress.desk.contract.ResultNotice.RESUELTO, i18n.get("case.practice.note"));
            if (o == pe.macexpress.desk.app.TrainingEntity.Outcome.RECORDED) {
                try {
                    ctx.sync().syncNow().get(60, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    // The result is at the central: the next sync brings it.
                }
            }
            return o;
        }));
        this.noticeVm = new CaseNoticeViewModel(ctx.cases()::counts, runner);
        this.lookupVm = new CodeLookupViewModel(ctx.attentions(), ctx.cases(), runner);
        // A code another point gave: the central answers for any point (never who the citizen is).
        lookupVm.setElsewhere(code -> {
            try {
                return ctx.sync().lookup(code).map(pe.macexpress.desk.ui.cases.CodeStatus::fromCentral);
            } catch (pe.macexpress.desk.sync.CentralException e) {
                throw new IllegalStateException("the central could not be asked", e);
            }
        });
        this.lookup = new CodeLookupView(lookupVm, i18n, ctx::catalog, zone, code -> {
            closeLookup();
            openFollowUp(code);
        }, this::closeLookup);
        shell.addNotice(new CaseNotice(noticeVm, i18n, () -> openFollowUp(null)));
        this.incidents = new pe.macexpress.desk.ui.voice.incident.IncidentDesk(ctx, i18n, runner, zone, shell,
                shellVm.advisorProperty()::get, shellVm.pointProperty()::get, this::openSupervisor,
                shellVm::refreshStatus);
        incidents.openSupervisorWith(this::openSupervisor);
        shell.casesButton().setOnAction(e -> openFollowUp(null));
        shell.complaintButton().setOnAction(e -> openComplaint());
        shell.reportsButton().setOnAction(e -> openReports());
        // The complaint's Back puts the keyboard back where it was on the screen below (not on the header's button).
        shell.sceneProperty().addListener((o, was, now) -> watchContentFocus(now));
        watchContentFocus(shell.getScene());
        shell.lookupButton().setOnAction(e -> openLookup());
        CitizenCasesViewModel citizenVm = new CitizenCasesViewModel(ctx.cases(), ctx.attentions(), runner);
        flow.identifyViewModel().verifiedDocumentProperty().addListener((o, was, now) -> citizenVm.citizen(now));
        // One panel and one follow-up screen for the session: shown again, never rebuilt (no listeners pile up).
        CitizenCasesPanel citizenPanel = new CitizenCasesPanel(citizenVm, i18n, ctx::catalog, zone, this::openFollowUp);
        // Issue 13 (survey, suggestions and compliments): offered on the receipt; a suggestion also on identification.
        pe.macexpress.desk.ui.voice.VoiceScreens voice = new pe.macexpress.desk.ui.voice.VoiceScreens(i18n,
                new pe.macexpress.desk.voice.Feedback(ctx.store().feedback(), ctx.clock(), zone), runner, shell::show,
                () -> shellVm.pointProperty().get() == null ? "" : shellVm.pointProperty().get().id());
        voice.useSpeech(ctx::speech);
        flow.onReceipt(voice::offerOn);
        flow.offerToCitizen(language -> voice.suggestionButton(language, shell::current));
        flow.showOnIdentify(() -> citizenPanel);
        this.followUp = new FollowUpView(followUpVm, caseVm, i18n, ctx::catalog, zone, this::callCitizen);
        // Issue 13 (complaints): open complaints are followed in Seguimiento until answered.
        this.complaintCasesVm = new pe.macexpress.desk.ui.voice.ComplaintCasesViewModel(ctx.complaints(),
                () -> shellVm.pointProperty().get() == null ? null : shellVm.pointProperty().get().id(),
                () -> shellVm.advisorProperty().get().id(), runner);
        followUp.addAboveList(new pe.macexpress.desk.ui.voice.ComplaintCasesPanel(complaintCasesVm, i18n));
        shell.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (idleLock.locked()) {
                return;
            }
            if (ShortcutCard.HELP_KEY.match(e)) {
                e.consume();
                toggleHelp();
                return;
            }
            if (shellVm.advisorProperty().get() == null) {
                return;
            }
            if (LOOKUP_KEY.match(e)) {
                e.consume();
                openLookup();
            } else if (CASES_KEY.match(e)) {
                e.consume();
                openFollowUp(null);
            } else if (COMPLAINT_KEY.match(e)) {
                e.consume();
                openComplaint();
            } else if (ShortcutCard.REPORTS_KEY.match(e)) {
                e.consume();
                openReports();
            }
        });
        // After every run the status bar re-reads what is pending and when the last sync succeeded.
        ctx.sync().addListener(p -> {
            if (p.state() == SyncState.OFFLINE) {
                ctx.connectivity().report(false);
            } else if (p.state() == SyncState.IDLE && p.lastError() == null && p.recordsSent() > 0) {
                // The central answered: the link is up, whatever the last probe said.
                ctx.connectivity().report(true);
            }
            if (p.state() != SyncState.RUNNING) {
                // Results pulled by this run change the cases' figures and list.
                Platform.runLater(() -> {
                    shellVm.refreshStatus();
                    if (shell.current() instanceof FollowUpView) {
                        followUpVm.refresh();
                    }
                });
            }
        });
        ctx.connectivity().addListener(online -> Platform.runLater(() -> {
            shellVm.online(online);
            shellVm.refreshStatus();
        }));
        // An answer from PIDE proves the link; UNAVAILABLE suggests it is down (the probe confirms).
        flow.identifyViewModel().resultProperty().addListener((o, was, now) -> {
            if (now != null) {
                ctx.connectivity().report(now.outcome() != IdentityOutcome.UNAVAILABLE);
            }
        });
        built = true;
        if (waitingSession != null) {
            AdvisorSession session = waitingSession;
            waitingSession = null;
            loginVm.deskReady();
            signedIn(session);
        }
    }

    private void signedIn(AdvisorSession session) {
        if (!built) {
            // Signed in before the rest was built: the attention screen comes as soon as it is.
            waitingSession = session;
            loginVm.waitingForDesk();
            return;
        }
        ctx.actingAdvisor(session.advisor().id()); // issue 15 (audit): the actor of backups and enrollment
        shellVm.signedIn(session.advisor(), session.point());
        idleLock.signedIn(session.advisor());
        followUpVm.forget();
        noticeVm.signedIn();
        incidents.signedIn();
        flow.begin(session.advisor(), session.point());
    }

    /** The follow-up screen; with a code, straight on that case (its back returns to the list). */
    private void openFollowUp(String code) {
        noticeVm.dismiss();
        complaintCasesVm.refresh();
        openAside(FollowUpView.class, back -> {
            followUp.reopen(back);
            return followUp;
        });
        if (shell.current() instanceof FollowUpView view) {
            if (code != null) {
                view.openCode(code);
            }
        }
    }

    /** "Llamar al ciudadano": a new attention at the identification screen, their document typed. */
    private void callCitizen(pe.macexpress.desk.core.Document document) {
        if (signOutPanel != null) {
            return;
        }
        if (flow.currentVisit() != null) {
            // A visit under way is not dropped silently: asked, and its receipt first if it saved some.
            int saved = flow.currentVisit().saved().size();
            signOutPanel = new LeaveVisitPanel(i18n, LeaveVisitPanel.Reason.CALL_CITIZEN, flow.visitSavedSome(), saved,
                    () -> {
                        closeSignOut();
                        returnTo = null;
                        flow.endForSignOut(() -> flow.beginFor(document));
                    }, this::closeSignOut);
            shell.showOver(signOutPanel);
            return;
        }
        returnTo = null;
        flow.beginFor(document);
    }

    /**
     * Issue 13 (complaints): the Libro de Reclamaciones over whatever screen is open (a visit's,
     * Seguimiento, History…), prefilled with the visit's citizen when one is identified. Back, Cancel
     * and "done" show that very screen again (same node, same typed text) with the focus where it was.
     */
    private void openComplaint() {
        if (shellVm.advisorProperty().get() == null || shell.current() instanceof pe.macexpress.desk.ui.voice.ComplaintView
                || signOutPanel != null) {
            return;
        }
        closeLookup();
        closeHelp();
        Node previous = shell.current();
        Node focus = isInside(contentFocus, previous) ? contentFocus : null;
        var visit = flow.currentVisit();
        // Issue 16 (citizen): mid-visit, the citizen's copy and summary start in the visit's language.
        pe.macexpress.desk.ui.voice.ComplaintViewModel vm = new pe.macexpress.desk.ui.voice.ComplaintViewModel(
                ctx.complaints(), shellVm.pointProperty()::get, () -> shellVm.advisorProperty().get().id(),
                ctx.localization(), runner, zone, new pe.macexpress.desk.receipt.SystemPrinter(),
                visit != null ? visit.citizenLanguage() : i18n.tag());
        if (visit != null && visit.document() != null) {
            vm.prefill(visit.id(), visit.document().type(), visit.document().number(), visit.citizenNames());
        }
        pe.macexpress.desk.ui.voice.ComplaintView view = new pe.macexpress.desk.ui.voice.ComplaintView(vm, i18n, () -> {
            shell.show(previous);
            shellVm.refreshStatus();
            if (focus != null && focus.getScene() != null) {
                // Laid out first, so the shell scrolls the focused field into view with the right sizes.
                shell.applyCss();
                shell.layout();
                focus.requestFocus();
            }
        });
        view.speakWith(ctx.speech());
        shell.show(view);
        view.focusStart();
    }

    /**
     * Issue 14 (reports screen): "Reportes" beside the screen under way (a visit stays as it was); its
     * Back or Esc returns there. Built once, on first use; each opening builds the period's report afresh.
     */
    private void openReports() {
        if (shellVm.advisorProperty().get() == null || signOutPanel != null) {
            return;
        }
        closeLookup();
        closeHelp();
        if (reports == null) {
            reportsVm = new pe.macexpress.desk.ui.reports.ReportsViewModel(
                    new pe.macexpress.desk.reports.ReportBuilder(ctx.store(), ctx::catalog, ctx.clock())::build, runner,
                    () -> java.time.LocalDate.now(ctx.clock().withZone(pe.macexpress.desk.reports.ReportPeriod.ZONE)));
            if (reportExports == null) {
                reportExports = new pe.macexpress.desk.ui.reports.ReportFileExports(ctx.store(), ctx::catalog,
                        ctx.localization(), i18n, runner, ctx::auditActor,
                        () -> shell.getScene() == null ? null : shell.getScene().getWindow(), ctx.clock(), null);
            }
            reports = new pe.macexpress.desk.ui.reports.ReportsView(reportsVm, i18n, ctx::catalog, reportExports,
                    () -> { });
            if (indicatorSheet != null) {
                reports.setIndicatorSheet(indicatorSheet.apply(reportsVm));
            } else {
                // The point's indicator sheet for the period on screen; Esc closes its edit card first.
                var sheetVm = new pe.macexpress.desk.ui.reports.indicators.IndicatorSheetViewModel(ctx.store(),
                        ctx::catalog, ctx.supervisorGate(), runner, ctx.localization());
                var sheet = new pe.macexpress.desk.ui.reports.indicators.IndicatorSheetView(sheetVm, i18n, zone);
                // Fed the report the screen just built: the period's attentions are read once, not twice.
                reportsVm.reportProperty().addListener((o, was, now) -> {
                    if (now != null) {
                        sheetVm.load(now);
                    }
                });
                reports.setIndicatorSheet(sheet, () -> sheetVm.editingProperty().get() != null);
            }
        }
        openAside(pe.macexpress.desk.ui.reports.ReportsView.class, back -> {
            reports.reopen(back);
            return reports;
        });
    }

    /**
     * Issue 14 integration point: the export actions of the reports screen (CSV/XLSX base de datos,
     * monthly PDF). Call before the screen is first opened; without it the buttons stay hidden.
     */
    public void useReportExports(pe.macexpress.desk.ui.reports.ReportExports exports) {
        this.reportExports = exports;
    }

    /**
     * Issue 14 integration point: the indicator sheet's section of the reports screen, made from its
     * ViewModel (period and report properties). Call before the screen is first opened; until then it reads "sin dato".
     */
    public void useIndicatorSheet(java.util.function.Function<pe.macexpress.desk.ui.reports.ReportsViewModel, Node> sheet) {
        this.indicatorSheet = sheet;
    }

    /** The last node inside the current screen that had the keyboard (issue 13: complaints return it there). */
    private Node contentFocus;

    private void watchContentFocus(javafx.scene.Scene scene) {
        if (scene != null) {
            scene.focusOwnerProperty().addListener((o, was, now) -> {
                if (now != null && isInside(now, shell.current())) {
                    contentFocus = now;
                }
            });
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null && ancestor != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void openLookup() {
        shell.showOver(lookup);
    }

    private void closeLookup() {
        shell.closeOver(lookup);
        lookupVm.clear();
    }

    /** The supervisor's screen; "back" returns to the very screen (and typed text) that was open. */
    private void openSupervisor() {
        openSupervisor(() -> { });
    }

    /** Issue 15 (roles): only with a supervisor's own PIN, typed now (the signed-in advisor's is not enough); then {@code then}. */
    private void openSupervisor(Runnable then) {
        if (shell.current() instanceof SupervisorView) {
            then.run();
            return;
        }
        prompts.ask(pe.macexpress.desk.advisor.SupervisorGate.Action.SUPERVISION, "", who -> {
            openSupervisorScreen();
            then.run();
        });
    }

    private void openSupervisorScreen() {
        openAside(SupervisorView.class, back -> {
            SupervisorView view = new SupervisorView(passwordVm, enrollmentVm, backupVm, catalogVm, flagsVm, i18n,
                    zone, () -> shellVm.advisorProperty().get().id(), back, prompts);
            view.addCard(incidents.supervisorCard(), incidents.needsSupervisor());
            // Issue 16 (review): how much of each installed language a native speaker has reviewed.
            view.addCard(SupervisorView.languageReviewCard(new pe.macexpress.desk.ui.supervisor.LanguageReviewViewModel(
                    () -> pe.macexpress.desk.i18n.ReviewReport.build(ctx.localization(),
                            ctx.settings().home().resolve("i18n"), pe.macexpress.desk.i18n.GlossaryCheck.bundled()),
                    runner), i18n), false);
            return view;
        });
    }

    /**
     * Shows a side screen (supervision, sync, history) over the attention; its "back" returns to the
     * very screen that was open, with whatever was typed in it.
     */
    private void openAside(Class<? extends Node> kind, Function<Runnable, Node> screen) {
        Node current = shell.current();
        Node attention = current != null && ASIDE.stream().anyMatch(k -> k.isInstance(current))
                ? returnTo : current;
        returnTo = attention;
        if (kind.isInstance(current)) {
            return;
        }
        shell.show(screen.apply(() -> shell.show(attention)));
    }

    /**
     * "Cerrar sesión": with a citizen at the counter it asks first and, when the visit saved
     * attentions, shows their receipt before the sign-in screen.
     */
    private void signOut() {
        if (signOutPanel != null) {
            return;
        }
        if (shellVm.advisorProperty().get() != null && flow.visitUnderWay() && !leaving) {
            closeLookup();
            int saved = flow.currentVisit() == null ? 0 : flow.currentVisit().saved().size();
            signOutPanel = new LeaveVisitPanel(i18n, LeaveVisitPanel.Reason.SIGN_OUT, flow.visitSavedSome(), saved, () -> {
                closeSignOut();
                leaving = true;
                returnTo = null;
                flow.endForSignOut(this::completeSignOut);
            }, this::closeSignOut);
            shell.showOver(signOutPanel);
            return;
        }
        completeSignOut();
    }

    /** F1: the shortcut card over the screen, or away again (the focus returns where it was). */
    private void toggleHelp() {
        if (help != null) {
            closeHelp();
            return;
        }
        helpFocus = shell.getScene() == null ? null : shell.getScene().getFocusOwner();
        help = new ShortcutCard(i18n, LOOKUP_KEY, CASES_KEY, this::closeHelp);
        shell.showOver(help);
    }

    private void closeHelp() {
        if (help != null) {
            shell.closeOver(help);
            help = null;
            if (helpFocus != null && helpFocus.getScene() != null) {
                Node back = helpFocus;
                Platform.runLater(back::requestFocus);
            }
        }
    }

    private void closeSignOut() {
        if (signOutPanel != null) {
            shell.closeOver(signOutPanel);
            signOutPanel = null;
        }
    }

    private void completeSignOut() {
        leaving = false;
        closeSignOut();
        flow.endForSignOut(() -> { });
        closeLookup();
        noticeVm.dismiss();
        ctx.actingAdvisor(null); // issue 15 (audit): nobody acts at the desk until the next sign-in
        shellVm.signOut();
        idleLock.signedOut();
        shell.show(login);
        login.focusStart();
    }

    public Parent root() {
        return shell;
    }

    /**
     * The sign-in screen is on show with its advisors read: what the start-up benchmark waits for
     * (see {@link DeskApplication#READY_MARKER}).
     */
    public boolean signInReady() {
        return shell.current() == login && !loginVm.advisors().isEmpty();
    }

    /** The Sync screen's state (tests drive its USB actions without a native file dialog). */
    public SyncViewModel syncViewModel() {
        return syncVm;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The code look-up's ViewModel: the lead sets its second source (the central's look-up) here. */
    public CodeLookupViewModel codeLookup() {
        return lookupVm;
    }

    public AttentionFlow flow() {
        return flow;
    }

    /** The incident register's form and supervisor's card (issue 13). */
    public pe.macexpress.desk.ui.voice.incident.IncidentDesk incidents() {
        return incidents;
    }

    /** Issue 15 (roles): the idle lock (tests lock it at once instead of waiting). */
    public pe.macexpress.desk.ui.roles.IdleLock idleLock() {
        return idleLock;
    }

    /** Issue 15 (roles): the supervisor's PIN prompt. */
    public pe.macexpress.desk.ui.roles.ShellPrompts supervisorPrompts() {
        return prompts;
    }
}
