package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The queue that sync drains: one row per change of a record of any kind. A repository appends its
 * entry in the same transaction as the change itself ({@link #enqueue(Transaction, String, UUID,
 * OutboxChange)}). Sync claims a bounded batch (marked {@code sending} before anything leaves the
 * machine), then acknowledges, releases or quarantines each entry; a crash in between leaves
 * {@code sending} rows that {@link #resetInFlight()} returns to {@code pending} at the next start.
 * Rows are never deleted: they are the history of what the central confirmed.
 */
public final class Outbox {
    private static final String COLUMNS = "SELECT id, kind, record_id, change, state, attempts, created_at,"
            + " updated_at, reason FROM outbox";
    private static final String ENQUEUE = "INSERT INTO outbox (kind, record_id, change, state, created_at,"
            + " updated_at) VALUES (?, ?, ?, 'pending', ?, ?)";

    private final Database db;
    private final Clock clock;

    Outbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Queues a change of a record in the caller's transaction (the one that made the change). */
    public void enqueue(Transaction tx, String kind, UUID recordId, OutboxChange change) {
        try {
            enqueue(kind, recordId, change, clock.millis());
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    /** Queues a change of a record in a transaction of its own. */
    public void enqueue(String kind, UUID recordId, OutboxChange change) {
        db.write(c -> {
            enqueue(kind, recordId, change, clock.millis());
            return null;
        });
    }

    /** The save path's insert: a statement kept prepared (see {@link Database#kept}); inside write() only. */
    void enqueue(String kind, UUID recordId, OutboxChange change, long now) throws SQLException {
        PreparedStatement ps = db.kept(ENQUEUE);
        ps.setString(1, kind);
        ps.setString(2, recordId.toString());
        ps.setString(3, change.code());
        ps.setLong(4, now);
        ps.setLong(5, now);
        ps.executeUpdate();
    }

    /**
     * Marks up to {@code max} pending entries as {@code sending} and returns them: kinds in the order
     * of {@code kindsByPriority} (complaints before bulk attentions), oldest first within a kind;
     * kinds not listed come last.
     */
    public List<OutboxEntry> claim(int max, List<String> kindsByPriority) {
        if (max <= 0) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        StringBuilder order = new StringBuilder("CASE kind");
        for (int i = 0; i < kindsByPriority.size(); i++) {
            order.append(" WHEN ? THEN ").append(i);
        }
        order.append(" ELSE ").append(kindsByPriority.size()).append(" END, id");
        String sql = COLUMNS + " WHERE state = 'pending' ORDER BY " + (kindsByPriority.isEmpty() ? "id" : order) + " LIMIT ?";
        return db.write(c -> {
            List<OutboxEntry> batch;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                for (String kind : kindsByPriority) {
                    ps.setString(p++, kind);
                }
                ps.setInt(p, max);
                batch = readAll(ps);
            }
            long now = clock.millis();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ? WHERE id = ?")) {
                for (OutboxEntry e : batch) {
                    ps.setLong(1, now);
                    ps.setLong(2, e.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<OutboxEntry> claimed = new ArrayList<>(batch.size());
            for (OutboxEntry e : batch) {
                claimed.add(new OutboxEntry(e.id(), e.kind(), e.recordId(), e.change(), OutboxState.SENDING,
                        e.attempts() + 1, e.createdAt(), Instant.ofEpochMilli(now), ""));
            }
            return claimed;
        });
    }

    /** Sending failed without an answer about the entries (network, 5xx): back to the queue. */
    public int release(Collection<Long> ids) {
        return move(ids, EnumSet.of(OutboxState.SENDING), OutboxState.PENDING, null);
    }

    /** Support fixed the cause: a quarantined entry goes back to the queue. */
    public boolean requeue(long id) {
        return move(List.of(id), EnumSet.of(OutboxState.QUARANTINED), OutboxState.PENDING, null) == 1;
    }

    /**
     * Applies the centre's answer to a batch in the caller's transaction (with the time of the last sync):
     * each entry is acknowledged or quarantined and keeps the centre's result. Only entries still
     * {@code sending} change, so a late answer cannot undo a restart's reset and a repeated answer
     * changes nothing. Returns how many entries changed.
     */
    public int settle(Transaction tx, Collection<OutboxSettlement> answers) {
        return settle(tx, answers, "state = 'sending'");
    }

    /**
     * Applies the central's answer to entries carried by a USB bundle: they stayed {@code pending}
     * (or went online meanwhile and are {@code sending}); entries the central already acknowledged
     * or set aside do not change, so each entry is settled once whichever way answers first.
     */
    public int settleCarried(Transaction tx, Collection<OutboxSettlement> answers) {
        return settle(tx, answers, "state IN ('pending', 'sending')");
    }

    private int settle(Transaction tx, Collection<OutboxSettlement> answers, String unsettled) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE outbox SET state = ?, reason = ?,"
                + " result = ?, schema_version = ?, updated_at = ? WHERE id = ? AND " + unsettled)) {
            long now = clock.millis();
            for (OutboxSettlement a : answers) {
                ps.setString(1, a.acknowledged() ? OutboxState.ACKNOWLEDGED.code() : OutboxState.QUARANTINED.code());
                ps.setString(2, a.acknowledged() ? null : a.reason());
                ps.setString(3, a.result());
                if (a.acknowledged()) {
                    ps.setInt(4, a.schemaVersion());
                } else {
                    ps.setNull(4, java.sql.Types.INTEGER);
                }
                ps.setLong(5, now);
                ps.setLong(6, a.id());
                ps.addBatch();
            }
            return java.util.Arrays.stream(ps.executeBatch()).sum();
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    /** {@link #settle(Transaction, Collection)} in a transaction of its own; returns how many entries changed. */
    public int settle(Collection<OutboxSettlement> answers) {
        return db.write(c -> settle(new Transaction(c), answers));
    }

    /**
     * Queues these records of {@code kind} again, e.g. when reconciliation found the centre lacks
     * them. Returns how many entries were added.
     */
    public int enqueueAgain(String kind, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            long now = clock.millis();
            for (UUID id : recordIds) {
                enqueue(kind, id, OutboxChange.RECONCILE, now);
            }
            return recordIds.size();
        });
    }

    /**
     * Entries not yet settled (pending, or in flight online), after entry {@code afterId}, in id
     * order, without claiming them: what a USB bundle carries. Nothing changes state.
     */
    public List<OutboxEntry> unsettled(long afterId, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS
                    + " WHERE state IN ('pending', 'sending') AND id > ? ORDER BY id LIMIT ?")) {
                ps.setLong(1, afterId);
                ps.setInt(2, limit);
                return readAll(ps);
            }
        });
    }

    public List<OutboxEntry> quarantined() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE state = 'quarantined' ORDER BY id")) {
                return readAll(ps);
            }
        });
    }

    public OutboxCounts counts() {
        return db.read(Outbox::counts);
    }

    /** Issue 15 (audit): entries of {@code kind} still to send (pending or sending), e.g. the audit chain's rows. */
    public int unsent(String kind) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM outbox WHERE kind = ? AND state IN ('pending', 'sending')")) {
                ps.setString(1, kind);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Whether any record waits to be sent: one index probe, cheap enough to ask between two requests. */
    public boolean hasPending() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE state = 'pending' LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    static OutboxCounts counts(Connection c) throws SQLException {
        int[] n = new int[OutboxState.values().length];
        try (PreparedStatement ps = c.prepareStatement("SELECT state, count(*) FROM outbox GROUP BY state");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                n[OutboxState.fromCode(rs.getString(1)).ordinal()] = rs.getInt(2);
            }
        }
        return new OutboxCounts(n[0], n[1], n[2], n[3]);
    }

    /** At start: nothing is in flight after a restart, so every {@code sending} entry is pending again. */
    public int resetInFlight() {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET state = 'pending', updated_at = ? WHERE state = 'sending'")) {
                ps.setLong(1, clock.millis());
                return ps.executeUpdate();
            }
        });
    }

    /**
     * How many versions of each record were queued (first version and later changes; resends after
     * reconciliation do not count): a record's revision at the central is that count minus one.
     */
    public Map<UUID, Integer> versionCounts(String kind, Collection<UUID> recordIds) {
        return db.read(c -> {
            Map<UUID, Integer> map = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE kind = ?"
                    + " AND record_id = ? AND change <> 'reconcile'")) {
                for (UUID id : recordIds) {
                    ps.setString(1, kind);
                    ps.setString(2, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        map.put(id, rs.next() ? Math.max(1, rs.getInt(1)) : 1);
                    }
                }
            }
            return map;
        });
    }

    /**
     * Records of {@code kind} the central confirmed in full (every entry acknowledged), with at least
     * one acknowledgement at or after {@code since}, each with the schema version it was last
     * acknowledged under (1 for records acknowledged before versions were kept).
     */
    public List<AcknowledgedRecord> acknowledgedSince(String kind, Instant since) {
        return db.read(c -> {
            List<AcknowledgedRecord> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.record_id,"
                    + " (SELECT coalesce(v.schema_version, 1) FROM outbox v WHERE v.kind = o.kind"
                    + "  AND v.record_id = o.record_id ORDER BY v.id DESC LIMIT 1)"
                    + " FROM outbox o WHERE o.kind = ? AND o.state = 'acknowledged' AND o.updated_at >= ?"
                    + " AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.kind = o.kind AND p.record_id = o.record_id"
                    + "  AND p.state <> 'acknowledged')"
                    + " GROUP BY o.record_id ORDER BY min(o.id)")) {
                ps.setString(1, kind);
                ps.setLong(2, since.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new AcknowledgedRecord(UUID.fromString(rs.getString(1)), rs.getInt(2)));
                    }
                }
            }
            return list;
        });
    }

    /** Where each record of {@code kind} stands; a record with no entry gets {@link RecordSendState#NONE}. */
    public Map<UUID, RecordSendState> statesOf(String kind, Collection<UUID> recordIds) {
        return db.read(c -> {
            Map<UUID, RecordSendState> map = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT"
                    + " coalesce(sum(state = 'quarantined'), 0), coalesce(sum(state = 'sending'), 0),"
                    + " coalesce(sum(state = 'pending'), 0),"
                    + " (SELECT reason FROM outbox q WHERE q.kind = ?1 AND q.record_id = ?2 AND q.state = 'quarantined'"
                    + "  ORDER BY q.id DESC LIMIT 1)"
                    + " FROM outbox WHERE kind = ?1 AND record_id = ?2")) {
                for (UUID id : recordIds) {
                    ps.setString(1, kind);
                    ps.setString(2, id.toString());
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        map.put(id, new RecordSendState(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4)));
                    }
                }
            }
            return map;
        });
    }

    /** Entries waiting (pending or in flight) and the creation time of the oldest. */
    public UnsentAge unsentAge() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), min(created_at) FROM outbox WHERE state IN ('pending', 'sending')");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                int count = rs.getInt(1);
                return new UnsentAge(count, count == 0 ? null : Instant.ofEpochMilli(rs.getLong(2)));
            }
        });
    }

    /**
     * The newest entry's creation time: what the daily backup compares with the newest backup, at
     * every start and close. Ids only grow, so the last row is the newest: one b-tree step, where
     * {@code max(created_at)} would scan a million rows. Audit rows aside (issue 15): a backup's own
     * chain row must not call for another backup.
     */
    Optional<Instant> lastChange() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT created_at FROM outbox WHERE kind <> '"
                    + AuditChainStore.OUTBOX_KIND + "' ORDER BY id DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.<Instant>empty();
            }
        });
    }

    private int move(Collection<Long> ids, Set<OutboxState> from, OutboxState to, String reason) {
        if (ids.isEmpty()) {
            return 0;
        }
        String states = String.join(", ", Collections.nCopies(from.size(), "?"));
        return db.write(c -> {
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = ?, reason = ?, updated_at = ?"
                    + " WHERE id = ? AND state IN (" + states + ")")) {
                long now = clock.millis();
                for (long id : ids) {
                    int p = 1;
                    ps.setString(p++, to.code());
                    ps.setString(p++, reason);
                    ps.setLong(p++, now);
                    ps.setLong(p++, id);
                    for (OutboxState s : from) {
                        ps.setString(p++, s.code());
                    }
                    changed += ps.executeUpdate();
                }
            }
            return changed;
        });
    }

    private static List<OutboxEntry> readAll(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String reason = rs.getString(9);
                list.add(new OutboxEntry(rs.getLong(1), rs.getString(2), UUID.fromString(rs.getString(3)),
                        OutboxChange.fromCode(rs.getString(4)), OutboxState.fromCode(rs.getString(5)), rs.getInt(6),
                        Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8)),
                        reason == null ? "" : reason));
            }
        }
        return list;
    }
}
