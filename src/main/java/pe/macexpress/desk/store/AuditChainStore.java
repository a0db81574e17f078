package pe.macexpress.desk.store;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import pe.macexpress.desk.security.AuditChainHash;
import pe.macexpress.desk.security.AuditEvent;
import pe.macexpress.desk.security.AuditTrail;

/**
 * The {@code audit_chain} table: every audited action as a row whose hash covers the row and the
 * previous row's hash, so a row deleted, changed or inserted in the middle breaks the chain at that
 * point ({@link #verify}). A row is appended in the same transaction as the work it records (or in
 * its own), so a crash leaves either both or neither. Subjects are stored as blind indexes
 * ({@link pe.macexpress.desk.security.FieldCipher#blind}), never in clear.
 *
 * <p>Issue 15 (audit): each row is also queued for the central (record kind {@value #OUTBOX_KIND},
 * in the same transaction), and the head is anchored outside the data folder after each commit
 * ({@link AuditAnchor}), so cutting the last rows is seen too. A restore keeps the replaced
 * database's rows in {@code audit_archive} ({@link #archive}).
 */
public final class AuditChainStore implements AuditTrail {
    /** The previous hash of the first row. */
    static final String GENESIS = AuditChainHash.GENESIS;

    /** The outbox kind of audit rows (the contract's {@code AuditContent.KIND}). */
    public static final String OUTBOX_KIND = "audit";

    private final Database db;
    private final Outbox outbox;
    private final Clock clock;

