package pe.macexpress.desk.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Database;
import pe.macexpress.desk.store.Outbox;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.SettingStore;
import pe.macexpress.desk.store.StoreException;

/**
 * Drains the outbox in bounded batches (≤ 200 records, ≤ 256 KB gzip). A batch is marked
 * {@code sending} before it leaves; the central's per-record answer is applied with the checkpoint
 * in one transaction; a failed try resends the same batch after a backoff, so after a crash or a
 * drop at most the batch in flight goes again (the central answers "duplicate" for what it had).
 * Rejected and conflicting records are quarantined and never block the rest.
 */
public final class SyncEngine {
    public static final String CHECKPOINT = "sync.checkpoint";
    public static final String CHANGES_CURSOR = "sync.changes.cursor";
    public static final String CATALOG_ETAG = "sync.catalog.etag";
    public static final String CATALOG_JSON = "sync.catalog.json";
    static final String KIND_RECONCILE = "attention.reconcile";
    /** When the last reconciliation was answered (or, before the first, when the first sync drained). */
    public static final String RECONCILED_AT = "sync.reconciledAt";

    private final Database db;
    private final Outbox outbox;
    private final AttentionStore attentions;
    private final CentralClient client;
    private final SyncConfig config;
    private final Clock clock;
    private final Backoff backoff;
    private final Object sleeping = new Object();
    private volatile boolean stopped;

    public SyncEngine(Database db, Outbox outbox, AttentionStore attentions, CentralClient client, SyncConfig config,
                      Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.attentions = attentions;
        this.client = client;
        this.config = config;
        this.clock = clock;
        this.backoff = new Backoff(config.backoffBase(), config.backoffCap(), new Random());
    }

