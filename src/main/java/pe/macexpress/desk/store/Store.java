package pe.macexpress.desk.store;

import java.nio.file.Path;
import java.time.Clock;

/**
 * The workstation's local store: one SQLite file, its repositories (one per aggregate), and
 * transactions that span several of them. The only way into the database from outside this
 * package; SQL never leaves it.
 *
 * <p>Durability: WAL with {@code synchronous=FULL}; a write that returned is on disk (see
 * {@link Database}).
 */
public final class Store implements AutoCloseable {
    private final Database db;
    private final AttentionStore attentions;
    private final AdvisorStore advisors;
    private final SettingStore settings;
    private final Outbox outbox;
    private final IdentityCacheStore identityCache;
    private final IdentityAuditStore identityAudit;
    private final IdentityFlagStore identityFlags;
    private final CentralInbox inbox;
    private final AttachmentStore attachments;
    private final CaptureStore captures;
    private final CaseStore cases;
    private final BundleStore bundles;
    private final FeedbackStore feedback;
    private final TimelineStore timeline;
    private final ComplaintStore complaints;
    private final IncidentStore incidents;
    private final AuditChainStore audit;
    private final ReportStore reports;
    private final SealedDocuments documents;

    private Store(Database db, Clock clock) {
        this.db = db;
        this.outbox = new Outbox(db, clock);
        this.attentions = new AttentionStore(db, outbox, clock);
        this.advisors = new AdvisorStore(db);
        this.settings = new SettingStore(db);
        this.identityCache = new IdentityCacheStore(db);
        this.identityAudit = new IdentityAuditStore(db);
        this.identityFlags = new IdentityFlagStore(db);
        this.inbox = new CentralInbox(db);
        this.attachments = new AttachmentStore(db, clock);
        this.captures = new CaptureStore(db, outbox);
        this.cases = new CaseStore(db, outbox, clock);
        this.bundles = new BundleStore(db);
        this.feedback = new FeedbackStore(db, outbox);
        this.timeline = new TimelineStore(db, outbox, clock);
        this.complaints = new ComplaintStore(db, outbox, clock);
        this.incidents = new IncidentStore(db, outbox, clock);
        this.audit = new AuditChainStore(db, outbox, clock);
        this.reports = new ReportStore(db);
        this.documents = new SealedDocuments(db.sealing());
    }

    /**
     * Opens (creating it when absent) and migrates the database file. Callers that must not create
     * or change a damaged file run {@link StartupCheck} first.
     *
     * @throws StoreException classified: FULL, READ_ONLY, LOCKED, CORRUPT, NEWER_SCHEMA, IO
     */
    public static Store open(Path file, Clock clock) {
        Store store = new Store(Database.open(file), clock);
        // Issue 15: documents an older version wrote in clear, once per database (not a scan of every file at
        // every open: what is written since is sealed when written).
        if (store.settings().get(Setting.DOCUMENTS_SEALED).isEmpty()
                && store.documents.sealExisting(store.attachmentsFolder()) >= 0) {
            store.settings().put(Setting.DOCUMENTS_SEALED, PersonalData.VERSION);
        }
        return store;
    }

    /** Issue 15: opened with {@code sealing} instead of the database's key (the store benchmark's baseline only). */
    static Store open(Path file, Clock clock, Sealing sealing) {
        return new Store(Database.open(file, sealing), clock);
    }

    /** Runs {@code work} in one transaction across repositories: all of it is committed, or none. */
    public <T> T write(TransactionWork<T> work) {
        return db.write(c -> work.run(new Transaction(c)));
    }

    public AttentionStore attentions() {
        return attentions;
    }

    public AdvisorStore advisors() {
        return advisors;
    }

    public SettingStore settings() {
        return settings;
    }

    public Outbox outbox() {
        return outbox;
    }

    public IdentityCacheStore identityCache() {
        return identityCache;
    }

    public IdentityAuditStore identityAudit() {
        return identityAudit;
    }

    public IdentityFlagStore identityFlags() {
        return identityFlags;
    }

    /** What the central sent back ({@code GET /changes}), kept until it is processed. */
    public CentralInbox inbox() {
        return inbox;
    }

    /** Captured documents and their upload progress; their bytes are in {@link #attachmentsFolder()}. */
    public AttachmentStore attachments() {
        return attachments;
    }

    /** Capture forms filled at the counter; saved with their attention, sent as records of their own. */
    /** USB bundles written here and the keys of their answers. */
    public BundleStore bundles() {
        return bundles;
    }

    public CaptureStore captures() {
        return captures;
    }

    /** Cases: attentions whose final answer is awaited, and how each ended. */
    public CaseStore cases() {
        return cases;
    }

    /** Issue 13: anonymous satisfaction surveys, suggestions and compliments. */
    public FeedbackStore feedback() {
        return feedback;
    }

    /** Issue 13 (timeline): the arrival queue, visits' timelines, orientations and unmet requests. */
    public TimelineStore timeline() {
        return timeline;
    }

    /** Issue 13 (complaints): the Libro de Reclamaciones, numbered per point. */
    public ComplaintStore complaints() {
        return complaints;
    }

    /** The point's incident register (issue 13). */
    public IncidentStore incidents() {
        return incidents;
    }

    /** Issue 14: what the reports read over a period, nothing personal. */
    public ReportStore reports() {
        return reports;
    }

    /** Issue 15: the audit hash chain (every audited action, tamper-evident). */
    public AuditChainStore audit() {
        return audit;
    }

    /**
     * Where captured documents' files live: beside the database, not inside it (a 150 KB photo per
     * capture would bloat every backup and WAL checkpoint). Created by whoever writes the first file,
     * private to the OS user (0700).
     */
    public Path attachmentsFolder() {
        return db.file().toAbsolutePath().resolveSibling("attachments");
    }

    /** Issue 15: how the documents in {@link #attachmentsFolder()} are written sealed and read back. */
    public SealedDocuments documents() {
        return documents;
    }

    public Path file() {
        return db.file();
    }

    public int schemaVersion() {
        return db.schemaVersion();
    }

    Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
