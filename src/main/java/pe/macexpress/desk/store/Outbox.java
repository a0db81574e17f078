package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The queue that sync drains. Entries are appended by {@link AttentionStore} in the same transaction
 * as the change itself. Sync claims a bounded batch (marked {@code sending} before anything leaves
 * the machine), then acknowledges, releases or quarantines each entry; a crash in between leaves
 * {@code sending} rows that {@link #resetInFlight()} returns to {@code pending} at the next start.
 */
public final class Outbox {
    private static final String COLUMNS =
            "SELECT id, attention_id, kind, state, attempts, created_at, updated_at, reason FROM outbox";

    private final Database db;
    private final Clock clock;

    public Outbox(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Marks up to {@code max} pending entries, oldest first, as {@code sending} and returns them. */
    public List<OutboxEntry> claim(int max) {
        if (max <= 0) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        return db.write(c -> {
            List<OutboxEntry> batch;
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE state = 'pending' ORDER BY id LIMIT ?")) {
                ps.setInt(1, max);
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
                claimed.add(new OutboxEntry(e.id(), e.attentionId(), e.kind(), OutboxState.SENDING, e.attempts() + 1,
                        e.createdAt(), Instant.ofEpochMilli(now), ""));
            }
            return claimed;
        });
    }

    /** The centre confirmed these entries. Returns how many changed state (repeats are harmless). */
    public int acknowledge(Collection<Long> ids) {
        return move(ids, "'pending', 'sending'", OutboxState.ACKNOWLEDGED, null);
    }

    /** Sending failed without an answer about the entries (network, 5xx): back to the queue. */
    public int release(Collection<Long> ids) {
        return move(ids, "'sending'", OutboxState.PENDING, null);
    }

    /**
     * The centre rejected this entry: set it aside with the reason so it does not block the rest.
     * The reason is shown to support staff: no document numbers or names in it.
     */
    public boolean quarantine(long id, String reason) {
        return move(List.of(id), "'pending', 'sending'", OutboxState.QUARANTINED,
                reason == null || reason.isBlank() ? "sin motivo" : reason.strip()) == 1;
    }

    /**
     * Applies the centre's answer to a batch in one transaction, together with {@code alsoInTransaction}
     * (the sync checkpoint): each entry is acknowledged or quarantined and keeps the centre's result.
     * Only entries still {@code sending} change, so a late answer cannot undo a restart's reset.
     */
    public void settle(Collection<OutboxSettlement> answers, SqlWork<?> alsoInTransaction) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = ?, reason = ?, result = ?,"
                    + " updated_at = ? WHERE id = ? AND state = 'sending'")) {
                long now = clock.millis();
                for (OutboxSettlement a : answers) {
                    ps.setString(1, a.acknowledged() ? OutboxState.ACKNOWLEDGED.code() : OutboxState.QUARANTINED.code());
                    ps.setString(2, a.acknowledged() ? null : a.reason());
                    ps.setString(3, a.result());
                    ps.setLong(4, now);
                    ps.setLong(5, a.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (alsoInTransaction != null) {
                alsoInTransaction.run(c);
            }
            return null;
        });
    }

    /**
     * Queues these attentions again (kind {@code kind}), e.g. when reconciliation found the centre
     * lacks them. Returns how many entries were added.
     */
    public int enqueueAgain(Collection<UUID> attentionIds, String kind) {
        if (attentionIds.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            long now = clock.millis();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (attention_id, kind, state,"
                    + " created_at, updated_at) SELECT id, ?, 'pending', ?, ? FROM attention WHERE id = ?")) {
                int added = 0;
                for (UUID id : attentionIds) {
                    ps.setString(1, kind);
                    ps.setLong(2, now);
                    ps.setLong(3, now);
                    ps.setString(4, id.toString());
                    added += ps.executeUpdate();
                }
                return added;
            }
        });
    }

    /** Support fixed the cause: a quarantined entry goes back to the queue. */
    public boolean requeue(long id) {
        return move(List.of(id), "'quarantined'", OutboxState.PENDING, null) == 1;
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

    private int move(Collection<Long> ids, String fromStates, OutboxState to, String reason) {
        if (ids.isEmpty()) {
            return 0;
        }
        return db.write(c -> {
            int changed = 0;
            try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET state = ?, reason = ?, updated_at = ?"
                    + " WHERE id = ? AND state IN (" + fromStates + ")")) {
                long now = clock.millis();
                for (long id : ids) {
                    ps.setString(1, to.code());
                    ps.setString(2, reason);
                    ps.setLong(3, now);
                    ps.setLong(4, id);
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
                String reason = rs.getString(8);
                list.add(new OutboxEntry(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                        OutboxState.fromCode(rs.getString(4)), rs.getInt(5), Instant.ofEpochMilli(rs.getLong(6)),
                        Instant.ofEpochMilli(rs.getLong(7)), reason == null ? "" : reason));
            }
        }
        return list;
    }
}
