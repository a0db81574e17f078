package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.CatalogException;
import pe.macexpress.desk.catalog.SignedCatalog;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.CaptureContent;
import pe.macexpress.desk.contract.Change;
import pe.macexpress.desk.contract.ChangesPage;
import pe.macexpress.desk.contract.EnrollAnswer;
import pe.macexpress.desk.contract.EnrollRequest;
import pe.macexpress.desk.contract.ErrorAnswer;
import pe.macexpress.desk.contract.Health;
import pe.macexpress.desk.contract.ReconcileAnswer;
import pe.macexpress.desk.contract.ReconcileRequest;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.UploadAnswer;
import pe.macexpress.desk.contract.UploadBatch;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.contract.Verdict;
import pe.macexpress.desk.contract.Wire;

/**
 * The reference implementation of the sync contract ({@code src/main/resources/api/sync-v1.yaml})
 * under {@code /api/v1}, speaking the records of {@code contract}: what a production central must
 * do, small enough to read. Idempotent: an upload stores a batch in one transaction and answers per
 * record. Record kinds are handled by {@link KindHandler}s; storage is the same for all. Admin
 * endpoints (stats, records, codes, revoke, changes, results, faults) are for tests and training,
 * and all need the admin token. Issue 15, a central that trusts nothing: a record belongs to the
 * workstation that sent it first (others get 403), reconciliation answers about the caller's own
 * records only, every record is checked ({@link RecordChecks}) before it is stored, enrollment
 * codes name their workstation and wrong ones lock the address out (429);
 * entities' results and the look-up of a code are in {@link Results}. Mounted on the training
 * sandbox's HTTP server, which listens on loopback only.
 */
public final class CentralApi {
    public static final String BASE_PATH = "/api/v1";
    private static final int MAX_INFLATED = 8 * 1024 * 1024;
    private static final int MAX_RECORD = 16 * 1024;
    private static final int MAX_SMALL_BODY = 16 * 1024;
    /** A workstation id as the desk's configuration allows it (letters, digits, ".", "-", "_"; 64 at most). */
    private static final java.util.regex.Pattern WORKSTATION_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** Issue 15: a record's time may run ahead of the central's clock by a badly set PC clock, not by years. */
    static final long MAX_CLOCK_AHEAD_MS = java.time.Duration.ofDays(30).toMillis();
    /** Above this, a revision is not a count of changes but an attempt to pin a record forever. */
    static final int MAX_REVISION = 1_000_000;

    private final CentralStore store;
    private final AttachmentUploads attachments;
    private final Map<String, KindHandler> handlers = new ConcurrentHashMap<>();
    private final CatalogPublisher catalogs;
    private final Results results;
    private final BundleImports bundles;
    private final String adminToken;
    private final AttemptLimiter enrollTries;
    private volatile boolean faultInjection;
    private int faultStatus;
    private int faultRetryAfter;
    private int faultTimes;
    private boolean faultDropAfterCommit;

    /**
     * @param adminToken the bearer token every admin call needs ({@code Authorization: Bearer …})
     */
    public CentralApi(CentralStore store, List<KindHandler> handlers, String adminToken) {
        this(store, handlers, adminToken, AttemptLimiter.enrollment());
    }

    CentralApi(CentralStore store, List<KindHandler> handlers, String adminToken, AttemptLimiter enrollTries) {
        this.store = store;
        this.enrollTries = enrollTries;
        this.attachments = new AttachmentUploads(store);
        handlers.forEach(this::accept);
        this.catalogs = new CatalogPublisher(store);
        this.results = new Results(store);
        this.bundles = new BundleImports(store, attachments, catalogs, (ws, records) -> storeRecords(ws, records, false));
        if (adminToken == null || adminToken.strip().length() < 16) {
            throw new IllegalArgumentException("the admin token must have at least 16 characters");
        }
        this.adminToken = adminToken.strip();
    }

    /** The central of training and tests: attentions and captures, a fresh admin token (see {@link #adminToken()}). */
    public static CentralApi reference(CentralStore store) {
        return reference(store, null);
    }

