package pe.macexpress.desk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import pe.macexpress.desk.security.FieldCipher;

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
                ps.setString(4, db.sealing().seal(i.body()));
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
        return select("WHERE type = ? AND state <> 'aside' ORDER BY seq DESC LIMIT ?", type, limit);
    }

    /** Items not processed yet, oldest first: what {@code cases.ChangeProcessor} applies. */
    public List<InboxItem> unprocessed(int limit) {
        return select("WHERE state = 'new' ORDER BY seq LIMIT ?", limit);
    }

    /**
     * Marks an item processed in the caller's transaction (the one that applied it): kept as
     * {@code done} when it is still shown (a message), deleted otherwise (a result lives on in its case).
     */
    public void processed(Transaction tx, long seq, boolean keep, long now) {
        try (PreparedStatement ps = tx.connection().prepareStatement(keep
                ? "UPDATE sync_inbox SET state = 'done', processed_at = " + now + " WHERE seq = ?"
                : "DELETE FROM sync_inbox WHERE seq = ?")) {
            ps.setLong(1, seq);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw StoreException.from(e);
        }
    }

    /** Keeps an item that could not be applied, with the reason, for support to look at; never retried. */
    public void setAside(Transaction tx, long seq, String reason, long now) {
        try (PreparedStatement ps = tx.connection().prepareStatement(
                "UPDATE sync_inbox SET state = 'aside', reason = ?, processed_at = ? WHERE seq = ?")) {
            ps.setString(1, reason);
            ps.setLong(2, now);
            ps.setLong(3, seq);
            ps.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw StoreException.from(e);
        }
    }

    /** Items set aside, newest first, each with its reason. */
    public List<AsideItem> aside(int limit) {
        return db.read(c -> {
            List<AsideItem> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, type, ref, body, received_at, reason"
                    + " FROM sync_inbox WHERE state = 'aside' ORDER BY seq DESC LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(new AsideItem(read(rs), rs.getString(6)));
                    }
                }
            }
            return list;
        });
    }

    /** An item kept aside and why (a result for an attention this desk no longer has, an unreadable body…). */
    public record AsideItem(InboxItem item, String reason) {
    }

    /**
     * Bounds the table: keeps the newest {@code keepDone} processed items and {@code keepAside}
     * items set aside. Returns how many items set aside were dropped (the caller reports it).
     */
    public int trim(int keepDone, int keepAside) {
        return db.write(c -> {
            try (PreparedStatement done = c.prepareStatement("DELETE FROM sync_inbox WHERE state = 'done' AND seq NOT IN"
                    + " (SELECT seq FROM sync_inbox WHERE state = 'done' ORDER BY seq DESC LIMIT ?)");
                 PreparedStatement aside = c.prepareStatement("DELETE FROM sync_inbox WHERE state = 'aside' AND seq NOT IN"
                    + " (SELECT seq FROM sync_inbox WHERE state = 'aside' ORDER BY seq DESC LIMIT ?)")) {
                done.setInt(1, keepDone);
                done.executeUpdate();
                aside.setInt(1, keepAside);
                return aside.executeUpdate();
            }
        });
    }

    public int count(String state) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sync_inbox WHERE state = ?")) {
                ps.setString(1, state);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    private InboxItem read(ResultSet rs) throws java.sql.SQLException {
        return new InboxItem(rs.getLong(1), rs.getString(2), rs.getString(3), db.sealing().open(rs.getString(4)),
                Instant.ofEpochMilli(rs.getLong(5)));
    }

    private List<InboxItem> select(String where, Object... params) {
        return db.read(c -> {
            List<InboxItem> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, type, ref, body, received_at FROM sync_inbox "
                    + where)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(read(rs));
                    }
                }
            }
            return list;
        });
    }

    /** Changes received and not applied yet, and the characters of their bodies (issue 15: the inbox is bounded). */
    public record Waiting(int count, long bytes) {
    }

    /**
     * A body's length as the central sent it: bodies are sealed at rest (issue 15), base64 of nonce,
     * text and tag behind a 4-character prefix, so the bound counts what was received, not its
     * sealed size.
     */
    private static final String PLAIN_BODY_LENGTH = "(CASE WHEN substr(body, 1, 4) = '" + FieldCipher.PREFIX + "'"
            + " THEN max(0, (length(body) - 4) * 3 / 4 - 28) ELSE length(body) END)";

    public Waiting waiting() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*), coalesce(sum(" + PLAIN_BODY_LENGTH + " + length(ref) + length(type)), 0)"
                            + " FROM sync_inbox WHERE state = 'new'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Waiting(rs.getInt(1), rs.getLong(2)) : new Waiting(0, 0);
            }
        });
    }

    public int size() {
        return db.read(c -> (int) SqliteFiles.scalar(c, "SELECT count(*) FROM sync_inbox"));
    }
}
