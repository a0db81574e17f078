package pe.macexpress.desk.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;
import pe.macexpress.desk.security.AuditEvent;

/**
 * The {@code audit_chain} table: every audited action as a row whose hash covers the row and the
 * previous row's hash, so a row deleted, changed or inserted in the middle breaks the chain at that
 * point ({@link #verify}). A row is appended in the same transaction as the work it records (or in
 * its own), so a crash leaves either both or neither. Subjects are stored as blind indexes
 * ({@link pe.macexpress.desk.security.FieldCipher#blind}), never in clear.
 */
public final class AuditChainStore {
    /** The previous hash of the first row. */
    static final String GENESIS = "0".repeat(64);

    private final Database db;
    private final Clock clock;

    AuditChainStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** One stored row. {@code subject} is the blind index of the event's subject, or "". */
    public record Entry(long seq, Instant at, String actor, String action, String purpose, String subject,
                        String detail, String prevHash, String hash) {
    }

    /** The chain as checked: how many rows, and the first row (seq) whose hash or link is wrong. */
    public record Check(long rows, OptionalLong firstBroken) {
        public boolean intact() {
            return firstBroken.isEmpty();
        }
    }

    /** Appends {@code event} in a transaction of its own; throws (StoreException) when it cannot be written. */
    public Entry append(AuditEvent event) {
        return db.write(c -> append(c, event));
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
                + " subject, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setLong(2, at.toEpochMilli());
            ps.setString(3, event.actor());
            ps.setString(4, event.action());
            ps.setString(5, event.purpose());
            ps.setString(6, subject);
            ps.setString(7, event.detail());
            ps.setString(8, prev);
            ps.setString(9, hash);
            ps.executeUpdate();
        }
        return new Entry(seq, at, event.actor(), event.action(), event.purpose(), subject, event.detail(), prev, hash);
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
                        list.add(new Entry(rs.getLong("seq"), Instant.ofEpochMilli(rs.getLong("at")), rs.getString("actor"),
                                rs.getString("action"), rs.getString("purpose"), rs.getString("subject"),
                                rs.getString("detail"), rs.getString("prev_hash"), rs.getString("hash")));
                    }
                }
            }
            return list;
        });
    }

    /** Walks the whole chain; reports the first row whose link or hash does not hold. */
    public Check verify() {
        return db.read(c -> {
            long rows = 0;
            long expectedSeq = 1;
            String prev = GENESIS;
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM audit_chain ORDER BY seq");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows++;
                    long seq = rs.getLong("seq");
                    String hash = hash(rs.getString("prev_hash"), seq, rs.getLong("at"), rs.getString("actor"),
                            rs.getString("action"), rs.getString("purpose"), rs.getString("subject"), rs.getString("detail"));
                    if (seq != expectedSeq || !prev.equals(rs.getString("prev_hash")) || !hash.equals(rs.getString("hash"))) {
                        return new Check(rows, OptionalLong.of(seq));
                    }
                    prev = hash;
                    expectedSeq = seq + 1;
                }
            }
            return new Check(rows, OptionalLong.empty());
        });
    }

    static String hash(String prev, long seq, long at, String actor, String action, String purpose, String subject,
                       String detail) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {prev, Long.toString(seq), Long.toString(at), actor, action, purpose, subject,
                    detail}) {
                byte[] b = part.getBytes(StandardCharsets.UTF_8);
                md.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
                md.update((byte) ':');
                md.update(b);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
