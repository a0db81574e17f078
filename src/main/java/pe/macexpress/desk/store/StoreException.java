package pe.macexpress.desk.store;

import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A failure of the local store, classified so that the advisor gets a message that says what to do
 * (free disk space, check the USB stick, close the other window) instead of an SQL error.
 */
public final class StoreException extends RuntimeException {

    public enum Kind {
        /** The disk (or the size cap) is full: free space, then retry. */
        FULL,
        /** The file or its folder cannot be written. */
        READ_ONLY,
        /** Another process holds the database. */
        LOCKED,
        /** The file is not a SQLite database, or it is damaged. */
        CORRUPT,
        /** The database was written by a newer version of this application. */
        NEWER_SCHEMA,
        /**
         * Issue 15: the key that opens the database's personal fields is not on this machine (the data
         * folder was copied without it, or the key was removed): put the key back, or restore.
         */
        KEY_MISSING,
        /** Any other I/O or SQL failure. */
        IO;

        public String messageKey() {
            return "store.error." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    private final Kind kind;

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static StoreException from(SQLException e) {
        return new StoreException(classify(e), e.getMessage(), e);
    }

    static Kind classify(SQLException e) {
        if (e instanceof SQLiteException se) {
            SQLiteErrorCode code = se.getResultCode();
            // Extended codes (e.g. SQLITE_IOERR_WRITE) keep the primary code in the low byte.
            int primary = code.code & 0xff;
            if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
                return Kind.FULL;
            }
            if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                    || primary == SQLiteErrorCode.SQLITE_PERM.code) {
                return Kind.READ_ONLY;
            }
            if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
                return Kind.LOCKED;
            }
            if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
                return Kind.CORRUPT;
            }
        }
        return Kind.IO;
    }
}