    AuditChainStore(Database db, Outbox outbox, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** One stored row. {@code subject} is the blind index of the event's subject, or "". */
    public record Entry(long seq, Instant at, String actor, String action, String purpose, String subject,
                        String detail, String prevHash, String hash) {
        /** The record id this row has at the central: derived from its hash, so a fork never collides. */
        public UUID recordId() {
            return AuditChainStore.recordId(hash);
        }
    }

    /** How the head anchor compares with the chain. */
    public enum Anchor {
        /** The anchor names a row the chain holds (or the chain and the anchor are both empty). */
        MATCHES,
        /** No anchor beside the key, though the chain has rows. */
        MISSING,
        /** The anchor's seal does not hold (edited, or written with another key). */
        FORGED,
        /** The anchor names a seq the chain no longer reaches: its last rows were deleted. */
        CUT,
        /** The chain holds another row at the anchor's seq: its end was rewritten. */
        REWRITTEN,
        /** The database's key is not on this machine: the anchor's seal cannot be checked. */
        UNCHECKED
    }

    /**
     * The chain as checked: how many rows, the first row (seq, time) whose hash or link is wrong,
     * the newest seq present, and how the head anchor compares.
     *
     * @param anchorSeq the seq the anchor names (0 when none)
     * @param anchorAt  when the anchored row was written (null when none)
     */
    public record Check(long rows, OptionalLong firstBroken, Instant brokenAt, long headSeq, Anchor anchor,
                        long anchorSeq, Instant anchorAt) {
        /** Every row present links and hashes right (the anchor aside). */
        public boolean intact() {
            return firstBroken.isEmpty();
        }

        /** Intact and as long as its anchor says: nothing edited, inserted or cut. */
        public boolean trustworthy() {
            return intact() && anchor == Anchor.MATCHES;
        }
    }

    /** Appends {@code event} in a transaction of its own; throws (StoreException) when it cannot be written. */
    public Entry append(AuditEvent event) {
        return db.write(c -> append(c, event));
    }

    /** {@link AuditTrail}: the same as {@link #append(AuditEvent)}. */
    @Override
    public void record(AuditEvent event) {
        append(event);
    }

    /** Appends {@code event} inside {@code tx}: it is committed with the work it records, or not at all. */
    public Entry append(Transaction tx, AuditEvent event) {
        try {
            return append(tx.connection(), event);
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    private Entry append(Connection c, AuditEvent event) throws SQLException {
        long seq = 1;
        String prev = GENESIS;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_chain ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                seq = rs.getLong(1) + 1;
                prev = rs.getString(2);
            }
        }
        Instant at = clock.instant();
        String subject = event.subject().isEmpty() ? "" : db.cipher().blind(event.subject());
        String hash = hash(prev, seq, at.toEpochMilli(), event.actor(), event.action(), event.purpose(), subject,
                event.detail());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_chain (seq, at, actor, action, purpose,"
                + " subject, detail, prev_hash, hash, rid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setLong(2, at.toEpochMilli());
            ps.setString(3, event.actor());
            ps.setString(4, event.action());
            ps.setString(5, event.purpose());
            ps.setString(6, subject);
            ps.setString(7, event.detail());
            ps.setString(8, prev);
            ps.setString(9, hash);
            ps.setString(10, recordId(hash).toString());
            ps.executeUpdate();
        }
        // Issue 15 (audit): the row leaves for the central with the transaction that wrote it.
        outbox.enqueue(OUTBOX_KIND, recordId(hash), OutboxChange.CREATED, clock.millis());
        long anchoredSeq = seq;
        db.afterCommit(() -> new AuditAnchor(db.cipher()).write(anchoredSeq, hash, at));
        return new Entry(seq, at, event.actor(), event.action(), event.purpose(), subject, event.detail(), prev, hash);
    }

    /** The central's record id of the row with {@code hash}. */
    public static UUID recordId(String hash) {
        return UUID.nameUUIDFromBytes(("audit:" + hash).getBytes(StandardCharsets.UTF_8));
    }

    /** The blind index an event's subject is stored as (to find a person's rows without storing them in clear). */
    public String subjectIndex(String subject) {
        return db.cipher().blind(subject);
    }

    /** Rows after {@code seq}, oldest first, at most {@code limit}. */
    public List<Entry> after(long seq, int limit) {
        return db.read(c -> {
            List<Entry> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM audit_chain WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(entry(rs));
                    }
                }
            }
            return list;
        });
    }

    /** The newest row, if any. */
    public Optional<Entry> head() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_chain ORDER BY seq DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.<Entry>empty();
            }
        });
    }

    /**
     * The rows (of the chain or of the archive) whose record ids are among {@code ids}: what the
     * outbox sends for kind {@value #OUTBOX_KIND}.
     */
    public List<Entry> findByRecordIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            List<Entry> found = new ArrayList<>();
            for (String table : new String[] {"audit_chain", "audit_archive"}) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE rid = ?")) {
                    for (UUID id : ids) {
                        ps.setString(1, id.toString());
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                found.add(entry(rs));
                            }
                        }
                    }
                }
            }
            return found;
        });
    }

    /**
     * Keeps the chain rows of a database being replaced (a restore) in {@code tx}: every row of
     * {@code replaced} that this chain does not hold goes to {@code audit_archive} verbatim and is
     * queued for the central. Returns how many were kept.
     */
    public int archive(Transaction tx, List<Entry> replaced) {
        int kept = 0;
        try {
            Connection c = tx.connection();
            long now = clock.millis();
            for (Entry e : replaced) {
                boolean held;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT 1 FROM audit_chain WHERE hash = ? UNION ALL SELECT 1 FROM audit_archive WHERE hash = ?")) {
                    ps.setString(1, e.hash());
                    ps.setString(2, e.hash());
                    try (ResultSet rs = ps.executeQuery()) {
                        held = rs.next();
                    }
                }
                if (held) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_archive (hash, seq, at, actor, action,"
                        + " purpose, subject, detail, prev_hash, archived_at, rid) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setString(1, e.hash());
                    ps.setLong(2, e.seq());
                    ps.setLong(3, e.at().toEpochMilli());
                    ps.setString(4, e.actor());
                    ps.setString(5, e.action());
                    ps.setString(6, e.purpose());
                    ps.setString(7, e.subject());
                    ps.setString(8, e.detail());
                    ps.setString(9, e.prevHash());
                    ps.setLong(10, now);
                    ps.setString(11, recordId(e.hash()).toString());
                    ps.executeUpdate();
                }
                outbox.enqueue(OUTBOX_KIND, recordId(e.hash()), OutboxChange.CREATED, now);
                kept++;
            }
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
        return kept;
    }

    /** The archived rows (of databases replaced by restores), oldest first. */
    public List<Entry> archived() {
        return db.read(c -> {
            List<Entry> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_archive ORDER BY at, seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(entry(rs));
                }
            }
            return list;
        });
    }

    /** Reads every chain row of another database file (a replaced one, before a restore), without opening it as a Store. */
    static List<Entry> readChain(java.nio.file.Path file) {
        try (Connection c = SqliteFiles.connect(file)) {
            try (PreparedStatement probe = c.prepareStatement(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_chain'");
                 ResultSet rs = probe.executeQuery()) {
                if (!rs.next()) {
                    return List.of();
                }
            }
            List<Entry> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_chain ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(entry(rs));
                }
            }
            return list;
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"),
                rs.getString("action"), rs.getString("purpose"), rs.getString("subject"),
                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /**
     * Walks the whole chain; reports the first row whose link or hash does not hold, then compares
     * the head with its anchor. Archived rows are checked one by one (each must hash right).
     */
    public Check verify() {
        AuditAnchor.Read anchor = new AuditAnchor(db.cipher()).read();
        return db.read(c -> verify(c, anchor));
    }

    /**
     * Checks the chain of a database file as it is (no migration, nothing written), for
     * {@code doctor}. Empty when the file has no audit chain yet (an older schema).
     */
    public static Optional<Check> examine(java.nio.file.Path databaseFile) {
        try (Connection c = SqliteFiles.connect(databaseFile)) {
            try (PreparedStatement probe = c.prepareStatement(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('audit_chain', 'audit_archive')");
                 ResultSet rs = probe.executeQuery()) {
                if (!rs.next() || rs.getInt(1) < 2) {
                    return Optional.empty();
                }
            }
            AuditAnchor.Read anchor;
            Optional<String> keyId = Optional.empty();
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, Database.KEY_ID);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        keyId = Optional.ofNullable(rs.getString(1));
                    }
                }
            }
            try {
                anchor = keyId.isEmpty() ? new AuditAnchor.Read(AuditAnchor.Found.UNCHECKED, Optional.empty())
                        : new AuditAnchor(pe.macexpress.desk.security.KeyRing.load(keyId.get(), false)).read();
            } catch (java.io.IOException | IllegalArgumentException e) {
                anchor = new AuditAnchor.Read(AuditAnchor.Found.UNCHECKED, Optional.empty());
            }
            return Optional.of(verify(c, anchor));
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    private static Check verify(Connection c, AuditAnchor.Read anchor) throws SQLException {
            long rows = 0;
            long expectedSeq = 1;
            String prev = GENESIS;
            long brokenSeq = -1;
            Instant brokenAt = null;
            long headSeq = 0;
            java.util.Map<Long, String> hashes = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_chain ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    long seq = rs.getLong("seq");
                    headSeq = seq;
                    String stored = rs.getString("hash");
                    hashes.put(seq, stored);
                    if (brokenSeq >= 0) {
                        continue;
                    }
                    String hash = hash(rs.getString("prev_hash"), seq, rs.getLong("at"), rs.getString("actor"),
                            rs.getString("action"), rs.getString("purpose"), rs.getString("subject"), rs.getString("detail"));
                    if (seq != expectedSeq || !prev.equals(rs.getString("prev_hash")) || !hash.equals(stored)) {
                        brokenSeq = seq;
                        brokenAt = Instant.ofEpochMilli(rs.getLong("at"));
                        continue;
                    }
                    prev = hash;
                    expectedSeq = seq + 1;
                }
            }
            if (brokenSeq < 0) {
                try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_archive ORDER BY at, seq");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && brokenSeq < 0) {
                        String hash = hash(rs.getString("prev_hash"), rs.getLong("seq"), rs.getLong("at"),
                                rs.getString("actor"), rs.getString("action"), rs.getString("purpose"),
                                rs.getString("subject"), rs.getString("detail"));
                        if (!hash.equals(rs.getString("hash"))) {
                            brokenSeq = rs.getLong("seq");
                            brokenAt = Instant.ofEpochMilli(rs.getLong("at"));
                        }
                    }
                }
            }
            Anchor state;
            long anchorSeq = 0;
            Instant anchorAt = null;
            switch (anchor.found()) {
                case MISSING -> state = rows == 0 ? Anchor.MATCHES : Anchor.MISSING;
                case FORGED -> state = Anchor.FORGED;
                case UNCHECKED -> state = Anchor.UNCHECKED;
                default -> {
                    AuditAnchor.Head h = anchor.head().orElseThrow();
                    anchorSeq = h.seq();
                    anchorAt = h.at();
                    String atSeq = hashes.get(h.seq());
                    if (h.seq() > headSeq) {
                        state = Anchor.CUT;
                    } else if (atSeq == null || !atSeq.equals(h.hash())) {
                        state = Anchor.REWRITTEN;
                    } else {
                        state = Anchor.MATCHES;
                    }
                }
            }
            return new Check(rows, brokenSeq < 0 ? OptionalLong.empty() : OptionalLong.of(brokenSeq), brokenAt, headSeq,
                    state, anchorSeq, anchorAt);
    }

    static String hash(String prev, long seq, long at, String actor, String action, String purpose, String subject,
                       String detail) {
        return AuditChainHash.of(prev, seq, at, actor, action, purpose, subject, detail);
    }
}
