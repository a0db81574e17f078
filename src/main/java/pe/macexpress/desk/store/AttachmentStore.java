package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Attachments of captures and how far each one's upload got. Rows are added in the transaction
 * that saves the attention and its capture; the file must already be on disk (written and synced
 * before the transaction), so a committed row always names a whole file.
 */
public final class AttachmentStore {
    private static final String COLUMNS = "id, capture_id, field_id, media_type, file, size, sha256, sent_bytes, state";

    private final Database db;
    private final Clock clock;

    AttachmentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void add(Transaction tx, Attachment a) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT INTO attachment (" + COLUMNS
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            ps.setString(i++, a.id().toString());
            ps.setString(i++, a.captureId().toString());
            ps.setString(i++, a.fieldId());
            ps.setString(i++, a.mediaType());
            ps.setString(i++, a.file());
            ps.setLong(i++, a.size());
            ps.setString(i++, a.sha256());
            ps.setLong(i++, a.sentBytes());
            ps.setString(i++, a.state().code());
            ps.setLong(i++, clock.millis());
            ps.setLong(i, clock.millis());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    public Optional<Attachment> find(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM attachment WHERE id = ?")) {
                ps.setString(1, id.toString());
                return readAll(ps).stream().findFirst();
            }
        });
    }

    /** Attachments still to upload, oldest first. */
    public List<Attachment> pending(int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM attachment"
                    + " WHERE state = 'pending' AND quarantine_reason IS NULL ORDER BY created_at, rowid LIMIT ?")) {
                ps.setInt(1, limit);
                return readAll(ps);
            }
        });
    }

    public List<Attachment> ofCapture(UUID captureId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM attachment"
                    + " WHERE capture_id = ? ORDER BY created_at, rowid")) {
                ps.setString(1, captureId.toString());
                return readAll(ps);
            }
        });
    }

    /** The central acknowledged {@code sentBytes} bytes from the start; never moves backwards. */
    public void recordProgress(UUID id, long sentBytes) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attachment SET sent_bytes = max(sent_bytes, ?),"
                    + " updated_at = ? WHERE id = ? AND state = 'pending'")) {
                ps.setLong(1, sentBytes);
                ps.setLong(2, clock.millis());
                ps.setString(3, id.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The central holds the whole file and checked its hash. */
    public void markSent(UUID id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attachment SET state = 'sent', sent_bytes = size,"
                    + " updated_at = ? WHERE id = ? AND state = 'pending'")) {
                ps.setLong(1, clock.millis());
                ps.setString(2, id.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** {@link #markSent(UUID)} in the caller's transaction (an answer file applied at once); false when not pending. */
    public boolean markSent(Transaction tx, UUID id) {
        try (PreparedStatement ps = tx.connection().prepareStatement("UPDATE attachment SET state = 'sent',"
                + " sent_bytes = size, updated_at = ? WHERE id = ? AND state = 'pending'")) {
            ps.setLong(1, clock.millis());
            ps.setString(2, id.toString());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    /** Attachments and bytes not yet acknowledged: the sync screen shows documents apart from records. */
    public Backlog backlog() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*), coalesce(sum(size - sent_bytes), 0)"
                    + " FROM attachment WHERE state = 'pending' AND quarantine_reason IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Backlog(rs.getInt(1), rs.getLong(2));
            }
        });
    }

    /** What is left to upload. */
    public record Backlog(int attachments, long bytes) {
    }

    /**
     * The central dropped the file because its SHA-256 was not the declared one: upload it again
     * from byte 0. Counted, so that the uploader starts a file over only once.
     */
    public void restartUpload(UUID id) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attachment SET sent_bytes = 0,"
                    + " restarts = restarts + 1, updated_at = ? WHERE id = ? AND state = 'pending'")) {
                ps.setLong(1, clock.millis());
                ps.setString(2, id.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** How many times the upload of {@code id} was started over (0 when never, or unknown). */
    public int uploadRestarts(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT restarts FROM attachment WHERE id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Sets the attachment aside: it leaves the upload queue and the backlog, keeps its file and
     * row, and {@code reason} (a short machine word, never personal data) says why.
     */
    public void quarantine(UUID id, String reason) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attachment SET quarantine_reason = ?,"
                    + " updated_at = ? WHERE id = ? AND state = 'pending'")) {
                ps.setString(1, reason);
                ps.setLong(2, clock.millis());
                ps.setString(3, id.toString());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The reason {@code id} was set aside, or empty when it was not. */
    /**
     * Support fixed the cause (a workstation id, a file, a refusal of the central): every document
     * set aside goes back to the upload queue, with its restarts counted from zero. Returns how many.
     */
    public int retrySetAside() {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE attachment SET quarantine_reason = NULL,"
                    + " restarts = 0, updated_at = ? WHERE state = 'pending' AND quarantine_reason IS NOT NULL")) {
                ps.setLong(1, clock.millis());
                return ps.executeUpdate();
            }
        });
    }

    public Optional<String> quarantineReason(UUID id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT quarantine_reason FROM attachment WHERE id = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** How many attachments were set aside and wait for support. */
    public int quarantinedCount() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM attachment"
                    + " WHERE state = 'pending' AND quarantine_reason IS NOT NULL"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    private static List<Attachment> readAll(PreparedStatement ps) throws SQLException {
        List<Attachment> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Attachment(UUID.fromString(rs.getString(1)), UUID.fromString(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        rs.getLong(8), AttachmentState.of(rs.getString(9))));
            }
        }
        return list;
    }
}
