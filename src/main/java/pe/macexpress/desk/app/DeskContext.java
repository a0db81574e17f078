package pe.macexpress.desk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import okhttp3.OkHttpClient;
import pe.macexpress.desk.advisor.PinHasher;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.cases.ChangeProcessor;
import pe.macexpress.desk.cases.ClosureKind;
import pe.macexpress.desk.bundle.Bundles;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.IdentityCheck;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.CatalogService;
import pe.macexpress.desk.procedure.CaptureKind;
import pe.macexpress.desk.procedure.CaptureService;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.connectivity.ConnectivityMonitor;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.identity.IdentityServices;
import pe.macexpress.desk.identity.PideConfig;
import pe.macexpress.desk.identity.QueryContext;
import pe.macexpress.desk.procedure.PortalCheck;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.AdvisorStore;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.SettingStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StartupCheck;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.CentralClient;
import pe.macexpress.desk.sync.Enrollment;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.sync.RecordKinds;
import pe.macexpress.desk.sync.SyncEngine;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.voice.IncidentKind;
import pe.macexpress.desk.voice.IncidentService;

/**
 * The composition root: builds every service once, in order, for the GUI and the commands alike.
 * Nothing here imports JavaFX. Opening it takes the data folder's lock; closing releases it.
 */
public final class DeskContext implements AutoCloseable {
    private final DeskSettings settings;
    private final Clock clock;
    private final InstanceLock lock;
    private final Store store;
    private final Localization localization;
    private final AttentionStore attentions;
    private final AdvisorStore advisors;
    private final SettingStore settingStore;
    private final SignInService signIn;
    /** Issue 15 (roles): a supervisor's own PIN before each supervisor-only action. */
    private final pe.macexpress.desk.advisor.SupervisorGate supervisorGate;
    private final AttentionService attentionService;
    private final CaseService cases;
    /** Issue 13 (complaints): the Libro de Reclamaciones. */
    private final pe.macexpress.desk.voice.ComplaintService complaints;
    private final CaptureService captureService;
    private final IncidentService incidents;
    private final Outbox outbox;
    private final BackupService backups;
    /** Issue 15 (purge): the retention rule once a day while the app runs. */
    private final DailyPurge dailyPurge;
    private final TrainingHints trainingHints;
    /** What the sign-in screen does not need (HTTP, sandbox, central, sync, identity), built behind it. */
    private final CompletableFuture<Parts> parts;
    /** The HTTP client and (in training) the sandbox starting; null until {@link #buildRest()}. */
    private CompletableFuture<SandboxServer> sandboxStart;
    private CompletableFuture<OkHttpClient> httpStart;
    private boolean restStarted;
    /** The active advisors read when the window opened the folder (null for a command's opening). */
    private volatile List<Advisor> advisorsAtOpen;
    private boolean closed;
    private volatile StoreException backupProblem;
    /** How long a portal's first page may take before the desk offers the fallback. */
    private static final java.time.Duration PORTAL_TIMEOUT = java.time.Duration.ofSeconds(20);

    /**
     * The services the rest of the desk uses, built once the HTTP client and (in training) the
     * sandbox have started; {@link #open} waits for them, {@link #openForSignIn} does not.
     */
    private final class Parts {
        final SandboxServer sandbox;
        final OkHttpClient http;
        final CatalogService catalogs;
        final IdentityServices identity;
        final IdentityCheck identityCheck;
        final ConnectivityMonitor connectivity;
        final Central central;
        final Enrollment enrollment;
        final SyncService sync;
        final Bundles bundles;
        final PortalLinks portalLinks;

