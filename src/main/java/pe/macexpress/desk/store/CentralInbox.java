package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The {@code sync_inbox} table: changes pulled from the central, once each (by sequence number). */
public final class CentralInbox {
    private final Database db;

    CentralInbox(Database db) {
        this.db = db;
    }

    /** Keeps pulled changes in the caller's transaction (with the new cursor); a repeated seq is ignored. */
    public void receive(Transaction tx, Collection<InboxItem> items) {
        try (PreparedStatement ps = tx.connection().prepareStatement("INSERT OR IGNORE INTO sync_inbox"
                + " (seq, type, ref, body, received_at) VALUES (?, ?, ?, ?, ?)")) {
            for (InboxItem i : items) {
                ps.setLong(1, i.seq());
                ps.setString(2, i.type());
                ps.setString(3, i.ref());
                ps.setString(4, i.body());
                ps.setLong(5, i.receivedAt().toEpochMilli());
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (java.sql.SQLException e) {
            throw StoreException.from(e);
        }
    }

    /** The newest {@code limit} items of {@code type}, newest first. */
    public List<InboxItem> latest(String type, int limit) {
        return db.read(c -> {
            List<InboxItem> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, type, ref, body, received_at FROM sync_inbox"
                    + " WHERE type = ? ORDER BY seq DESC LIMIT ?")) {
                ps.setString(1, type);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                Instant.ofEpochMilli(rs.getLong(5))));
                    }
                }
            }
            return list;
        });
    }

    public int size() {
        return db.read(c -> (int) SqliteFiles.scalar(c, "SELECT count(*) FROM sync_inbox"));
    }
}
