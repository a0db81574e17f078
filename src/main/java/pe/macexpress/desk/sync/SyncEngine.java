package pe.macexpress.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.contract.ChangesPage;
import pe.macexpress.desk.contract.ReconcileAnswer;
import pe.macexpress.desk.contract.ReconcileRequest;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.contract.UploadAnswer;
import pe.macexpress.desk.contract.UploadBatch;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.store.AcknowledgedRecord;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.SettingStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.sync.OutboxRecords.Key;

/**
 * Drains the outbox in bounded batches (≤ 200 records, ≤ 256 KB gzip), records of every kind
 * together, the most urgent kinds first. A batch is marked {@code sending} before it leaves; the
 * central's per-record answer is applied with the checkpoint in one transaction; a failed try
 * resends the same batch after a backoff, so after a crash or a drop at most the batch in flight
 * goes again (the central answers "duplicate" for what it had). Rejected and conflicting records
 * are quarantined and never block the rest. The engine knows no kind: each {@link RecordKind}
 * reads and serializes its own records. Documents (captured attachments) go after the records,
 * through {@link AttachmentUploader}, which yields to records saved meanwhile.
 */
public final class SyncEngine {
    private static final int RECONCILE_CHUNK = 2000;
    private static final int CHANGE_PAGES_PER_RUN = 5;
    /**
     * Issue 15: what one run may pull from {@code /changes}, and what the inbox may hold waiting to be
     * applied; beyond, the cursor stays where it is and the rest comes in later runs (nothing is lost,
     * the central keeps it). A single change's body beyond {@link #MAX_CHANGE_BODY} is kept aside
     * without its body. Without these a central (or anyone answering in its name) grew the local
     * database by 80 MB in 3 runs.
     */
    public static final int MAX_PULL_CHANGES = 2000;
    public static final long MAX_PULL_BYTES = 2L * 1024 * 1024;
    public static final int MAX_INBOX_WAITING = 5000;
    public static final long MAX_INBOX_BYTES = 8L * 1024 * 1024;
    public static final int MAX_CHANGE_BODY = 64 * 1024;

    private final Store store;
    private final Outbox outbox;
    private final SettingStore settings;
    private final RecordKinds kinds;
    private final CentralClient client;
    private final SyncConfig config;
    private final Clock clock;
    private final Backoff backoff;
    private final AttachmentUploader documents;
    private final OutboxRecords encoder;
    private final Object sleeping = new Object();
    private volatile CatalogSink catalogSink;
    private volatile ChangeSink changeSink;
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(SyncEngine.class.getName());
    private volatile boolean stopped;

    public SyncEngine(Store store, RecordKinds kinds, CentralClient client, SyncConfig config, Clock clock) {
        this(store, kinds, client, config, clock, AttachmentUploader.Settings.defaults());
    }

    SyncEngine(Store store, RecordKinds kinds, CentralClient client, SyncConfig config, Clock clock,
               AttachmentUploader.Settings documentSettings) {
        this.store = store;
        this.outbox = store.outbox();
        this.settings = store.settings();
        this.kinds = kinds;
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.backoff = new Backoff(config.backoffBase(), config.backoffCap(), new Random());
        this.documents = new AttachmentUploader(store, client, config, documentSettings);
        this.encoder = new OutboxRecords(kinds, outbox);
    }

    /** One full batch sync: uploads until the queue is empty or the central stays unreachable. Blocks. */
    public SyncResult run(SyncListener listener) {
        BlockingCall.requireBackgroundThread("sync (use SyncService.syncNow())");
        stopped = false;
        Run run = new Run(listener, outbox.counts().unsent());
        if (!client.central().enrolled()) {
            return run.finish(SyncOutcome.UNAUTHORIZED, SyncState.UNAUTHORIZED, SyncError.NOT_ENROLLED);
        }
        run.publish(SyncState.RUNNING, null);
        kinds.all().forEach(k -> k.release(clock.instant()));
        SyncResult ended = drain(run);
        if (ended != null) {
            return ended;
        }
        // The central's messages and a new catalogue are small: they never wait behind photos on a
        // link that may drop before the documents are through.
        if (!stopped) {
            pullChanges(run);
            applyChanges();
            if (!stopped) { // a run stopped during the pull makes no further call
                refreshCatalog(run);
            }
            if (run.lastError == SyncError.UNAUTHORIZED) {
                // Issue 15: a 401 on the pull is a revoked or wrong token even with nothing to send.
                return run.finish(SyncOutcome.UNAUTHORIZED, SyncState.UNAUTHORIZED, SyncError.UNAUTHORIZED);
            }
        }
        ended = sendDocuments(run);
        if (ended != null) {
            return ended;
        }
        if (!stopped) {
            if (reconcileIfDue(run) > 0) {
                ended = drain(run); // what the central lacked goes in this same run
                if (ended != null) {
                    return ended;
                }
            }
        }
        return run.finish(null, SyncState.IDLE, run.lastError);
    }