        Parts(SandboxServer sandbox, OkHttpClient http) {
            this.sandbox = sandbox;
            this.http = http;
            PideConfig pide = pideConfig(sandbox);
            this.identity = new IdentityServices(settings, pide,
                    sandbox != null ? null : settings.home().resolve(DeskSettings.FILE_NAME), store, http, clock);
            this.identityCheck = new IdentityCheck(identity.dniVerifier(), identity.ceVerifier(), clock);
            this.connectivity = new ConnectivityMonitor(pide.baseUrl().isEmpty()
                    && settings.get(ConfigKeys.SYNC_BASE_URL).isEmpty() ? "" : healthUrl(pide), http);
            this.central = Central.configured(settings);
            // Training keeps the token in memory: its sandbox central is new at every start.
            this.enrollment = new Enrollment(sandbox != null ? null : settings.home().resolve(DeskSettings.FILE_NAME),
                    central, http, settings.workstationId()).audited(store.audit(), DeskContext.this::auditActor);
            if (sandbox != null) {
                // Training works out of the box: enrolled with the in-process sandbox central.
                central.set(sandbox.baseUrl(), sandbox.enroll(settings.workstationId()), sandbox.catalogKey());
                central.pinBundleKey(sandbox.bundleKey());
            }
            this.catalogs = new CatalogService(store, central::catalogKey, clock);
            SyncConfig syncConfig = SyncConfig.from(settings);
            SyncEngine engine = new SyncEngine(store, recordKinds(store), new CentralClient(http, central, syncConfig),
                    syncConfig, clock);
            engine.catalogTo(catalogs.sink());
            engine.changesTo(new ChangeProcessor(store, clock));
            this.sync = new SyncService(engine, store, syncConfig, clock);
            this.bundles = bundles(store, settings, central, catalogs, clock);
            this.connectivity.addListener(online -> {
                if (online) {
                    identity.onlineAgain();
                }
                sync.onConnectivity(online);
            });
            this.portalLinks = buildPortalLinks(sandbox, http, connectivity, catalogs);
        }
    }

    private DeskContext(DeskSettings settings, Clock clock, InstanceLock lock, Store store,
                        CompletableFuture<SandboxServer> sandboxStart, CompletableFuture<OkHttpClient> httpStart,
                        java.util.function.Supplier<Localization> localization) {
        this.settings = settings;
        this.clock = clock;
        this.lock = lock;
        this.store = store;
        this.sandboxStart = sandboxStart;
        this.httpStart = httpStart;
        // The same fictitious population the sandbox answers from: the sign-in screen shows the demo
        // PIN without waiting for the sandbox to start.
        this.trainingHints = settings.training() ? TrainingHints.from(Population.standard()) : TrainingHints.NONE;
        this.localization = localization != null ? localization.get() : Localization.load(settings.home().resolve("i18n"));
        this.attentions = store.attentions();
        this.advisors = store.advisors();
        this.settingStore = store.settings();
        this.signIn = new SignInService(store, new PinHasher(), settings.training(), clock);
        this.supervisorGate = new pe.macexpress.desk.advisor.SupervisorGate(store, signIn);
        // The catalogue in use gives each case its plazo (read at each visit, once everything is built).
        this.attentionService = new AttentionService(store, clock, new CasePolicy(this::catalog));
        this.cases = new CaseService(store, clock);
        this.complaints = new pe.macexpress.desk.voice.ComplaintService(store, clock,
                () -> settings.get(ConfigKeys.COMPLAINT_ANSWER_DAYS));
        this.captureService = new CaptureService(store, attentionService, clock);
        this.outbox = store.outbox();
        this.backups = BackupService.of(settings, clock);
        this.backups.sealOlderCopies(store); // issue 15: backups and aside copies from before encryption
        this.dailyPurge = new DailyPurge(retention());
        // Issue 16 (speech): only looks at the PATH's folders; no process starts before the first
        // canSpeak/say, and the voice list is then asked in the background.
        this.speech = pe.macexpress.desk.speech.EspeakSpeech.find(System.getenv("PATH"), this.localization,
                pe.macexpress.desk.speech.EspeakSpeech.Options.of(settings.get(ConfigKeys.SPEECH_RATE),
                        settings.get(ConfigKeys.SPEECH_VOICES)));
        this.parts = new CompletableFuture<>();
        // Issue 13 (incidents): a serious one asks for a sync now, once sync is built (offline it waits for the link).
        this.incidents = new IncidentService(store.incidents(), clock, () -> {
            if (this.parts.isDone() && !this.parts.isCompletedExceptionally()) {
                this.parts.join().sync.syncNow();
            }
        });
    }