    public CentralClient client() {
        return client;
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
        SyncResult ended = drain(run);
        if (ended != null) {
            return ended;
        }
        if (!stopped) {
            pullChanges(run);
            refreshCatalog(run);
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
                    JsonNode answer = client.upload(batch.body);
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
     * Asks the central, once every {@link SyncConfig#reconcileEvery()}, which recent attentions it
     * lacks: a central restored from an old backup would otherwise never get them again. The first
     * one comes a period after the first drained run (until then there is little to compare).
     * Returns how many were queued again; a failed request waits for the next run.
     */
    private int reconcileIfDue(Run run) {
        if (config.reconcileEvery().isZero()) {
            return 0;
        }
        Instant now = clock.instant();
        Instant last = db.read(c -> {
            String text = get(c, RECONCILED_AT);
            try {
                return text == null ? null : Instant.parse(text);
            } catch (java.time.format.DateTimeParseException e) {
                return null; // a hand-edited value: start counting again
            }
        });
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
        db.write(c -> {
            put(c, RECONCILED_AT, now.toString());
            return null;
        });
        return again;
    }

    /** Stops waiting (backoff) and ends the current run after the request in flight. */
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

    /** The records of one upload and the outbox entries each one settles. */
    private record Batch(List<UUID> ids, Map<UUID, List<Long>> entries, byte[] body) {
        List<Long> entryIds() {
            return entries.values().stream().flatMap(List::stream).toList();
        }
    }

    /** Claims the next batch and encodes it; shrinks it until it fits the byte limit. Null when none. */
    private Batch nextBatch(Run run) {
        while (true) {
            List<OutboxEntry> claimed = outbox.claim(config.maxRecords());
            if (claimed.isEmpty()) {
                return null;
            }
            Map<UUID, List<Long>> entries = new LinkedHashMap<>();
            for (OutboxEntry e : claimed) {
                entries.computeIfAbsent(e.attentionId(), k -> new ArrayList<>()).add(e.id());
            }
            Map<UUID, Integer> revisions = revisions(entries.keySet());
            List<UUID> ids = new ArrayList<>();
            List<ObjectNode> records = new ArrayList<>();
            List<OutboxSettlement> missing = new ArrayList<>();
            for (var e : entries.entrySet()) {
                Optional<Attention> a = attentions.find(e.getKey());
                if (a.isEmpty()) {
                    e.getValue().forEach(id -> missing.add(new OutboxSettlement(id, "rejected",
                            RejectReason.MISSING_LOCALLY.code())));
                    continue;
                }
                ObjectNode content = AttentionRecords.content(a.get());
                ObjectNode r = AttentionRecords.mapper().createObjectNode();
                r.put("i", e.getKey().toString());
                r.put("h", AttentionRecords.hash(content));
                r.put("v", revisions.getOrDefault(e.getKey(), 1) - 1);
                r.set("a", content);
                ids.add(e.getKey());
                records.add(r);
            }
            if (!missing.isEmpty()) {
                outbox.settle(missing, null);
                run.rejected += missing.size();
                run.settled += missing.size();
                entries.keySet().retainAll(ids);
            }
            while (!ids.isEmpty()) {
                byte[] body = encode(records);
                if (body.length <= config.maxBatchBytes()) {
                    return new Batch(ids, entries, body);
                }
                if (ids.size() == 1) {
                    outbox.settle(entries.get(ids.get(0)).stream().map(id -> new OutboxSettlement(id, "rejected",
                            RejectReason.TOO_LARGE.code())).toList(), null);
                    run.rejected++;
                    run.settled += entries.get(ids.get(0)).size();
                    break;
                }
                // Too big: send the first half now, give the rest back to the queue.
                int keep = ids.size() / 2;
                List<Long> back = new ArrayList<>();
                for (UUID id : ids.subList(keep, ids.size())) {
                    back.addAll(entries.remove(id));
                }
                outbox.release(back);
                ids = new ArrayList<>(ids.subList(0, keep));
                records = new ArrayList<>(records.subList(0, keep));
            }
        }
    }

    private static byte[] encode(List<ObjectNode> records) {
        ObjectNode root = AttentionRecords.mapper().createObjectNode();
        ArrayNode r = root.putArray("r");
        records.forEach(r::add);
        try {
            return AttentionRecords.gzip(AttentionRecords.mapper().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many changes each attention had: its revision is that count minus one. */
    private Map<UUID, Integer> revisions(java.util.Set<UUID> ids) {
        return db.read(c -> {
            Map<UUID, Integer> map = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE attention_id = ?"
                    + " AND kind <> '" + KIND_RECONCILE + "'")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        map.put(id, rs.next() ? rs.getInt(1) : 1);
                    }
                }
            }
            return map;
        });
    }

    /** Applies the per-record answer, the checkpoint and LAST_SYNC in one transaction. */
    private void settle(Batch batch, JsonNode answer, Run run) throws CentralException {
        if (answer.path("n").asInt(-1) != batch.ids.size() || !answer.path("x").isArray()) {
            throw new CentralException(SyncError.SERVER, "answer does not match the batch", null, null);
        }
        Map<Integer, JsonNode> listed = new HashMap<>();
        for (JsonNode x : answer.path("x")) {
            int i = x.path(0).asInt(-1);
            if (i < 0 || i >= batch.ids.size()) {
                throw new CentralException(SyncError.SERVER, "answer names a record outside the batch", null, null);
            }
            listed.put(i, x);
        }
        List<OutboxSettlement> settlements = new ArrayList<>();
        int accepted = 0;
        int duplicate = 0;
        int rejected = 0;
        int conflict = 0;
        long last = 0;
        for (int i = 0; i < batch.ids.size(); i++) {
            JsonNode x = listed.get(i);
            String kind = x == null ? "a" : x.path(1).asText("");
            String result;
            String reason;
            switch (kind) {
                case "a" -> {
                    result = "accepted";
                    reason = null;
                    accepted++;
                }
                case "d" -> {
                    result = "duplicate";
                    reason = null;
                    duplicate++;
                }
                case "c" -> {
                    result = "conflict";
                    reason = RejectReason.CONFLICT.code();
                    conflict++;
                }
                default -> {
                    result = "rejected";
                    reason = RejectReason.fromCode(x.path(2).asText("other")).code();
                    rejected++;
                }
            }
            for (long id : batch.entries.get(batch.ids.get(i))) {
                settlements.add(new OutboxSettlement(id, result, reason));
                last = Math.max(last, id);
            }
        }
        String now = clock.instant().toString();
        String checkpoint = last + " " + now;
        outbox.settle(settlements, c -> {
            put(c, CHECKPOINT, checkpoint);
            put(c, SettingStore.LAST_SYNC, now);
            return null;
        });
        run.sent += batch.ids.size();
        run.accepted += accepted;
        run.duplicate += duplicate;
        run.rejected += rejected;
        run.conflict += conflict;
        run.settled += settlements.size();
    }

    static void put(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    private static String get(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** What the centre has for this workstation; stored with the new cursor in one transaction. One try. */
    private void pullChanges(Run run) {
        try {
            for (int page = 0; page < 5; page++) {
                String cursorText = db.read(c -> get(c, CHANGES_CURSOR));
                long since = cursorText == null ? 0 : Long.parseLong(cursorText);
                JsonNode answer = client.changes(since);
                long next = answer.path("c").asLong(since);
                db.write(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO sync_inbox"
                            + " (seq, type, ref, body, received_at) VALUES (?, ?, ?, ?, ?)")) {
                        for (JsonNode ch : answer.path("ch")) {
                            ps.setLong(1, ch.path("s").asLong());
                            ps.setString(2, ch.path("t").asText(""));
                            ps.setString(3, ch.path("ref").asText(""));
                            ps.setString(4, ch.path("b").asText(""));
                            ps.setLong(5, clock.millis());
                            ps.executeUpdate();
                        }
                    }
                    put(c, CHANGES_CURSOR, String.valueOf(next));
                    put(c, SettingStore.LAST_SYNC, clock.instant().toString());
                    return null;
                });
                if (!answer.path("more").asBoolean(false)) {
                    return;
                }
            }
        } catch (CentralException e) {
            run.lastError = e.error();
        }
    }

    /** Conditional GET of the catalogue (If-None-Match); a new one is kept for the next start. One try. */
    private void refreshCatalog(Run run) {
        try {
            String etag = db.read(c -> get(c, CATALOG_ETAG));
            CentralClient.Answer a = client.catalog(etag);
            if (a != null && a.headers().get("ETag") != null) {
                String json = AttentionRecords.utf8(a.body());
                db.write(c -> {
                    put(c, CATALOG_ETAG, a.headers().get("ETag"));
                    put(c, CATALOG_JSON, json);
                    return null;
                });
            }
        } catch (CentralException e) {
            run.lastError = e.error();
        }
    }

    /**
     * Sends the (id, hash) of every attention acknowledged within {@link SyncConfig#reconcileWindow()}
     * and not purged, and queues again those the central lacks or holds with other content. Older
     * ones are left out to keep the request small on a paid link; purged ones could not be sent
     * again (their personal fields are blank). Returns how many were queued again.
     */
    public int reconcile() throws CentralException {
        long since = clock.millis() - config.reconcileWindow().toMillis();
        List<UUID> acknowledged = db.read(c -> {
            List<UUID> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT o.attention_id FROM outbox o"
                    + " JOIN attention a ON a.id = o.attention_id"
                    + " WHERE o.state = 'acknowledged' AND o.updated_at >= ? AND a.purged_at IS NULL"
                    + " AND NOT EXISTS (SELECT 1 FROM outbox p"
                    + " WHERE p.attention_id = o.attention_id AND p.state <> 'acknowledged')")) {
                ps.setLong(1, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(UUID.fromString(rs.getString(1)));
                    }
                }
            }
            return list;
        });
        List<UUID> again = new ArrayList<>();
        for (int from = 0; from < acknowledged.size(); from += 2000) {
            List<UUID> chunk = acknowledged.subList(from, Math.min(acknowledged.size(), from + 2000));
            ObjectNode root = AttentionRecords.mapper().createObjectNode();
            ArrayNode p = root.putArray("p");
            for (UUID id : chunk) {
                Optional<Attention> a = attentions.find(id);
                p.addArray().add(id.toString()).add(a.map(x -> AttentionRecords.hash(AttentionRecords.content(x))).orElse(""));
            }
            JsonNode answer;
            try {
                answer = client.reconcile(AttentionRecords.gzip(AttentionRecords.mapper().writeValueAsBytes(root)));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            for (String field : new String[] {"m", "c"}) {
                for (JsonNode i : answer.path(field)) {
                    if (i.asInt(-1) >= 0 && i.asInt() < chunk.size()) {
                        again.add(chunk.get(i.asInt()));
                    }
                }
            }
        }
        return outbox.enqueueAgain(again, KIND_RECONCILE);
    }

    /** The figures of one run and its progress reports. */
    private final class Run {
        final SyncListener listener;
        final int total;
        final int requestsAtStart = client.requests();
        final long bytesAtStart = client.bytes();
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

        void publish(SyncState state, SyncError error) {
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
            listener.onProgress(new SyncProgress(state, settled, totalNow, bytes, Math.max(bytes, estimate),
                    bytes * 1000 / elapsedMs, error));
        }

        SyncResult finish(SyncOutcome forced, SyncState state, SyncError error) {
            var counts = outbox.counts();
            int left = counts.pending() + counts.sending() + counts.quarantined();
            SyncOutcome outcome = forced != null ? forced : left == 0 ? SyncOutcome.DRAINED : SyncOutcome.REMAINING;
            publish(state, error);
            return new SyncResult(outcome, sent, accepted, duplicate, rejected, conflict, left,
                    client.requests() - requestsAtStart, client.bytes() - bytesAtStart);
        }
    }
}
