package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.security.AuditEvent;

class AuditChainStoreTest {
    @TempDir
    Path dir;

    @Test
    void anEditedOrDeletedRowBreaksTheChainAtThatRow() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Store store = Store.open(file, Clock.systemUTC())) {
            for (int i = 0; i < 4; i++) {
                store.audit().append(new AuditEvent("7", "test.action", "prueba", "DNI:4012345" + i, "n=" + i));
            }
            AuditChainStore.Check check = store.audit().verify();
            assertTrue(check.intact());
            assertEquals(4, check.rows());
            String subject = store.audit().after(0, 10).get(0).subject();
            assertFalse(subject.contains("4012345"), "subjects are blind indexes, never in clear");
            assertEquals(store.audit().subjectIndex("DNI:40123450"), subject);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_chain SET detail = 'n=9' WHERE seq = 2");
        }
        try (Store store = Store.open(file, Clock.systemUTC())) {
            assertEquals(2L, store.audit().verify().firstBroken().getAsLong());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE audit_chain SET detail = 'n=1' WHERE seq = 2");
            st.executeUpdate("DELETE FROM audit_chain WHERE seq = 3");
        }
        try (Store store = Store.open(file, Clock.systemUTC())) {
            assertEquals(4L, store.audit().verify().firstBroken().getAsLong(), "the row after the hole does not link");
            // A new row after a break still links to the last row present; the break stays reported.
            AuditChainStore.Entry e = store.audit().append(AuditEvent.of("7", "test.after"));
            assertNotEquals(AuditChainStore.GENESIS, e.prevHash());
            assertEquals(4L, store.audit().verify().firstBroken().getAsLong());
        }
    }
}
