package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void durableSettingsAreInForceOnTheConnection() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            assertEquals("wal", Sql.text(db, "PRAGMA journal_mode"));
            assertEquals(2L, Sql.number(db, "PRAGMA synchronous"), "2 = FULL");
            assertEquals(1L, Sql.number(db, "PRAGMA foreign_keys"));
            assertEquals(5000L, Sql.number(db, "PRAGMA busy_timeout"));
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
        }
    }

    @Test
    void foreignKeysRefuseAFlagWithoutItsAttention() {
        // The outbox carries records of any kind since v6 (no foreign key there); identity flags still
        // name their attention, and the store refuses one that names none.
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            StoreException e = assertThrows(StoreException.class, () -> db.database().write(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO identity_flag (attention_id, reason, code, pide_names,"
                            + " flagged_at) VALUES ('no-such-attention', 'NOT_FOUND', '', '', 0)");
                }
            }));
            assertEquals(StoreException.Kind.IO, e.kind());
            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM identity_flag"));
        }
    }

    @Test
    void aSaveIsOneTransactionWithItsOutboxEntry() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            var a = SampleAttentions.of(1);
            store.save(a);
            // The same id again violates the primary key: neither the row nor a second outbox entry stays.
            assertThrows(StoreException.class, () -> store.save(a));
            assertEquals(1, store.count());
            assertEquals(1L, Sql.number(db, "SELECT count(*) FROM outbox"));
            assertEquals(a, store.find(a.id()).orElseThrow());
        }
    }
}