    /**
     * The central of training and tests with the admin token an operator chose ({@code sandbox
     * --admin-token}); null draws a fresh one.
     */
    public static CentralApi reference(CentralStore store, String adminToken) {
        if (adminToken == null) {
            byte[] token = new byte[24];
            new java.security.SecureRandom().nextBytes(token);
            adminToken = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(token);
        }
        CentralApi api = new CentralApi(store, List.of(), adminToken);
        api.accept(new AttentionHandler(api.catalogs::knows));
        api.accept(new CaptureHandler(api.catalogs::knows));
        api.accept(new ClosureHandler());
        // Issue 13 (survey, suggestions and compliments).
        api.accept(new SurveyHandler());
        api.accept(new SuggestionHandler(pe.macexpress.desk.contract.SuggestionContent.SUGGESTION));
        api.accept(new SuggestionHandler(pe.macexpress.desk.contract.SuggestionContent.COMPLIMENT));
        // Issue 13 (timeline): visits and orientations.
        api.accept(new VisitHandler());
        api.accept(new OrientationHandler());
        api.accept(new ComplaintHandler());
        api.accept(new IncidentHandler());
        api.accept(new AuditHandler(store)); // issue 15 (audit)
        return api;
    }

    /**
     * Issue 15: {@code /admin/faults} exists from now on (still behind the admin token). Only a
     * central started for tests calls this; training and {@code sandbox} without
     * {@code --fault-injection} answer 404 there.
     */
    public void enableFaultInjection() {
        faultInjection = true;
    }

    public boolean faultInjection() {
        return faultInjection;
    }

    /** What an operator gives admin calls ({@code Authorization: Bearer …}); printed by {@code sandbox}. */
    public String adminToken() {
        return adminToken;
    }

    /** Publishes a catalogue to every workstation (checked like the desk checks it, then signed). */
    public Catalog publishCatalog(byte[] catalogJson) throws CatalogException {
        return catalogs.publish(catalogJson, System.currentTimeMillis());
    }

    /** The key workstations pin at enrollment to check catalogue signatures (base64). */
    public String catalogKey() {
        return catalogs.publicKeyBase64();
    }

    /** The key workstations pin at enrollment to seal USB bundles for this central (base64 X.509 X25519). */
    public String bundleKey() {
        return bundles.publicKeyBase64();
    }

    /** Accepts records of one more kind from now on. */
    public void accept(KindHandler handler) {
        handlers.put(handler.schema().kind(), handler);
    }

    /** The kinds accepted, sorted by name. */
    public List<String> kinds() {
        return handlers.keySet().stream().sorted().toList();
    }

    public void register(HttpServer http) {
        http.createContext(BASE_PATH + "/health", ex -> handle(ex, () -> json(ex, 200, Health.OK)));
        http.createContext(BASE_PATH + "/enroll", ex -> handle(ex, () -> enroll(ex)));
        http.createContext(BASE_PATH + "/records", ex -> handle(ex, () -> upload(ex)));
        // Workstations from before record kinds upload here; same handler, their records have no kind.
        http.createContext(BASE_PATH + "/attentions", ex -> handle(ex, () -> upload(ex)));
        http.createContext(BASE_PATH + "/reconcile", ex -> handle(ex, () -> reconcile(ex)));
        http.createContext(BASE_PATH + "/changes", ex -> handle(ex, () -> changes(ex)));
        http.createContext(BASE_PATH + "/catalog", ex -> handle(ex, () -> catalog(ex)));
        http.createContext(BASE_PATH + "/admin", ex -> handle(ex, () -> admin(ex)));
        http.createContext(BASE_PATH + "/attachments/", ex -> handle(ex, () -> attachment(ex)));
        http.createContext(BASE_PATH + "/codes/", ex -> handle(ex, () -> code(ex)));
        http.createContext(BASE_PATH + "/bundles", ex -> handle(ex, () -> bundles.handle(ex)));
    }

