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
 * intact and the new tables (v3: catalogues and signing key; v4: attachments; v5: results and the
 * index of attention codes) in place; a central of v4 finds its attentions by code through that index.
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
            st.execute("DROP TABLE result");
            st.execute("DROP INDEX record_code");
            revertIssue15(st);
            st.execute("PRAGMA user_version = 2");
        }
        try (CentralStore again = CentralStore.open(file)) {
            assertEquals(Map.of("a-1", "h1"), again.all(), "the records held before");
            again.putConf("k", "v");
            assertEquals("v", again.conf("k").orElseThrow());
            again.publishCatalog("x", new byte[] {1, 2}, 3L);
            assertEquals(1, again.catalogs().size());
            var a1 = new CentralStore.HeldAttention("a-1", "WS-1", "{}");
            again.addResult(a1, new CentralStore.StoredResult("K7Q3-9PXA", "resuelto", "", 5L), "{}");
            assertEquals(1, again.results("a-1").size());
        }
        assertEquals(CentralStore.SCHEMA_VERSION, userVersion(file));
    }

    @Test
    void aVersionFourCentralFindsTheAttentionsItHeldByTheirCode() throws Exception {
        Path file = dir.resolve("central.db");
        try (CentralStore first = CentralStore.open(file)) {
            first.store("WS-1", List.of(
                    new CentralStore.Incoming("attention", "a-1", "h1", 0, 2, "{\"c\":\"K7Q3-9PXA\",\"pr\":\"x\"}"),
                    new CentralStore.Incoming("attention", "a-2", "h2", 0, 2, "{\"c\":\"M2R4-0XYZ\",\"pr\":\"x\"}"),
                    // A capture names its attention by id, never by code: not found by one.
                    new CentralStore.Incoming("capture", "c-1", "h3", 0, 1, "{\"c\":\"K7Q3-9PXA\"}")), 1L);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            // Back to what a central of schema v4 had on disk.
            st.execute("DROP TABLE result");
            st.execute("DROP INDEX record_code");
            revertIssue15(st);
            st.execute("PRAGMA user_version = 4");
        }
        try (CentralStore again = CentralStore.open(file)) {
            assertEquals(List.of(new CentralStore.HeldAttention("a-1", "WS-1", "{\"c\":\"K7Q3-9PXA\",\"pr\":\"x\"}")),
                    again.attentionsByCode("K7Q3-9PXA"));
            assertEquals(List.of(), again.attentionsByCode("ZZZZ-ZZZZ"));
            // A later revision with another body is found by its new code only.
            again.store("WS-1", List.of(new CentralStore.Incoming("attention", "a-2", "h4", 1, 2,
                    "{\"c\":\"M2R4-0XYB\"}")), 2L);
            assertEquals(List.of(), again.attentionsByCode("M2R4-0XYZ"));
            assertEquals("a-2", again.attentionsByCode("M2R4-0XYB").get(0).id());
        }
        assertEquals(CentralStore.SCHEMA_VERSION, userVersion(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             var ps = c.prepareStatement("EXPLAIN QUERY PLAN " + CentralStore.ATTENTIONS_BY_CODE)) {
            ps.setString(1, "K7Q3-9PXA");
            ResultSet rs = ps.executeQuery();
            StringBuilder plan = new StringBuilder();
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
            assertTrue(plan.toString().contains("record_code"), "the look-up by code uses the index: " + plan);
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            assertTrue(rs.next());
            return rs.getInt(1);
        }
    }

    @Test
    void aVersionFiveCentralsUnusedCodesBecomeSingleUsePresetCodes() throws Exception {
        Path file = dir.resolve("central.db");
        try (CentralStore first = CentralStore.open(file)) {
            first.addCode("1234-5678");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            revertIssue15(st);
            st.execute("PRAGMA user_version = 5");
        }
        try (CentralStore again = CentralStore.open(file)) {
            assertEquals(CentralStore.EnrollOutcome.ENROLLED, again.enroll("1234-5678", "WS-1", 1L).outcome());
            assertEquals(CentralStore.EnrollOutcome.BAD_CODE, again.enroll("1234-5678", "WS-2", 2L).outcome(),
                    "used once");
            assertEquals(1, again.tokens("WS-1"));
        }
        assertEquals(CentralStore.SCHEMA_VERSION, userVersion(file));
    }

    /** What step 6 (issue 15: codes bound to a workstation and expiring, records by owner) added, undone. */
    private static void revertIssue15(Statement st) throws java.sql.SQLException {
        st.execute("DROP INDEX record_ws");
        st.execute("DROP INDEX tok_ws");
        st.execute("ALTER TABLE code DROP COLUMN ws");
        st.execute("ALTER TABLE code DROP COLUMN expires");
    }
}
