package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Small key/value facts the workstation keeps about itself ({@link Setting}): the one way the
 * {@code setting} table is read and written. A write can join the caller's transaction.
 */
public final class SettingStore {
    private static final String UPSERT =
            "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value";

    private final Database db;

    SettingStore(Database db) {
        this.db = db;
    }

    public Optional<String> get(Setting setting) {
        return db.read(c -> read(c, setting));
    }

    /** An instant setting; empty when absent or unreadable (a hand-edited value starts afresh). */
    public Optional<Instant> instant(Setting setting) {
        return get(setting).flatMap(SettingStore::parseInstant);
    }

    public void put(Setting setting, String value) {
        db.write(c -> {
            write(c, setting, value);
            return null;
        });
    }

    /** Writes in the caller's transaction, so the value commits (or not) with the rest of its work. */
    public void put(Transaction tx, Setting setting, String value) {
        try {
            write(tx.connection(), setting, value);
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    public Optional<Instant> lastSync() {
        return instant(Setting.LAST_SYNC);
    }

    /** Also used by {@link HealthReport} on a connection of its own (no migration, nothing written). */
    static Optional<String> read(Connection c, Setting setting) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, setting.key());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static Optional<Instant> parseInstant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void write(Connection c, Setting setting, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, setting.key());
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