    /**
     * Starts building what the sign-in screen does not need (HTTP client, training sandbox, central,
     * sync, identity) on threads of their own, if not yet started; {@link #ready()} completes then.
     * The desk calls it once the sign-in screen shows, so the two do not compete for the CPU.
     */
    public synchronized void buildRest() {
        if (restStarted || closed) {
            return;
        }
        restStarted = true;
        if (httpStart == null) {
            httpStart = startHttp();
            sandboxStart = startSandbox(settings);
        }
        CompletableFuture<SandboxServer> sandboxPart = sandboxStart;
        CompletableFuture<OkHttpClient> httpPart = httpStart;
        CompletableFuture.allOf(sandboxPart.exceptionally(e -> null), httpPart.exceptionally(e -> null))
                .thenRunAsync(() -> {
                    try {
                        runStartChores();
                        SandboxServer sandbox;
                        try {
                            sandbox = joinStart(sandboxPart);
                        } catch (UncheckedIOException e) {
                            throw new StoreException(StoreException.Kind.IO, "cannot start the training sandbox",
                                    e.getCause());
                        }
                        parts.complete(new Parts(sandbox, joinStart(httpPart)));
                    } catch (RuntimeException | Error e) {
                        parts.completeExceptionally(e);
                    }
                }, DeskContext::startThread);
    }

    private static CompletableFuture<OkHttpClient> startHttp() {
        return CompletableFuture.supplyAsync(OkHttpClient::new, DeskContext::startThread);
    }

    private static CompletableFuture<SandboxServer> startSandbox(DeskSettings settings) {
        return settings.training()
                ? CompletableFuture.supplyAsync(DeskContext::startSandbox, DeskContext::startThread)
                : CompletableFuture.completedFuture(null);
    }

    /** The parts behind the sign-in screen, started now if they were not (blocking until built). */
    private Parts parts() {
        buildRest();
        return joinStart(parts);
    }

    /**
     * Completes when everything beyond the sign-in screen is built (at once after {@link #open});
     * fails with what stopped it (e.g. a training sandbox that could not start: StoreException IO).
     */
    public CompletableFuture<Void> ready() {
        return parts.thenApply(p -> null);
    }

    /**
     * Portal addresses: the sandbox's look-alike pages in training (told which catalogue is served),
     * the catalogue's https ones in production, skipped while the last probe found no link.
     */
    private static PortalLinks buildPortalLinks(SandboxServer sandbox, OkHttpClient http,
                                                ConnectivityMonitor connectivity, CatalogService catalogs) {
        java.util.concurrent.atomic.AtomicBoolean offline = new java.util.concurrent.atomic.AtomicBoolean();
        connectivity.addListener(online -> offline.set(!online));
        if (sandbox != null) {
            sandbox.portals().serve(catalogs::current);
        }
        return new PortalLinks(sandbox != null ? sandbox.baseUrl() : "", offline::get,
                PortalCheck.http(http, PORTAL_TIMEOUT));
    }

    /**
     * The USB loop (bundle out, answer in), with what enrollment pinned, read at each use; the
     * results an answer carries reach their cases.
     */
    public static Bundles bundles(Store store, DeskSettings settings, Central central, CatalogService catalogs,
                                  Clock clock) {
        Bundles bundles = new Bundles(store, recordKinds(store), () -> new Bundles.Identity(settings.workstationId(),
                central.token(), central.bundleKey()), catalogs.sink(), clock);
        bundles.changesTo(new ChangeProcessor(store, clock));
        return bundles;
    }

    /** The record kinds this workstation sends to the central, most urgent first. */
    public static RecordKinds recordKinds(Store store) {
        return RecordKinds.of(new AttentionKind(store.attentions()),
                new CaptureKind(store.captures(), store.attachments()), new ClosureKind(store.cases()),
                // Issue 13 (survey, suggestions and compliments).
                new pe.macexpress.desk.voice.SurveyKind(store.feedback()),
                pe.macexpress.desk.voice.SuggestionKind.suggestions(store.feedback()),
                pe.macexpress.desk.voice.SuggestionKind.compliments(store.feedback()),
                // Issue 13 (timeline): visits' timelines, orientations and unmet requests.
                new pe.macexpress.desk.voice.VisitKind(store.timeline()),
                new pe.macexpress.desk.voice.OrientationKind(store.timeline()),
                // Issue 13 (complaints): the Libro de Reclamaciones, URGENT.
                new pe.macexpress.desk.voice.ComplaintKind(store.complaints()),
                // Issue 13 (incidents): URGENT.
                new IncidentKind(store.incidents()),
                // Issue 15 (audit): the audit chain's rows, each linked to the one before.
                new pe.macexpress.desk.sync.AuditKind(store.audit()));
    }

