package pe.macexpress.desk.central.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A central that held records before catalogues and attachments (schema v2) opens with its records
 * intact and the new tables (v3: catalogues and signing key; v4: attachments) in place.
 */
class CentralStoreMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aVersionTwoCentralKeepsItsRecordsAndGainsCataloguesAndAttachments() throws Exception {
        Path file = dir.resolve("central.db");
        try (CentralStore first = CentralStore.open(file)) {
            first.store("WS-1", List.of(new CentralStore.Incoming("attention", "a-1", "h1", 0, 1, "{}")), 1L);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            // Back to what a central of schema v2 had on disk.
            st.execute("DROP TABLE catalog");
            st.execute("DROP TABLE conf");
            st.execute("DROP TABLE attachment");
            st.execute("PRAGMA user_version = 2");
        }
        try (CentralStore again = CentralStore.open(file)) {
            assertEquals(Map.of("a-1", "h1"), again.all(), "the records held before");
            again.putConf("k", "v");
            assertEquals("v", again.conf("k").orElseThrow());
            again.publishCatalog("x", new byte[] {1, 2}, 3L);
            assertEquals(1, again.catalogs().size());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertTrue(rs.next());
            assertEquals(4, rs.getInt(1));
        }
    }
}
