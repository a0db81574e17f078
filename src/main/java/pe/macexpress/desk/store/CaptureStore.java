package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Capture forms and their outbox entries (kind {@value #OUTBOX_KIND}). A capture is added in the
 * transaction that saves its attention, with its attachment rows: all of it or nothing.
 */
public final class CaptureStore {
    /** The outbox kind of captures; the sync kind that sends them uses the same name. */
    public static final String OUTBOX_KIND = "capture";
    private static final String SELECT =
            "SELECT id, attention_id, procedure_id, form_id, answers, created_at FROM capture";

    private final Database db;
    private final Outbox outbox;

    CaptureStore(Database db, Outbox outbox) {
        this.db = db;
        this.outbox = outbox;
    }

    /** Adds the capture and its outbox entry to {@code tx}. */
    public void add(Transaction tx, Capture c) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO capture"
                + " (id, attention_id, procedure_id, form_id, answers, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, c.id().toString());
            ps.setString(2, c.attentionId().toString());
            ps.setString(3, c.procedureId());
            ps.setString(4, c.formId());
            ps.setString(5, db.sealing().seal(c.answersJson()));
            ps.setLong(6, c.createdAt());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
        outbox.enqueue(tx, OUTBOX_KIND, c.id(), OutboxChange.CREATED);
    }

    public Optional<Capture> find(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ?")) {
                ps.setString(1, id.toString());
                return readAll(ps, db.sealing()).stream().findFirst();
            }
        });
    }

    /** The captures of one attention (one, in practice). Scans the table: not for bulk work. */
    public List<Capture> ofAttention(UUID attentionId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE attention_id = ? ORDER BY created_at")) {
                ps.setString(1, attentionId.toString());
                return readAll(ps, db.sealing());
            }
        });
    }

    /** Those of {@code ids} whose answers retention has not purged: what can still be sent. */
    public Map<UUID, Capture> findRetained(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, Capture> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE id = ? AND purged_at IS NULL")) {
                for (UUID id : ids) {
                    ps.setString(1, id.toString());
                    readAll(ps, db.sealing()).forEach(x -> found.put(x.id(), x));
                }
            }
            return found;
        });
    }

    public int count() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM capture");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    private static List<Capture> readAll(PreparedStatement ps, Sealing sealing) throws SQLException {
        List<Capture> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Capture(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                        rs.getString(3), rs.getString(4), sealing.open(rs.getString(5)), rs.getLong(6)));
            }
        }
        return list;
    }
}