    /**
     * Opens the data folder of the configured mode. In training mode also starts the sandbox on a
     * free loopback port and seeds the demo advisors. Returns with everything built.
     *
     * @throws StoreException LOCKED when another instance uses the folder, READ_ONLY, CORRUPT, …
     */
    public static DeskContext open(DeskSettings settings, Clock clock) {
        // The commands wait for everything: the HTTP client and the sandbox start alongside the
        // database's check (three independent slow parts side by side).
        DeskContext ctx = open(settings, clock, startHttp(), startSandbox(settings), null);
        try {
            ctx.parts();
            return ctx;
        } catch (RuntimeException | Error e) {
            ctx.close();
            throw e;
        }
    }

    /**
     * Opens the data folder as far as the sign-in screen needs: the database checked, migrated and
     * open, the advisors (seeded in training) and the PIN check. The rest (HTTP client, training
     * sandbox, central, catalogue, sync, identity) is built by {@link #buildRest()} (or at the first
     * accessor that needs it, which then waits: from the FX thread only after {@link #ready()}).
     *
     * @throws StoreException LOCKED when another instance uses the folder, READ_ONLY, CORRUPT, …
     */
    /** How long the application waits for a background sync to stop when asked, before ending it. */
    static final java.time.Duration SYNC_TAKE_OVER_WAIT = java.time.Duration.ofSeconds(10);

    public static DeskContext openForSignIn(DeskSettings settings, Clock clock) {
        return openForSignIn(settings, clock, null);
    }

    /**
     * {@link #openForSignIn(DeskSettings, Clock)} with the texts the window loads while the database
     * opens ({@code localization} is asked once the database is open); null loads them here.
     */
    public static DeskContext openForSignIn(DeskSettings settings, Clock clock,
                                            java.util.function.Supplier<Localization> localization) {
        DeskContext ctx = open(settings, clock, null, null, localization);
        // The sign-in screen's first frame lists the advisors: read here, off the FX thread, once.
        ctx.advisorsAtOpen = ctx.signIn.advisors();
        StartupTrace.mark("open: advisors read");
        return ctx;
    }

    private static DeskContext open(DeskSettings settings, Clock clock, CompletableFuture<OkHttpClient> http,
                                    CompletableFuture<SandboxServer> starting,
                                    java.util.function.Supplier<Localization> localization) {
        StartupTrace.mark("open: begin");
        // Issue 15: a background sync holding the folder is asked to stop (and ended after a bounded wait).
        InstanceLock lock = InstanceLock.acquireTakingOverSync(settings.dataFolder(), SYNC_TAKE_OVER_WAIT);
        StartupTrace.mark("open: locked");
        Store db = null;
        try {
            StartupCheck.run(settings.databaseFile(), BackupService.of(settings, clock)).requireOpenable();
            StartupTrace.mark("open: checked");
            db = Store.open(settings.databaseFile(), clock);
            StartupTrace.mark("open: store open");
            DeskContext ctx = new DeskContext(settings, clock, lock, db, starting, http, localization);
            StartupTrace.mark("open: context built");
            if (settings.training()) {
                ctx.seedTrainingData();
            }
            ctx.outbox.resetInFlight();
            // The start's purge and backup run first when the rest is built ({@link #buildRest}), once:
            // a command waits for them; the window has them behind its sign-in screen, and no screen
            // that shows data opens before the purge.
            if (http != null) {
                ctx.buildRest();
            }
            return ctx;
        } catch (RuntimeException e) {
            // A sandbox that started while the database was refused must not keep its port.
            if (starting != null) {
                starting.thenAccept(started -> {
                    if (started != null) {
                        started.close();
                    }
                });
            }
            closeAll(db, null, lock);
            throw e;
        }
    }

