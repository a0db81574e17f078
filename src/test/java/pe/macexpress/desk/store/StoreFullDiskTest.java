package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import pe.macexpress.desk.core.Attention;

/** A failed write says why (FULL, READ_ONLY, IO), saves nothing half-way, and the same save works later. */
class StoreFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskIsReportedAsFullAndTheSameSaveSucceedsOnceThereIsRoom() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            store.save(SampleAttentions.of(0));
            setMaxPages(db, Sql.number(db, "PRAGMA page_count"));
            StoreException full = null;
            Attention refused = null;
            for (int i = 1; i < 10_000 && full == null; i++) {
                Attention a = SampleAttentions.of(i);
                try {
                    store.save(a);
                } catch (StoreException e) {
                    full = e;
                    refused = a;
                }
            }
            assertNotNull(full, "the size cap was never reached");
            assertEquals(StoreException.Kind.FULL, full.kind(), full.getMessage() + " cause " + full.getCause());
            int saved = store.count();
            assertEquals(saved, db.outbox().counts().pending(), "nothing saved half-way");
            assertEquals(java.util.Optional.empty(), store.find(refused.id()));

            setMaxPages(db, 1_000_000); // space was freed
            store.save(refused);
            assertEquals(refused, store.find(refused.id()).orElseThrow());
            assertEquals(saved + 1, store.count());
            assertEquals(saved + 1, db.outbox().counts().pending());
            assertEquals("ok", db.database().read(SqliteFiles::integrity));
        }
    }

    @Test
    void aReadOnlyFileIsReportedAsReadOnlyAndWritableAgainLater() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Store db = Store.open(file, Clock.systemUTC())) {
            db.attentions().save(SampleAttentions.of(0));
        }
        assumeTrue(makeReadOnly(file), "cannot make a file read-only here");
        try {
            StoreException e = assertThrows(StoreException.class, () -> {
                try (Store db = Store.open(file, Clock.systemUTC())) {
                    db.attentions().save(SampleAttentions.of(1));
                }
            });
            assertEquals(StoreException.Kind.READ_ONLY, e.kind(), e.getMessage());
        } finally {
            makeWritable(file);
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            store.save(SampleAttentions.of(1));
            assertEquals(2, store.count());
        }
    }

    @Test
    void sqliteResultCodesMapToKindsTheAdvisorCanActOn() {
        assertEquals(StoreException.Kind.FULL, kindOf(SQLiteErrorCode.SQLITE_FULL));
        assertEquals(StoreException.Kind.READ_ONLY, kindOf(SQLiteErrorCode.SQLITE_READONLY));
        assertEquals(StoreException.Kind.READ_ONLY, kindOf(SQLiteErrorCode.SQLITE_READONLY_DBMOVED));
        assertEquals(StoreException.Kind.IO, kindOf(SQLiteErrorCode.SQLITE_IOERR_WRITE));
        assertEquals(StoreException.Kind.IO, kindOf(SQLiteErrorCode.SQLITE_IOERR_FSYNC));
        assertEquals(StoreException.Kind.CORRUPT, kindOf(SQLiteErrorCode.SQLITE_NOTADB));
        assertEquals(StoreException.Kind.CORRUPT, kindOf(SQLiteErrorCode.SQLITE_CORRUPT));
        assertEquals(StoreException.Kind.LOCKED, kindOf(SQLiteErrorCode.SQLITE_BUSY));
    }

    private static StoreException.Kind kindOf(SQLiteErrorCode code) {
        return StoreException.from(new SQLiteException("test", code)).kind();
    }

    private static void setMaxPages(Store db, long pages) {
        db.database().read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    /** chmod when permissions count; as root (they do not) the immutable attribute, where allowed. */
    private static boolean makeReadOnly(Path file) throws IOException, InterruptedException {
        if (!"root".equals(System.getProperty("user.name"))) {
            return file.toFile().setWritable(false, false) && !Files.isWritable(file);
        }
        return run("chattr", "+i", file.toString()) && !Files.isWritable(file);
    }

    private static void makeWritable(Path file) throws IOException, InterruptedException {
        if ("root".equals(System.getProperty("user.name"))) {
            run("chattr", "-i", file.toString());
        }
        file.toFile().setWritable(true, false);
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