    public CentralStore store() {
        return store;
    }

    private interface Handler {
        void run() throws IOException;
    }

    private void handle(HttpExchange ex, Handler h) {
        try {
            h.run();
        } catch (IOException | RuntimeException e) {
            // The client went away, or the request was unreadable after the headers: nothing to answer.
        } finally {
            ex.close();
        }
    }

    /** The admin-injected fault for the next API call: true when it was answered (or dropped) here. */
    private synchronized boolean takeStatusFault(HttpExchange ex) throws IOException {
        if (faultTimes <= 0 || faultStatus == 0) {
            return false;
        }
        faultTimes--;
        if (faultRetryAfter >= 0) {
            ex.getResponseHeaders().set("Retry-After", String.valueOf(faultRetryAfter));
        }
        json(ex, faultStatus, new ErrorAnswer("injected"));
        return true;
    }

    private synchronized boolean takeDropFault() {
        if (faultTimes <= 0 || !faultDropAfterCommit) {
            return false;
        }
        faultTimes--;
        return true;
    }

    private String workstation(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            var ws = store.workstation(auth.substring(7).strip());
            if (ws.isPresent()) {
                return ws.get();
            }
        }
        json(ex, 401, new ErrorAnswer("unauthorized"));
        return null;
    }

    private boolean post(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "POST");
            json(ex, 405, new ErrorAnswer("method"));
            return false;
        }
        return true;
    }

    /**
     * POST /enroll: a code for one workstation, once, before it expires. Failures are counted per
     * client address: past a few, the address is locked out (429 with Retry-After) however good
     * its next code is. A code issued for another workstation, or a preset code offered for a
     * workstation that already has a token, is refused like an unknown one (403).
     */
    private void enroll(HttpExchange ex) throws IOException {
        if (!post(ex)) {
            return;
        }
        String client = ex.getRemoteAddress().getAddress().getHostAddress();
        long wait = enrollTries.retryAfterSeconds(client);
        if (wait > 0) {
            ex.getResponseHeaders().set("Retry-After", String.valueOf(wait));
            json(ex, 429, new ErrorAnswer("too many tries"));
            return;
        }
        EnrollRequest body = small(ex, EnrollRequest.class);
        if (body == null) {
            enrollTries.failed(client);
            return;
        }
        String ws = body.workstationId() == null ? "" : body.workstationId().strip();
        if (!WORKSTATION_ID.matcher(ws).matches()) {
            enrollTries.failed(client);
            json(ex, 422, new ErrorAnswer("invalid workstation"));
            return;
        }
        CentralStore.Enrolled enrolled = store.enroll(body.code() == null ? "" : body.code(), ws,
                System.currentTimeMillis());
        if (enrolled.outcome() != CentralStore.EnrollOutcome.ENROLLED) {
            enrollTries.failed(client);
            json(ex, 403, new ErrorAnswer("bad code"));
            return;
        }
        enrollTries.succeeded(client);
        json(ex, 200, new EnrollAnswer(enrolled.token(), ws, catalogs.publicKeyBase64(), bundles.publicKeyBase64()));
    }

    /** A small JSON body as a contract record; null (and 400 answered) when unreadable. */
    private <T> T small(HttpExchange ex, Class<T> type) throws IOException {
        return readOr400(ex, ex.getRequestBody().readNBytes(MAX_SMALL_BODY), false, type);
    }

    /** A gzip JSON body (upload, reconcile) as a contract record; null (and 4xx answered) when refused. */
    private <T> T gzipBody(HttpExchange ex, Class<T> type) throws IOException {
        byte[] raw = ex.getRequestBody().readNBytes(UploadBatch.MAX_GZIP_BYTES + 1);
        if (raw.length > UploadBatch.MAX_GZIP_BYTES) {
            json(ex, 413, new ErrorAnswer("too large"));
            return null;
        }
        return readOr400(ex, raw, "gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding")), type);
    }

    /** {@code raw} (inflated when gzip) as a contract record; null, with 400 answered, when it is not one. */
    private <T> T readOr400(HttpExchange ex, byte[] raw, boolean gzip, Class<T> type) throws IOException {
        try {
            return Wire.read(gzip ? Wire.gunzip(raw, MAX_INFLATED) : raw, type);
        } catch (IOException e) {
            json(ex, 400, new ErrorAnswer("unreadable"));
            return null;
        }
    }

    /** A workstation's gzip POST (upload, reconcile) that got past faults, the token and the body's shape. */
    private record Authorized<T>(String workstation, T body) {
    }

    /** The common front of /records and /reconcile; null once an answer (fault, 401, 405, 4xx) was sent. */
    private <T> Authorized<T> authorizedGzipPost(HttpExchange ex, Class<T> type) throws IOException {
        if (takeStatusFault(ex)) {
            return null;
        }
        String ws = workstation(ex);
        if (ws == null || !post(ex)) {
            return null;
        }
        T body = gzipBody(ex, type);
        return body == null ? null : new Authorized<>(ws, body);
    }

    private void upload(HttpExchange ex) throws IOException {
        Authorized<UploadBatch> call = authorizedGzipPost(ex, UploadBatch.class);
        if (call == null) {
            return;
        }
        String ws = call.workstation();
        UploadBatch batch = call.body();
        if (batch.records().size() > UploadBatch.MAX_RECORDS) {
            json(ex, 413, new ErrorAnswer("too many records"));
            return;
        }
        UploadAnswer answer;
        try {
            answer = storeRecords(ws, batch.records(), true);
        } catch (NotYours e) {
            json(ex, 403, new ErrorAnswer("not yours"));
            return;
        }
        if (answer == null) {
            return; // committed, then the answer is lost: the client must resend and get duplicates
        }
        json(ex, 200, answer);
    }

    /**
     * Issue 15: a batch holding a record another workstation sent first. Nothing of it was stored;
     * online the upload is answered 403, in a USB bundle the part is refused.
     */
    static final class NotYours extends IOException {
        NotYours() {
            super("a record of the batch belongs to another workstation");
        }
    }

    /**
     * Validates and stores records of a workstation in one transaction, idempotently, and answers
     * per record: the one path of online uploads and USB bundles. Null when an injected fault drops
     * the answer after the commit ({@code faults} true: online uploads only).
     *
     * @throws NotYours when a record of the batch is another workstation's (nothing stored)
     */
    UploadAnswer storeRecords(String ws, List<UploadRecord> r, boolean faults) throws IOException {
        List<CentralStore.Incoming> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        Map<Integer, RejectReason> rejected = new HashMap<>();
        Map<String, List<JsonNode>> admitted = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            UploadRecord rec = r.get(i);
            Optional<RejectReason> why = validate(rec);
            if (why.isEmpty()) { // issue 15 (audit): checks against what the central holds for this workstation
                List<JsonNode> earlier = admitted.computeIfAbsent(rec.kindOrDefault(), k -> new ArrayList<>());
                why = handlers.get(rec.kindOrDefault()).admit(ws, rec.content(), earlier);
                if (why.isEmpty()) {
                    earlier.add(rec.content());
                }
            }
            if (why.isPresent()) {
                rejected.put(i, why.get());
            } else {
                valid.add(new CentralStore.Incoming(rec.kindOrDefault(), rec.id(), rec.hash(), rec.revision(),
                        rec.schemaVersionOrDefault(), Wire.mapper().writeValueAsString(rec.content())));
                validIndex.add(i);
            }
        }
        List<CentralStore.Verdict> verdicts = store.store(ws, valid, System.currentTimeMillis());
        if (verdicts.contains(CentralStore.Verdict.NOT_YOURS)) {
            throw new NotYours();
        }
        if (faults && takeDropFault()) {
            return null;
        }
        Map<Integer, CentralStore.Verdict> byIndex = new HashMap<>();
        for (int k = 0; k < verdicts.size(); k++) {
            byIndex.put(validIndex.get(k), verdicts.get(k));
        }
        List<Verdict> x = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        for (int i = 0; i < r.size(); i++) {
            if (rejected.containsKey(i)) {
                x.add(Verdict.rejected(i, rejected.get(i)));
                continue;
            }
            switch (byIndex.get(i)) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> {
                    duplicates++;
                    x.add(Verdict.duplicate(i));
                }
                case CONFLICT -> x.add(Verdict.conflict(i));
                case NOT_YOURS -> throw new NotYours(); // never here: the store refused the batch
            }
        }
        return new UploadAnswer(r.size(), accepted, duplicates, x);
    }

    /** The checks every kind shares, then the kind's own; empty when the record can be stored. */
    private Optional<RejectReason> validate(UploadRecord rec) {
        try {
            UUID.fromString(rec.id() == null ? "" : rec.id());
        } catch (IllegalArgumentException e) {
            return Optional.of(RejectReason.INVALID);
        }
        JsonNode a = rec.content();
        if (a == null || !a.isObject() || rec.hash() == null || rec.revision() < 0 || rec.revision() > MAX_REVISION) {
            return Optional.of(RejectReason.INVALID);
        }
        if (a.toString().length() > MAX_RECORD) {
            return Optional.of(RejectReason.TOO_LARGE);
        }
        Optional<RejectReason> texts = RecordChecks.texts(a);
        if (texts.isPresent()) {
            return texts;
        }
        KindHandler handler = handlers.get(rec.kindOrDefault());
        int sv = rec.schemaVersionOrDefault();
        if (handler == null || !handler.schema().knows(sv)) {
            return Optional.of(RejectReason.UNKNOWN_KIND);
        }
        Optional<RejectReason> times = RecordChecks.times(a, handler.timeFields(), System.currentTimeMillis());
        if (times.isPresent()) {
            return times;
        }
        Optional<RejectReason> own = handler.validate(a, sv);
        if (own.isPresent()) {
            return own;
        }
        if (!handler.schema().hash(a, sv).equals(rec.hash())) {
            return Optional.of(RejectReason.HASH_MISMATCH);
        }
        return Optional.empty();
    }

    private void reconcile(HttpExchange ex) throws IOException {
        Authorized<ReconcileRequest> call = authorizedGzipPost(ex, ReconcileRequest.class);
        if (call == null) {
            return;
        }
        ReconcileRequest body = call.body();
        if (body.pairs().size() > ReconcileRequest.MAX_PAIRS) {
            json(ex, 413, new ErrorAnswer("too many pairs"));
            return;
        }
        List<String> ids = body.pairs().stream().map(p -> p.id() == null ? "" : p.id()).toList();
        List<String> held = store.hashes(call.workstation(), body.kindOrDefault(), ids);
        List<Integer> missing = new ArrayList<>();
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (held.get(i) == null) {
                missing.add(i);
            } else if (!held.get(i).equals(body.pairs().get(i).hash())) {
                differing.add(i);
            }
        }
        json(ex, 200, new ReconcileAnswer(missing, differing));
    }

    private void changes(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex)) {
            return;
        }
        String ws = workstation(ex);
        if (ws == null) {
            return;
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        long since = parse(q.get("since"), 0);
        int limit = (int) Math.max(1, Math.min(ChangesPage.MAX_LIMIT, parse(q.get("limit"), ChangesPage.MAX_LIMIT)));
        List<CentralStore.StoredChange> rows = store.changes(ws, since, limit + 1);
        List<Change> page = rows.subList(0, Math.min(limit, rows.size())).stream()
                .map(c -> new Change(c.seq(), c.type(), c.ref(), c.body())).toList();
        long cursor = page.isEmpty() ? since : page.get(page.size() - 1).seq();
        json(ex, 200, new ChangesPage(cursor, rows.size() > limit ? Boolean.TRUE : null, page));
    }

    /** GET (status) or PUT (bytes) of one attachment; see {@link AttachmentUploads}. */
    private void attachment(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex)) {
            return;
        }
        String ws = workstation(ex);
        if (ws != null) {
            attachments.handle(ex, ws, ex.getRequestURI().getPath().substring((BASE_PATH + "/attachments/").length()));
        }
    }

    /** GET where the procedure behind an attention code stands; any enrolled workstation may ask. */
    private void code(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex) || workstation(ex) == null) {
            return;
        }
        results.lookup(ex, ex.getRequestURI().getPath().substring((BASE_PATH + "/codes/").length()));
    }

    /** Attachment body bytes read since start, whole chunks or not (what crossed the link). */
    public long attachmentBytesReceived() {
        return attachments.bytesReceived();
    }

    /** The accepted file of an attachment, if the central holds one. */
    public Optional<java.nio.file.Path> attachmentFile(String id) {
        return attachments.accepted(id);
    }

    private void catalog(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex) || workstation(ex) == null) {
            return;
        }
        CatalogPublisher.Served served = catalogs.served();
        ex.getResponseHeaders().set("ETag", served.etag());
        if (served.etag().equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, served.gzip());
        } else {
            send(ex, 200, served.body());
        }
    }

    /**
     * GET stats | GET records | POST enrollment-codes | POST revoke | POST changes | POST results
     * (admin token) | POST/DELETE faults | PUT catalog (admin token).
     */
    private void admin(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring((BASE_PATH + "/admin").length());
        String method = ex.getRequestMethod();
        // Issue 15: every admin call, reads included, needs the admin token (anyone could revoke any workstation).
        if (!hasAdminToken(ex)) {
            return;
        }
        switch (path) {
            case "/stats" -> {
                long[] attached = store.attachmentTotals();
                Map<String, Long> kinds = store.countsByKind();
                json(ex, 200, new Admin.Stats(store.attentions(), store.stat("uploads"),
                        store.stat("duplicates"), kinds, kinds.getOrDefault(CaptureContent.KIND, 0L),
                        attached[0], attached[1], kinds.getOrDefault(Admin.Stats.SURVEY, 0L),
                        kinds.getOrDefault(Admin.Stats.COMPLAINT, 0L), kinds.getOrDefault(Admin.Stats.SUGGESTION, 0L),
                        kinds.getOrDefault(Admin.Stats.COMPLIMENT, 0L), kinds.getOrDefault(Admin.Stats.INCIDENT, 0L),
                        kinds.getOrDefault(pe.macexpress.desk.contract.AuditContent.KIND, 0L)));
            }
            case "/records" -> json(ex, 200, new Admin.Records(store.records()));
            case "/enrollment-codes" -> {
                Admin.Code body = post(ex) ? small(ex, Admin.Code.class) : null;
                if (body != null) {
                    issueCode(ex, body);
                }
            }
            case "/revoke" -> {
                Admin.Revoke body = post(ex) ? small(ex, Admin.Revoke.class) : null;
                if (body != null) {
                    json(ex, 200, new Admin.Revoked(store.revoke(body.workstationId() == null ? "" : body.workstationId())));
                }
            }
            case "/changes" -> {
                Admin.NewChange body = post(ex) ? small(ex, Admin.NewChange.class) : null;
                if (body != null) {
                    json(ex, 200, new Admin.ChangeAdded(store.addChange(orEmpty(body.workstationId()),
                            body.type() == null ? "message" : body.type(), orEmpty(body.ref()), orEmpty(body.body()))));
                }
            }
            case "/faults" -> {
                if (!faultInjection) {
                    json(ex, 404, new ErrorAnswer("unknown admin path"));
                    return;
                }
                boolean clear = "DELETE".equals(method);
                Admin.Faults body = clear ? new Admin.Faults(null, null, null, null)
                        : smallOrEmpty(ex, Admin.Faults.class, new Admin.Faults(null, null, null, null));
                synchronized (this) {
                    faultStatus = clear || body.status() == null ? 0 : body.status();
                    faultRetryAfter = body.retryAfter() == null ? -1 : body.retryAfter();
                    faultTimes = clear ? 0 : body.times() == null ? 1 : body.times();
                    faultDropAfterCommit = Boolean.TRUE.equals(body.dropAfterCommit());
                }
                json(ex, 200, new Admin.FaultsSet("set"));
            }
            case "/catalog" -> publish(ex);
            case "/results" -> {
                Admin.NewResult body = post(ex) ? small(ex, Admin.NewResult.class) : null;
                if (body != null) {
                    results.record(ex, body, System.currentTimeMillis());
                }
            }
            default -> json(ex, 404, new ErrorAnswer("unknown admin path"));
        }
    }

    /**
     * POST /admin/enrollment-codes: a code for the one workstation the body names ({@code w}),
     * issued (or the operator's own, for training), expiring after {@code ttlHours} (default 72).
     */
    private void issueCode(HttpExchange ex, Admin.Code body) throws IOException {
        String ws = body.workstationId() == null ? "" : body.workstationId().strip();
        if (!WORKSTATION_ID.matcher(ws).matches()) {
            json(ex, 400, new ErrorAnswer("a code names its workstation (w)"));
            return;
        }
        long ttlHours = body.ttlHours() == null ? CentralStore.DEFAULT_CODE_TTL.toHours() : body.ttlHours();
        if (ttlHours < 1 || ttlHours > 24 * 30) {
            json(ex, 400, new ErrorAnswer("ttlHours between 1 and 720"));
            return;
        }
        long now = System.currentTimeMillis();
        java.time.Duration ttl = java.time.Duration.ofHours(ttlHours);
        String code;
        if (body.code() != null && !body.code().isBlank()) {
            if (!pe.macexpress.desk.security.EnrollmentCode.isWellFormed(body.code())) {
                json(ex, 400, new ErrorAnswer("not a code"));
                return;
            }
            code = store.presetCode(body.code(), ws, ttl, now);
        } else {
            code = store.issueCode(ws, ttl, now);
        }
        json(ex, 200, new Admin.Code(code, ws, now + ttl.toMillis(), null));
    }

    /** Whether the call carries the admin token; false once 401 was answered. Compared in constant time. */
    private boolean hasAdminToken(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth == null || !java.security.MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + adminToken).getBytes(StandardCharsets.UTF_8))) {
            json(ex, 401, new ErrorAnswer("unauthorized"));
            return false;
        }
        return true;
    }

    /** PUT /admin/catalog: a new catalogue for every workstation; needs the admin token. */
    private void publish(HttpExchange ex) throws IOException {
        if (!"PUT".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "PUT");
            json(ex, 405, new ErrorAnswer("method"));
            return;
        }
        byte[] body = ex.getRequestBody().readNBytes(SignedCatalog.MAX_BYTES + 1);
        if (body.length > SignedCatalog.MAX_BYTES) {
            json(ex, 413, new ErrorAnswer("too large"));
            return;
        }
        try {
            Catalog c = publishCatalog(body);
            json(ex, 200, new Admin.CatalogPublished(c.version(), c.all().size(), c.entities().size()));
        } catch (CatalogException e) {
            json(ex, 400, new ErrorAnswer(e.getMessage()));
        }
    }

    /** Like {@link #small} but an empty or unreadable body means {@code empty}. */
    private <T> T smallOrEmpty(HttpExchange ex, Class<T> type, T empty) throws IOException {
        try {
            return Wire.read(ex.getRequestBody().readNBytes(MAX_SMALL_BODY), type);
        } catch (IOException e) {
            return empty;
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static long parse(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return m;
    }

    /** A contract record as JSON, gzip when the client accepts it and it is worth it (small answers grow). */
    static void json(HttpExchange ex, int status, Object value) throws IOException {
        byte[] body = Wire.json(value);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (body.length > 512 && accept != null && accept.contains("gzip")) {
            body = Wire.gzip(body);
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        send(ex, status, body);
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