    private static SandboxServer startSandbox() {
        try {
            return SandboxServer.start(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void startThread(Runnable work) {
        Thread t = new Thread(work, "desk-open-part");
        t.setDaemon(true);
        t.start();
    }

    /** The result of a part started in parallel, its failure thrown as it was. */
    private static <T> T joinStart(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static void closeAll(Store db, SandboxServer sandbox, InstanceLock lock) {
        if (sandbox != null) {
            sandbox.close();
        }
        if (db != null) {
            db.close();
        }
        lock.close();
    }

    /**
     * What every start does once the database is open: the retention purge (issue 15: every table and
     * file, backups and aside copies included), then the day's backup when something changed. Run
     * once, by {@link #buildRest}.
     */
    private void runStartChores() {
        try {
            retention().run(Retention.SYSTEM_ACTOR);
        } catch (StoreException e) {
            // A purge that could not finish (disk full during the vacuum…) does not keep the counter
            // closed: the daily check tries again. Logged by kind only, never with data.
            java.util.logging.Logger.getLogger(DeskContext.class.getName())
                    .warning("purge at start failed (" + e.kind() + "); tried again by the daily check");
        }
        dailyBackup();
        StartupTrace.mark("rest: purged and backed up");
    }

    /** The day's backup when something changed; a failure is kept for the UI, never fatal. */
    private void dailyBackup() {
        try {
            backups.backupIfChanged(store);
            backupProblem = null;
        } catch (StoreException e) {
            backupProblem = e;
        }
    }

    private void seedTrainingData() {
        if (advisors.point().isEmpty()) {
            advisors.savePoint(TrainingData.POINT);
        }
        if (advisors.activeAdvisors().isEmpty() || advisors.account(TrainingData.SUPERVISION.get(0).id()).isEmpty()) {
            PinHasher hasher = new PinHasher();
            // Issue 15 (roles): the demo point has advisors, a supervisor and a trainer (added to a
            // training folder seeded before them; the others are left as they are).
            for (Advisor a : TrainingData.everyone()) {
                if (advisors.account(a.id()).isPresent()) {
                    continue;
                }
                advisors.upsertAdvisor(a, TrainingData.role(a), hasher.hashKeyed(advisors.pepper(TrainingData.DEMO_PIN)));
            }
        }
    }

    private PideConfig pideConfig(SandboxServer sandbox) {
        if (sandbox != null) {
            return new PideConfig(sandbox.baseUrl(), PideConfig.RequestForm.POST, TrainingData.CREDENTIALS,
                    settings.get(ConfigKeys.PIDE_CONNECT_TIMEOUT), settings.get(ConfigKeys.PIDE_READ_TIMEOUT));
        }
        return PideConfig.fromSettings(settings);
    }

    private String healthUrl(PideConfig pide) {
        String configured = settings.get(ConfigKeys.HEALTH_URL);
        if (configured.isEmpty() && pide.baseUrl().isEmpty() && !settings.get(ConfigKeys.SYNC_BASE_URL).isEmpty()) {
            return new Central(settings.get(ConfigKeys.SYNC_BASE_URL), "").api() + "/health";
        }
        return configured.isEmpty() ? pide.baseUrl() + "/health" : configured;
    }

    /** Starts background work that outlives screens: the connectivity probe, the identity re-verifier. */
    public void startBackground() {
        Parts p = parts();
        p.connectivity.start(settings.get(ConfigKeys.HEALTH_INTERVAL));
        p.identity.startBackground();
        dailyPurge.start();
    }

    /** Issue 15 (purge): the one retention rule on this data folder (rows, documents, backups, aside copies). */
    public Retention retention() {
        return new Retention(store, backups, clock, settings.get(ConfigKeys.RETENTION_DAYS));
    }

    public DeskSettings settings() {
        return settings;
    }

    public Clock clock() {
        return clock;
    }

    public boolean training() {
        return settings.training();
    }

    public Store store() {
        return store;
    }

    /** The in-process sandbox of training mode; null in production. */
    public SandboxServer sandbox() {
        return parts().sandbox;
    }

    /** Demo PIN and practice documents for the screens of training mode; {@link TrainingHints#NONE} in production. */
    public TrainingHints trainingHints() {
        return trainingHints;
    }

    /** Where a portal procedure's page is, and where the desk's browser may go. */
    public PortalLinks portalLinks() {
        return parts().portalLinks;
    }

    public Localization localization() {
        return localization;
    }

    /** The catalogue in use now; screens take it between visits (see {@link #catalogs()}). */
    public Catalog catalog() {
        return parts().catalogs.current();
    }

    /** The catalogue in use and how a new one arrives (sync, USB file). */
    public CatalogService catalogs() {
        return parts().catalogs;
    }

    public AttentionStore attentions() {
        return attentions;
    }

    public SettingStore settingStore() {
        return settingStore;
    }

    public SignInService signIn() {
        return signIn;
    }

    /** Issue 15 (roles): checks a supervisor's own PIN before a supervisor-only action, and audits it. */
    public pe.macexpress.desk.advisor.SupervisorGate supervisorGate() {
        return supervisorGate;
    }

    public AttentionService attentionService() {
        return attentionService;
    }

    /** Capture forms with their documents, saved with their attention. */
    /** Training only: the practice entity that answers cases; empty in production. */
    public java.util.Optional<TrainingEntity> trainingEntity() {
        Parts p = parts();
        return p.sandbox == null ? java.util.Optional.empty()
                : java.util.Optional.of(new TrainingEntity(p.http, p.sandbox.baseUrl(), p.sandbox.adminToken()));
    }

    /** Cases followed to their final answer (the follow-up screen, the sign-in notice). */
    /** Issue 13 (complaints): the Libro de Reclamaciones (needs only the database). */
    public pe.macexpress.desk.voice.ComplaintService complaints() {
        return complaints;
    }

    public CaseService cases() {
        return cases;
    }

    /** The incident register (issue 13): any advisor registers, a supervisor closes serious ones. */
    public IncidentService incidents() {
        return incidents;
    }

    public CaptureService captureService() {
        return captureService;
    }

    public IdentityCheck identityCheck() {
        return parts().identityCheck;
    }

    /** Issue 15 (audit): who acts at this desk now, for the audit chain ("system" until someone signs in). */
    private volatile String auditActor = "system";
    /** The workstation's voice for citizen-facing texts (issue 16); none until one is found. */
    private volatile pe.macexpress.desk.speech.Speech speech = pe.macexpress.desk.speech.Speech.NONE;

    /** Reads citizen-facing texts aloud in the citizen's language ({@code Speech.NONE} without a synthesizer). */
    public pe.macexpress.desk.speech.Speech speech() {
        return speech;
    }

    /** Replaces the voice (tests give a recording one). */
    public void useSpeech(pe.macexpress.desk.speech.Speech speech) {
        this.speech = java.util.Objects.requireNonNull(speech);
    }

    /** The signed-in advisor's id (the screens call it at sign-in), for the audit chain's actor. */
    public void actingAdvisor(String advisorId) {
        this.auditActor = advisorId == null || advisorId.isBlank() ? "system" : advisorId;
    }

    /** The actor of audited actions taken through the screens (backups, enrollment). */
    public String auditActor() {
        return auditActor;
    }

    /** Who is asking PIDE, for the identity audit: {@code identityCheck().verify(document, queryContext(advisor, visitId))}. */
    public QueryContext queryContext(Advisor advisor, java.util.UUID visitId) {
        return QueryContext.forVisit(advisor.id(), settings.workstationId(), visitId);
    }

    /** Identity cache, audit, supervisor's flags, password change, re-verifier. */
    public IdentityServices identity() {
        return parts().identity;
    }

    public ConnectivityMonitor connectivity() {
        return parts().connectivity;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Batch sync with the central: "Sincronizar ahora", progress, quarantine, per-attention state. */
    public SyncService sync() {
        return parts().sync;
    }

    /** Bundle and answer files for a desk with no link (the Sync screen's USB buttons); blocking. */
    public Bundles bundles() {
        return parts().bundles;
    }

    /** Enrollment with a central, for the settings screen (blocking: run it as a background task). */
    public Enrollment enrollment() {
        return parts().enrollment;
    }

    /** The central's address and whether this workstation is enrolled. */
    public Central central() {
        return parts().central;
    }

    public BackupService backups() {
        return backups;
    }

    /**
     * The active advisors as read when the window opened the folder, for the sign-in screen's first
     * frame; empty for a command's opening (read them from {@link #signIn()}).
     */
    public Optional<List<Advisor>> advisorsAtOpen() {
        return Optional.ofNullable(advisorsAtOpen);
    }

    /** The last automatic backup's failure (folder missing, disk full, …), if it failed. */
    public Optional<StoreException> backupProblem() {
        return Optional.ofNullable(backupProblem);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (!restStarted) {
                parts.completeExceptionally(new IllegalStateException("closed before the rest was built"));
            }
        }
        // Waits for the parts still starting (a window closed at once), so none keeps a port or thread.
        Parts p = parts.exceptionally(e -> null).join();
        speech.stop(); // issue 16: nothing read aloud after the desk closes
        SandboxServer sandbox = p != null ? p.sandbox
                : sandboxStart == null ? null : sandboxStart.exceptionally(e -> null).join();
        dailyPurge.close();
        if (p != null) {
            p.connectivity.close();
            p.sync.close();
            p.identity.close();
        }
        OkHttpClient http = p != null ? p.http
                : httpStart == null ? null : httpStart.exceptionally(e -> null).join();
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        dailyBackup();
        closeAll(store, sandbox, lock);
    }
}
