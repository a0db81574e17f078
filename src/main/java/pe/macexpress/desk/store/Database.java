package pe.macexpress.desk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import pe.macexpress.desk.security.FieldCipher;
import pe.macexpress.desk.security.KeyRing;

/**
 * The workstation's SQLite database: one connection, one writer at a time, every write in its own
 * transaction. WAL with {@code synchronous=FULL}: a commit that returned has reached the disk, so
 * a power cut after the screen said "saved" loses nothing. WAL checkpoints run after the commit,
 * in idle time ({@link IdleCheckpointer}), so a save never waits for one.
 */
final class Database implements AutoCloseable {
    /** The {@code setting} that names this database's key (not secret). */
    static final String KEY_ID = "security.key_id";
    private final Path file;
    private final Connection connection;
    private final IdleCheckpointer checkpointer;
    private final Map<String, PreparedStatement> kept = new HashMap<>();
    private final FieldCipher cipher;
    private final Sealing sealing;
    private boolean closed;

    private Database(Path file, Connection connection, FieldCipher cipher, Sealing sealing) {
        this.file = file;
        this.connection = connection;
        this.cipher = cipher;
        this.sealing = sealing;
        this.checkpointer = new IdleCheckpointer(this);
    }

    static Database open(Path file) {
        return open(file, null);
    }

