package pe.macexpress.desk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What the application checks before it opens the database: is the file there, is it SQLite, does
 * {@code integrity_check} pass, is its schema one this version understands. When not, the newest
 * backup that passes the same check is offered; {@link BackupService#restore} puts it in place and
 * keeps the damaged file aside. Nothing is ever recreated silently.
 *
 * @param problem what is wrong, for support staff (no personal data); blank when OK or NEW
 * @param newestGood the backup to offer when the file cannot be opened as it is
 */
public record StartupCheck(Status status, String problem, int schemaVersion, Optional<Backup> newestGood) {

    public enum Status {
        /** No database and no backups: a first start. */
        NEW,
        /** The file can be opened. */
        OK,
        /** No database, but backups exist: it was lost or moved. Offer the newest backup. */
        MISSING,
        /** The file is not a SQLite database (or is empty while backups exist). */
        NOT_SQLITE,
        /** integrity_check failed or the file cannot be read as a database. */
        CORRUPT,
        /** Written by a newer version of the application. */
        NEWER_SCHEMA
    }

    /** Whether {@link Database#open} may go ahead. */
    public boolean canOpen() {
        return status == Status.OK || status == Status.NEW;
    }

    /** The store error that describes a refusal (for the message shown); IO for OK/NEW. */
    public StoreException.Kind kind() {
        return status == Status.NEWER_SCHEMA ? StoreException.Kind.NEWER_SCHEMA
                : canOpen() ? StoreException.Kind.IO : StoreException.Kind.CORRUPT;
    }

    /** Throws the matching StoreException when the database must not be opened. */
    public StartupCheck requireOpenable() {
        if (!canOpen()) {
            String way = newestGood.map(b -> "; restore a backup, e.g. restore --from " + b.file())
                    .orElse("; no good backup found");
            throw new StoreException(kind(), status + ": " + problem + way, null);
        }
        return this;
    }

    /**
     * The check at start: {@code quick_check} (see {@link SqliteFiles#quickCheck}); backups and
     * {@code doctor} use the full {@code integrity_check}.
     */
    public static StartupCheck run(Path databaseFile, BackupService backups) {
        StartupCheck found = examine(databaseFile, !backups.list().isEmpty(), false);
        return found.canOpen() ? found
                : new StartupCheck(found.status, found.problem, found.schemaVersion, backups.newestGood());
    }

    /** Checks one file alone (a database or a backup) with the full integrity_check. */
    static StartupCheck examine(Path file, boolean backupsExist) {
        return examine(file, backupsExist, true);
    }

    static StartupCheck examine(Path file, boolean backupsExist, boolean full) {
        try {
            if (!Files.exists(file)) {
                return backupsExist ? of(Status.MISSING, "database file missing: " + file.getFileName())
                        : of(Status.NEW, "");
            }
            if (Files.size(file) == 0) {
                return backupsExist ? of(Status.NOT_SQLITE, "database file is empty") : of(Status.NEW, "");
            }
            if (!SqliteFiles.hasSqliteHeader(file)) {
                return of(Status.NOT_SQLITE, "not a SQLite database: " + file.getFileName());
            }
        } catch (IOException e) {
            return of(Status.CORRUPT, "cannot read " + file.getFileName() + ": " + e.getMessage());
        }
        try (Connection c = SqliteFiles.connect(file)) {
            String integrity = full ? SqliteFiles.integrity(c) : SqliteFiles.quickCheck(c);
            int version = SqliteFiles.userVersion(c);
            if (!"ok".equals(integrity)) {
                String check = full ? "integrity_check: " : "quick_check: ";
                return new StartupCheck(Status.CORRUPT, check + integrity, version, Optional.empty());
            }
            if (version > Migrations.latestVersion()) {
                return new StartupCheck(Status.NEWER_SCHEMA, "schema version " + version + " is newer than "
                        + Migrations.latestVersion(), version, Optional.empty());
            }
            return new StartupCheck(Status.OK, "", version, Optional.empty());
        } catch (SQLException e) {
            return of(Status.CORRUPT, "cannot read as a database: " + e.getMessage());
        }
    }

    private static StartupCheck of(Status status, String problem) {
        return new StartupCheck(status, problem, 0, Optional.empty());
    }
}
