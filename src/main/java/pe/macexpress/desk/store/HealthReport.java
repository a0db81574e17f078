package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * What {@code doctor} reports, read without changing anything: the file is examined as it is (no
 * migration, no reset of the outbox), so "sending" entries left by a crash are visible.
 *
 * @param integrity "ok", or what is wrong
 * @param lastBackup newest backup, or null
 * @param lastSync last successful sync, or null when there never was one
 * @param freeBytes usable space on the data folder's disk, or -1 when unknown
 */
public record HealthReport(String integrity, int schemaVersion, long attentions, OutboxCounts outbox,
                           Instant lastBackup, Instant lastSync, Path dataFolder, long freeBytes) {

    /** Text of {@link #integrity} for a data folder where nothing was saved yet (not a problem). */
    public static final String NO_DATABASE = "no database yet";

    public boolean healthy() {
        return "ok".equals(integrity) || NO_DATABASE.equals(integrity);
    }

    /**
     * Issue 15: the id of the key that opens the database's personal fields (not secret), for
     * {@code doctor}; null when there is no database or it names none. Reads only.
     */
    public static String keyId(Path databaseFile) {
        if (!java.nio.file.Files.isRegularFile(databaseFile)) {
            return null;
        }
        try (Connection c = SqliteFiles.connect(databaseFile);
             java.sql.PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, Database.KEY_ID);
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            return null; // an older or damaged database: the integrity row says what is wrong
        }
    }

    public static HealthReport examine(Path databaseFile, BackupService backups) {
        Path folder = databaseFile.toAbsolutePath().getParent();
        Instant lastBackup = backups.list().stream().findFirst().map(Backup::takenAt).orElse(null);
        long free = freeSpace(folder);
        StartupCheck check = StartupCheck.examine(databaseFile, false);
        if (check.status() == StartupCheck.Status.NEW) {
            return new HealthReport(NO_DATABASE, 0, 0, new OutboxCounts(0, 0, 0, 0), lastBackup, null,
                    folder, free);
        }
        if (check.status() != StartupCheck.Status.OK && check.status() != StartupCheck.Status.NEWER_SCHEMA) {
            return new HealthReport(check.status() + ": " + check.problem(), check.schemaVersion(), 0,
                    new OutboxCounts(0, 0, 0, 0), lastBackup, null, folder, free);
        }
        try (Connection c = SqliteFiles.connect(databaseFile)) {
            return new HealthReport(check.status() == StartupCheck.Status.OK ? "ok" : check.problem(),
                    check.schemaVersion(), SqliteFiles.scalar(c, "SELECT count(*) FROM attention"),
                    Outbox.counts(c), lastBackup, lastSync(c), folder, free);
        } catch (SQLException e) {
            return new HealthReport("cannot read: " + e.getMessage(), check.schemaVersion(), 0,
                    new OutboxCounts(0, 0, 0, 0), lastBackup, null, folder, free);
        }
    }

    private static Instant lastSync(Connection c) throws SQLException {
        return SettingStore.read(c, Setting.LAST_SYNC).flatMap(SettingStore::parseInstant).orElse(null);
    }

    private static long freeSpace(Path folder) {
        try {
            return Files.getFileStore(Files.exists(folder) ? folder : folder.getRoot()).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