    /**
     * Opens with {@code override} instead of the database's key: {@link Sealing#PASS_THROUGH} for the
     * store benchmark's baseline only. Null: the database's own key.
     */
    static Database open(Path file, Sealing override) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // Issue 15: the data folder and what it holds private to the OS user, at every start (best
            // effort: a file system that refuses modes still opens, as before).
            tightenQuietly(file);
            if (!Files.exists(file)) { // SQLite would create it 0644: created 0600 first (empty = new database)
                Files.createFile(file, pe.macexpress.desk.security.PrivateFiles.fileAttributes(file));
            }
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.READ_ONLY, "cannot create " + file.getParent(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        Connection connection = null;
        try {
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement st = connection.createStatement()) {
                // Reading the schema fails at once on a file that is not a database.
                st.execute("SELECT count(*) FROM sqlite_master");
                // Issue 15 (purge): a deleted or blanked value is overwritten, not left in a free page or cell.
                st.execute("PRAGMA secure_delete = ON");
                // Issue 15 (purge): a new database vacuums incrementally from its first table on; an
                // existing one switches at its first purge (compactAfterPurge: needs one full VACUUM).
                if (Migrations.currentVersion(connection) == 0
                        && SqliteFiles.scalar(connection, "SELECT count(*) FROM sqlite_master") == 0) {
                    st.execute("PRAGMA auto_vacuum = INCREMENTAL");
                }
            }
            Migrations.apply(connection);
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint = " + IdleCheckpointer.FALLBACK_PAGES);
            }
            FieldCipher cipher = cipher(connection);
            Sealing sealing = override != null ? override : Sealing.with(cipher);
            // Issue 15: rows written before encryption are sealed now (once), then the file is rebuilt.
            PersonalData.sealExisting(connection, sealing);
            tightenQuietly(file); // again: the -wal and -shm SQLite just created
            return new Database(file, connection, cipher, sealing);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw StoreException.from(e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    private static void tightenQuietly(Path file) {
        try {
            pe.macexpress.desk.security.PrivateFiles.tighten(file.toAbsolutePath().getParent(), file);
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException e) {
            // Best effort: the folder keeps its modes; the database opens as before.
        }
    }

    Path file() {
        return file;
    }

    /** The database's field cipher (issue 15): its key lives outside the data folder ({@link KeyRing}). */
    FieldCipher cipher() {
        return cipher;
    }

    /** How the stores seal personal fields (issue 15). */
    Sealing sealing() {
        return sealing;
    }

    /** The key this database names in {@code setting}; a new database gets a new key. */
    private static FieldCipher cipher(Connection connection) throws SQLException {
        String keyId = null;
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, KEY_ID);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    keyId = rs.getString(1);
                }
            }
        }
        try {
            if (keyId != null) {
                return KeyRing.load(keyId, false);
            }
            String id = KeyRing.newKeyId();
            FieldCipher created = KeyRing.load(id, true);
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                ps.setString(1, KEY_ID);
                ps.setString(2, id);
                ps.executeUpdate();
            }
            return created;
        } catch (KeyRing.KeyMissingException e) {
            throw new StoreException(StoreException.Kind.KEY_MISSING, e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new StoreException(StoreException.Kind.IO, e.getMessage(), e);
        }
    }

    /** Issue 15 (audit): what to do once the running write transaction has committed (never if it rolls back). */
    private final java.util.List<Runnable> afterCommit = new java.util.ArrayList<>();

    /** Runs {@code action} after the current write transaction commits; dropped when it rolls back. Inside write() only. */
    void afterCommit(Runnable action) {
        if (!Thread.holdsLock(this)) {
            throw new IllegalStateException("afterCommit is used inside write() only");
        }
        afterCommit.add(action);
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    synchronized <T> T write(SqlWork<T> work) {
        T result;
        try {
            connection.setAutoCommit(false);
            result = work.run(connection);
            connection.commit();
        } catch (SQLException e) {
            endFailedTransaction(e);
            throw StoreException.from(e);
        } catch (RuntimeException e) {
            endFailedTransaction(e);
            throw e;
        }
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
        checkpointer.afterCommit();
        if (!afterCommit.isEmpty()) {
            java.util.List<Runnable> actions = java.util.List.copyOf(afterCommit);
            afterCommit.clear();
            actions.forEach(Runnable::run);
        }
        return result;
    }

    /**
     * A statement prepared once and kept for the life of the connection, for the save path, which
     * runs the same inserts for every attention (preparing them again cost about a tenth of a save).
     * Only from inside {@link #write} or {@link #read} work; never close it.
     */
    PreparedStatement kept(String sql) throws SQLException {
        if (!Thread.holdsLock(this)) {
            throw new IllegalStateException("kept statements are used inside write() or read() only");
        }
        PreparedStatement ps = kept.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            kept.put(sql, ps);
        }
        return ps;
    }

    private void forgetKeptStatements() {
        for (PreparedStatement ps : kept.values()) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // It is being thrown away.
            }
        }
        kept.clear();
    }

    /**
     * Copies committed WAL pages into the database file without waiting for anyone (PASSIVE).
     * Returns false when the database is already closed.
     */
    synchronized boolean checkpointPassive() {
        if (closed) {
            return false;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
            return true;
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    /**
     * Issue 15 (purge): after a purge, hands the freed pages back to the file system and empties the
     * WAL, so no purged value stays in a free page, the file's tail or an old WAL frame. The first
     * time on a database created without {@code auto_vacuum = INCREMENTAL} it switches with one full
     * VACUUM (outside any transaction; the whole file is rewritten once); later runs are incremental.
     *
     * @return true when this call ran the one-time full VACUUM
     */
    synchronized boolean compactAfterPurge() {
        if (closed) {
            return false;
        }
        forgetKeptStatements(); // VACUUM refuses to run while any statement of the connection is still active
        try (Statement st = connection.createStatement()) {
            boolean full = SqliteFiles.scalar(connection, "PRAGMA auto_vacuum") != 2;
            if (full) {
                st.execute("PRAGMA auto_vacuum = INCREMENTAL");
                st.execute("VACUUM");
            } else {
                // One page is freed per step of the statement: sqlite3_exec steps it to the end.
                connection.unwrap(org.sqlite.SQLiteConnection.class).getDatabase()
                        .exec("PRAGMA incremental_vacuum", true);
            }
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            return full;
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    IdleCheckpointer checkpointer() {
        return checkpointer;
    }

    /**
     * Rolls back and returns to auto-commit without hiding the original failure. After SQLITE_FULL
     * or an I/O error SQLite may already have rolled back by itself; then both calls fail, harmlessly
     * (the driver is back in auto-commit mode either way).
     */
    private void endFailedTransaction(Exception original) {
        afterCommit.clear(); // nothing was committed: nothing to follow up
        forgetKeptStatements(); // a statement that failed mid-step (SQLITE_FULL) cannot be run again
        rollbackQuietly();
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            original.addSuppressed(e);
        }
    }

    synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreException.from(e);
        }
    }

    int schemaVersion() {
        return read(Migrations::currentVersion);
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The original failure is the one worth reporting.
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Nothing more to do with a connection that failed to open.
            }
        }
    }

    @Override
    public void close() {
        checkpointer.shutdown(); // outside the lock: a queued checkpoint needs it to finish
        synchronized (this) {
            closed = true;
            closeQuietly(connection);
        }
    }
}