    /** Uploads until the queue is empty or the run is stopped (null), or ends the run (its result). */
    private SyncResult drain(Run run) {
        Batch batch = null;
        int failures = 0;
        try {
            while (!stopped) {
                if (batch == null) {
                    batch = nextBatch(run);
                    if (batch == null) {
                        break;
                    }
                }
                try {
                    UploadAnswer answer = client.upload(batch.body);
                    settle(batch, answer, run);
                    batch = null;
                    failures = 0;
                    run.publish(SyncState.RUNNING, null);
                } catch (CentralException e) {
                    if (!e.retryable()) {
                        return run.finish(SyncOutcome.UNAUTHORIZED, SyncState.UNAUTHORIZED, e.error());
                    }
                    if (++failures >= config.maxAttempts()) {
                        return run.finish(SyncOutcome.UNREACHABLE, SyncState.OFFLINE, e.error());
                    }
                    run.publish(SyncState.BACKING_OFF, e.error());
                    sleep(backoff.delay(failures, e.retryAfter()));
                }
            }
        } catch (StoreException e) {
            run.lastError = SyncError.STORE;
            throw e;
        } finally {
            if (batch != null) {
                // Not answered: back to the queue now rather than at the next start.
                outbox.release(batch.entryIds());
            }
        }
        return null;
    }

