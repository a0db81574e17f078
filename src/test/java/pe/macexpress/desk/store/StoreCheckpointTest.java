package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAL checkpoints happen after commits, off the save, and still bring every save into the database file. */
class StoreCheckpointTest {
    @TempDir
    Path dir;

    @Test
    void savesReachTheDatabaseFileThroughIdleCheckpoints() throws Exception {
        Path file = dir.resolve("desk.db");
        int saves = IdleCheckpointer.COMMITS_PER_CHECKPOINT * 3;
        try (Store db = Store.open(file, Clock.systemUTC())) {
            // SQLite's own checkpoint inside the commit stays only as a distant backstop.
            assertEquals(IdleCheckpointer.FALLBACK_PAGES, Sql.number(db, "PRAGMA wal_autocheckpoint"));
            AttentionStore store = db.attentions();
            for (int i = 0; i < saves; i++) {
                store.save(SampleAttentions.of(i));
            }
            db.database().checkpointer().awaitIdle();
            assertTrue(db.database().checkpointer().count() >= 1, "checkpoints run: " + db.database().checkpointer().count());

            // The database file alone, without its WAL, holds every save up to the last checkpoint:
            // the pages were copied by the worker, not left in the WAL.
            Path copy = dir.resolve("main-file-only.db");
            Files.copy(file, copy);
            try (Connection c = SqliteFiles.connect(copy)) {
                long inFile = SqliteFiles.scalar(c, "SELECT count(*) FROM attention");
                assertTrue(inFile >= IdleCheckpointer.COMMITS_PER_CHECKPOINT * 2L,
                        "attentions in the main file: " + inFile);
                assertEquals(inFile, SqliteFiles.scalar(c, "SELECT count(*) FROM outbox"));
            }
            assertEquals(saves, store.count());
        }
    }

    @Test
    void closingWithACheckpointQueuedLosesNothing() {
        Path file = dir.resolve("desk.db");
        int saves = IdleCheckpointer.COMMITS_PER_CHECKPOINT + 1;
        try (Store db = Store.open(file, Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            for (int i = 0; i < saves; i++) {
                store.save(SampleAttentions.of(i));
            }
        } // close() lets the queued checkpoint finish, then closes the connection
        try (Store db = Store.open(file, Clock.systemUTC())) {
            assertEquals("ok", db.database().read(SqliteFiles::integrity));
            assertEquals(saves, db.attentions().count());
            db.database().checkpointer().awaitIdle(); // a fresh worker with nothing queued returns at once
            assertEquals(0, db.database().checkpointer().count());
        }
    }
}
