package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * USB bundles this desk wrote ({@code bundle} table): the key each one's answer is sealed with, and
 * per record carried, in order, the outbox entries its acknowledgement settles. {@link #toString()}
 * of a row never shows the key.
 */
public final class BundleStore {
    private final Database db;

    BundleStore(Database db) {
        this.db = db;
    }

    /**
     * @param answerKey base64 of the 256-bit key of the answer
     * @param entries JSON: per record carried, [schema version, entry id, entry id…]
     */
    public record Written(UUID id, String answerKey, String entries, int records, int attachments,
                          Instant createdAt, Instant appliedAt) {
        @Override
        public String toString() {
            return "Bundle[" + id + " " + records + " records " + attachments + " documents]";
        }
    }

    public void remember(Written b) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO bundle (id, answer_key, entries, records,"
                    + " attachments, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, b.id().toString());
                ps.setString(2, b.answerKey());
                ps.setString(3, b.entries());
                ps.setInt(4, b.records());
                ps.setInt(5, b.attachments());
                ps.setLong(6, b.createdAt().toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<Written> find(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT answer_key, entries, records, attachments,"
                    + " created_at, applied_at FROM bundle WHERE id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Written>empty();
                    }
                    long applied = rs.getLong(6);
                    boolean never = rs.wasNull();
                    return Optional.of(new Written(id, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                            Instant.ofEpochMilli(rs.getLong(5)), never ? null : Instant.ofEpochMilli(applied)));
                }
            }
        });
    }

    /** Notes the first time an answer to the bundle was applied; false when one was applied before. */
    public boolean markApplied(Transaction tx, UUID id, Instant at) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "UPDATE bundle SET applied_at = ? WHERE id = ? AND applied_at IS NULL")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setString(2, id.toString());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }
}