    /**
     * Documents (captured attachments) go after the records; when records are saved meanwhile the
     * uploader stops between two requests, they are sent, and the documents go on. Null, or the
     * run's end (unreachable, unauthorized).
     */
    private SyncResult sendDocuments(Run run) {
        while (!stopped) {
            AttachmentUploader.Outcome o = documents.drain(outbox::hasPending, () -> stopped,
                    () -> run.publish(SyncState.RUNNING, null));
            switch (o.ended()) {
                case RECORDS_WAITING -> {
                    SyncResult ended = drain(run);
                    if (ended != null) {
                        return ended;
                    }
                }
                case UNAUTHORIZED -> {
                    return run.finish(SyncOutcome.UNAUTHORIZED, SyncState.UNAUTHORIZED, o.lastError());
                }
                case UNREACHABLE -> {
                    return run.finish(SyncOutcome.UNREACHABLE, SyncState.OFFLINE, o.lastError());
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Asks the central, once every {@link SyncConfig#reconcileEvery()}, which recent records it
     * lacks: a central restored from an old backup would otherwise never get them again. The first
     * one comes a period after the first drained run (until then there is little to compare).
     * Returns how many were queued again; a failed request waits for the next run.
     */
    private int reconcileIfDue(Run run) {
        if (config.reconcileEvery().isZero()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant last = settings.instant(Setting.RECONCILED_AT).orElse(null);
        if (last != null && now.isBefore(last.plus(config.reconcileEvery()))) {
            return 0;
        }
        int again = 0;
        if (last != null) {
            try {
                again = reconcile();
            } catch (CentralException e) {
                run.lastError = e.error();
                return 0;
            }
        }
        settings.put(Setting.RECONCILED_AT, now.toString());
        return again;
    }

    /** Stops waiting (backoff) and ends the current run after the request in flight. */
    /** The client this engine talks through, also for one-off questions (a code look-up). */
    CentralClient client() {
        return client;
    }

    public void stop() {
        stopped = true;
        synchronized (sleeping) {
            sleeping.notifyAll();
        }
    }

    private void sleep(Duration d) {
        long end = System.nanoTime() + d.toNanos();
        synchronized (sleeping) {
            long left;
            while (!stopped && (left = end - System.nanoTime()) > 0) {
                try {
                    sleeping.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopped = true;
                }
            }
        }
    }

    /** The records of one upload, the outbox entries each one settles and the schema version it went in. */
    private record Batch(List<Key> keys, Map<Key, List<Long>> entries, Map<Key, Integer> schemaVersions,
                         byte[] body) {
        List<Long> entryIds() {
            return entries.values().stream().flatMap(List::stream).toList();
        }
    }

    /** Claims the next batch and encodes it; shrinks it until it fits the byte limit. Null when none. */
    private Batch nextBatch(Run run) {
        while (true) {
            List<OutboxEntry> claimed = outbox.claim(config.maxRecords(), kinds.namesByPriority());
            if (claimed.isEmpty()) {
                return null;
            }
            OutboxRecords.Encoded encoded = encoder.encode(claimed);
            Map<Key, List<Long>> entries = new LinkedHashMap<>(encoded.entries());
            List<Key> keys = encoded.keys();
            List<UploadRecord> records = encoded.records();
            if (!encoded.setAside().isEmpty()) {
                outbox.settle(encoded.setAside());
                run.rejected += encoded.setAside().size();
                run.settled += encoded.setAside().size();
            }
            while (!keys.isEmpty()) {
                byte[] body = Wire.gzipJson(new UploadBatch(records));
                if (body.length <= config.maxBatchBytes()) {
                    return new Batch(keys, entries, encoded.schemaVersions(), body);
                }
                if (keys.size() == 1) {
                    List<OutboxSettlement> tooLarge = new ArrayList<>();
                    OutboxRecords.setAside(entries.get(keys.get(0)), RejectReason.TOO_LARGE, tooLarge);
                    outbox.settle(tooLarge);
                    run.rejected++;
                    run.settled += tooLarge.size();
                    break;
                }
                // Too big: send the first half now, give the rest back to the queue.
                int keep = keys.size() / 2;
                List<Long> back = new ArrayList<>();
                for (Key key : keys.subList(keep, keys.size())) {
                    back.addAll(entries.remove(key));
                }
                outbox.release(back);
                keys = new ArrayList<>(keys.subList(0, keep));
                records = new ArrayList<>(records.subList(0, keep));
            }
        }
    }

    /**
     * Applies the per-record answer and LAST_SYNC in one transaction: the outbox states are the
     * checkpoint (a crash after this commit resends nothing of this batch; before it, all of it).
     */
    private void settle(Batch batch, UploadAnswer answer, Run run) throws CentralException {
        List<AnswerSettlement.Outcome> outcomes;
        try {
            outcomes = AnswerSettlement.outcomes(batch.keys.size(), answer);
        } catch (AnswerSettlement.Mismatch e) {
            throw new CentralException(SyncError.SERVER, e.getMessage(), null, null);
        }
        List<OutboxSettlement> settlements = new ArrayList<>();
        int accepted = 0;
        int duplicate = 0;
        int rejected = 0;
        int conflict = 0;
        for (int i = 0; i < batch.keys.size(); i++) {
            AnswerSettlement.Outcome o = outcomes.get(i);
            switch (o.result()) {
                case "accepted" -> accepted++;
                case "duplicate" -> duplicate++;
                case "conflict" -> conflict++;
                default -> rejected++;
            }
            Key key = batch.keys.get(i);
            for (long id : batch.entries.get(key)) {
                settlements.add(new OutboxSettlement(id, o.result(), o.reason(), batch.schemaVersions.get(key)));
            }
        }
        String now = clock.instant().toString();
        store.write(tx -> {
            outbox.settle(tx, settlements);
            settings.put(tx, Setting.LAST_SYNC, now);
            return null;
        });
        run.sent += batch.keys.size();
        run.accepted += accepted;
        run.duplicate += duplicate;
        run.rejected += rejected;
        run.conflict += conflict;
        run.settled += settlements.size();
    }

    /**
     * What the centre has for this workstation; stored with the new cursor in one transaction. One try.
     * Bounded per run and in total (see {@link #MAX_PULL_CHANGES}): a page that would pass a bound is
     * kept only up to it, and the cursor moves only past what was kept.
     */
    private void pullChanges(Run run) {
        try {
            int changes = 0;
            long bytes = 0;
            for (int page = 0; page < CHANGE_PAGES_PER_RUN; page++) {
                var waiting = store.inbox().waiting();
                if (waiting.count() >= MAX_INBOX_WAITING || waiting.bytes() >= MAX_INBOX_BYTES) {
                    LOG.warning("changes not pulled: the inbox holds " + waiting.count() + " changes not applied yet");
                    return;
                }
                long since = ChangesReceived.cursor(store);
                ChangesPage answer = client.changes(since);
                Bounded kept = bounded(answer, since, MAX_PULL_CHANGES - changes, MAX_PULL_BYTES - bytes,
                        MAX_INBOX_WAITING - waiting.count(), MAX_INBOX_BYTES - waiting.bytes());
                Instant now = clock.instant();
                store.write(tx -> {
                    ChangesReceived.keep(tx, store, kept.changes(), since, kept.cursor(), now);
                    return null;
                });
                changes += kept.changes().size();
                bytes += kept.bytes();
                if (!answer.hasMore() || kept.cut()) {
                    return;
                }
            }
        } catch (CentralException e) {
            run.lastError = e.error();
        }
    }

    /** The changes of a page this run keeps, the cursor after them and whether the page was cut. */
    record Bounded(List<pe.macexpress.desk.contract.Change> changes, long cursor, long bytes, boolean cut) {
    }

    /**
     * The first changes of {@code page} within the room left (count and body bytes, this run and in the
     * inbox); an oversized body is replaced by an empty one and marked, so the processor sets it aside.
     * The cursor is the page's when all fit, else the last kept change's sequence number (never back).
     */
    static Bounded bounded(ChangesPage page, long since, int roomCount, long roomBytes, int inboxCount,
                           long inboxBytes) {
        int maxCount = Math.max(0, Math.min(roomCount, inboxCount));
        long maxBytes = Math.max(0, Math.min(roomBytes, inboxBytes));
        List<pe.macexpress.desk.contract.Change> kept = new ArrayList<>();
        long bytes = 0;
        long cursor = since;
        for (pe.macexpress.desk.contract.Change c : page.changes()) {
            pe.macexpress.desk.contract.Change k = c.body().length() > MAX_CHANGE_BODY
                    ? new pe.macexpress.desk.contract.Change(c.seq(), TOO_LARGE_TYPE, c.ref(), "") : c;
            long size = (long) k.body().length() + k.ref().length() + k.type().length();
            if (kept.size() >= maxCount || bytes + size > maxBytes) {
                return new Bounded(kept, cursor, bytes, true);
            }
            kept.add(k);
            bytes += size;
            cursor = Math.max(cursor, c.seq());
        }
        return new Bounded(kept, Math.max(since, page.cursor()), bytes, false);
    }

    /** The type a change too large to keep is stored under: no processor knows it, so it is set aside. */
    public static final String TOO_LARGE_TYPE = "too-large";

    /** Hands stored changes to {@code sink} after every pull; without one they wait in the inbox. */
    public void changesTo(ChangeSink sink) {
        this.changeSink = sink;
    }

    /** A failure to apply changes is logged and left for the next pull: it never stops sending. */
    private void applyChanges() {
        ChangeSink sink = changeSink;
        if (sink == null) {
            return;
        }
        try {
            sink.changesStored();
        } catch (RuntimeException e) {
            LOG.warning("pulled changes not applied yet: " + e.getClass().getSimpleName());
        }
    }

    /**
     * Sends catalogues downloaded from the central to {@code sink}; without one (a tool that only
     * sends records) the catalogue is not fetched at all.
     */
    public void catalogTo(CatalogSink sink) {
        this.catalogSink = sink;
    }

    /**
     * Conditional GET of the catalogue (If-None-Match); a new one goes to the sink, which checks and
     * installs it. The ETag is kept only when it was installed: a catalogue refused for want of the
     * central's key (a desk enrolled before signed catalogues) is fetched again once the key is
     * pinned, not left behind a 304 until the next publication. One try.
     */
    private void refreshCatalog(Run run) {
        CatalogSink sink = catalogSink;
        if (sink == null) {
            return;
        }
        try {
            String etag = settings.get(Setting.CATALOG_ETAG).orElse(null);
            CentralClient.Answer a = client.catalog(etag);
            if (a != null && a.headers().get("ETag") != null) {
                if (sink.offer(a.body())) {
                    settings.put(Setting.CATALOG_ETAG, a.headers().get("ETag"));
                }
            }
        } catch (CentralException e) {
            run.lastError = e.error();
        }
    }

    /**
     * For each kind, sends the (id, hash) of every record acknowledged within
     * {@link SyncConfig#reconcileWindow()} and still whole here, and queues again those the central
     * lacks or holds with other content. Each hash is computed under the schema version the central
     * acknowledged, so records sent under an older version never look changed. Older records are left
     * out to keep the request small on a paid link; purged ones could not be sent again anyway.
     * Returns how many were queued again.
     */
    public int reconcile() throws CentralException {
        Instant since = clock.instant().minus(config.reconcileWindow());
        int again = 0;
        for (RecordKind kind : kinds.all()) {
            List<AcknowledgedRecord> acknowledged = outbox.acknowledgedSince(kind.name(), since);
            for (int from = 0; from < acknowledged.size(); from += RECONCILE_CHUNK) {
                List<AcknowledgedRecord> chunk = acknowledged.subList(from,
                        Math.min(acknowledged.size(), from + RECONCILE_CHUNK));
                Map<UUID, JsonNode> contents = kind.contents(chunk.stream().map(AcknowledgedRecord::id).toList());
                List<UUID> asked = new ArrayList<>();
                List<ReconcileRequest.Pair> pairs = new ArrayList<>();
                for (AcknowledgedRecord r : chunk) {
                    JsonNode content = contents.get(r.id());
                    if (content != null && kind.schema().knows(r.schemaVersion())) {
                        asked.add(r.id());
                        pairs.add(new ReconcileRequest.Pair(r.id().toString(),
                                kind.schema().hash(content, r.schemaVersion())));
                    }
                }
                if (pairs.isEmpty()) {
                    continue;
                }
                ReconcileAnswer answer = client.reconcile(new ReconcileRequest(kind.name(), pairs));
                List<UUID> queue = new ArrayList<>();
                for (List<Integer> positions : List.of(answer.missing(), answer.differing())) {
                    for (int i : positions) {
                        if (i >= 0 && i < asked.size()) {
                            queue.add(asked.get(i));
                        }
                    }
                }
                again += outbox.enqueueAgain(kind.name(), queue);
            }
        }
        return again;
    }

    /** The figures of one run and its progress reports. */
    private final class Run {
        // publish() is called by the document workers too, one at a time but from several threads.
        final SyncListener listener;
        final int total;
        final int requestsAtStart = client.requests();
        final long bytesAtStart = client.bytes();
        final long documentBytesAtStart = documents.bytesAcknowledged();
        final long startNanos = System.nanoTime();
        int sent;
        int accepted;
        int duplicate;
        int rejected;
        int conflict;
        int settled;
        SyncError lastError;

        Run(SyncListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        synchronized void publish(SyncState state, SyncError error) {
            if (error != null) {
                lastError = error;
            }
            if (listener == null) {
                return;
            }
            long bytes = client.bytes() - bytesAtStart;
            long elapsedMs = Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
            int totalNow = Math.max(total, settled);
            long estimate = settled == 0 ? bytes : bytes * totalNow / settled;
            var backlog = store.attachments().backlog();
            listener.onProgress(new SyncProgress(state, settled, totalNow, bytes, Math.max(bytes, estimate),
                    bytes * 1000 / elapsedMs, error, backlog.attachments(), backlog.bytes(),
                    documents.bytesAcknowledged() - documentBytesAtStart));
        }

        SyncResult finish(SyncOutcome forced, SyncState state, SyncError error) {
            var counts = outbox.counts();
            int left = counts.pending() + counts.sending() + counts.quarantined();
            boolean documentsLeft = store.attachments().backlog().attachments() > 0;
            SyncOutcome outcome = forced != null ? forced
                    : left == 0 && !documentsLeft ? SyncOutcome.DRAINED : SyncOutcome.REMAINING;
            publish(state, error);
            return new SyncResult(outcome, sent, accepted, duplicate, rejected, conflict, left,
                    client.requests() - requestsAtStart, client.bytes() - bytesAtStart);
        }
    }
}
