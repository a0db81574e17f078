package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every earlier schema version, filled with rows, migrates to the current one without losing a
 * value. Generic over {@link Migrations#STEPS}: rows are generated from each version's own schema
 * (foreign keys followed, parents first), so the test keeps working when steps are appended or
 * renumbered. A column with a CHECK constraint needs a valid sample in {@link #SAMPLES} (by column name,
 * or table.column when tables share a column name with different checks).
 */
class StoreMigrationTest {
    private static final int ROWS_PER_TABLE = 3;
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("state", "pending"), Map.entry("verification", "VERIFIED"), Map.entry("outcome", "ATENDIDO"),
            Map.entry("doc_type", "DNI"), Map.entry("type", "TAMBO"), Map.entry("language", "qu"),
            Map.entry("reason", "NAMES_DIFFER"), Map.entry("change", "created"), Map.entry("channel", "counter"),
            Map.entry("follow_up.state", "open"), Map.entry("suggestion.type", "compliment"));

    @TempDir
    Path dir;

    @Test
    void everyEarlierVersionWithDataMigratesToTheCurrentOneIntact() throws SQLException {
        assertTrue(Migrations.latestVersion() >= 2, "this branch adds a step");
        for (int version = 0; version < Migrations.latestVersion(); version++) {
            Path file = dir.resolve("v" + version + ".db");
            Map<String, List<Map<String, Object>>> written;
            try (Connection c = SqliteFiles.connect(file)) {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA foreign_keys = ON");
                }
                Migrations.apply(c, Migrations.STEPS, version);
                assertEquals(version, Migrations.currentVersion(c));
                written = fill(c);
                if (version > 0) {
                    assertFalse(written.isEmpty(), "version " + version + " has tables to fill");
                }
            }
            try (Store db = Store.open(file, Clock.systemUTC())) {
                assertEquals(Migrations.latestVersion(), db.schemaVersion(), "from version " + version);
                assertEquals("ok", db.database().read(SqliteFiles::integrity), "from version " + version);
                assertEquals(0L, Sql.number(db, "SELECT count(*) FROM pragma_foreign_key_check"));
                for (var table : written.entrySet()) {
                    for (Map<String, Object> asWritten : table.getValue()) {
                        Map<String, Object> row = migrated(table.getKey(), asWritten, version);
                        if (row.containsKey("doc_blind")) {
                            // Issue 15: opening fills a blind index from the number it indexes (a sample written
                            // into it by hand is not one).
                            row = new LinkedHashMap<>(row);
                            row.put("doc_blind", db.database().sealing().blind((String) row.get("doc_number")));
                        }
                        Map<String, Object> expected = row;
                        assertEquals(expected, db.database().read(c -> readBack(c, table.getKey(), expected,
                                        db.database().sealing())),
                                "table " + table.getKey() + " migrated from version " + version);
                    }
                    // The database's key id (issue 15) is a setting every opened database gets.
                    String own = table.getKey().equals("setting")
                            ? " WHERE key NOT IN ('" + Database.KEY_ID + "', '" + PersonalData.SEALED + "', '"
                            + Setting.DOCUMENTS_SEALED.key() + "')" : "";
                    assertEquals(table.getValue().size(),
                            Sql.number(db, "SELECT count(*) FROM \"" + table.getKey() + "\"" + own));
                }
            }
        }
    }

    @Test
    void aFailingStepLeavesTheEarlierVersionUntouched() throws SQLException {
        Path file = dir.resolve("broken.db");
        try (Connection c = SqliteFiles.connect(file)) {
            List<String> steps = List.of(Migrations.STEPS.get(0),
                    "CREATE TABLE half_done (a TEXT); INSERT INTO no_such_table VALUES (1)");
            assertThrows(SQLException.class, () -> Migrations.apply(c, steps, 2));
            assertEquals(1, Migrations.currentVersion(c));
            assertEquals(0L, SqliteFiles.scalar(c, "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"));
        }
    }

    @Test
    void migratingTwiceChangesNothing() {
        Path file = dir.resolve("desk.db");
        try (Store db = Store.open(file, Clock.systemUTC())) {
            db.attentions().save(SampleAttentions.of(7));
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            assertEquals(Migrations.latestVersion(), db.schemaVersion());
            assertEquals(SampleAttentions.of(7), db.attentions()
                    .find(SampleAttentions.of(7).id()).orElseThrow());
        }
    }

    /**
     * What a row written at {@code fromVersion} must read as now, where a step renamed or recoded its
     * columns: v6 turned the attention-only outbox into one of record kinds (attention_id → record_id
     * with kind "attention"; the old kind became the change: created, changed or reconcile).
     */
    private static Map<String, Object> migrated(String table, Map<String, Object> row, int fromVersion) {
        if (!table.equals("outbox") || fromVersion >= 6) {
            return row;
        }
        Map<String, Object> now = new LinkedHashMap<>(row);
        now.put("record_id", now.remove("attention_id"));
        Object oldKind = now.put("kind", "attention");
        now.put("change", "attention.verification".equals(oldKind) ? "changed"
                : "attention.reconcile".equals(oldKind) ? "reconcile" : "created");
        return now;
    }

    /** Inserts ROWS_PER_TABLE rows in every table, parents first; returns them keyed by table, with rowid. */
    private static Map<String, List<Map<String, Object>>> fill(Connection c) throws SQLException {
        Map<String, List<Map<String, Object>>> written = new LinkedHashMap<>();
        List<String> pending = new ArrayList<>(strings(c,
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
        while (!pending.isEmpty()) {
            String table = pending.stream().filter(t -> parents(c, t).stream()
                    .allMatch(p -> p.equals(t) || written.containsKey(p))).findFirst()
                    .orElseThrow(() -> new AssertionError("foreign key cycle among " + pending));
            pending.remove(table);
            written.put(table, insertRows(c, table, written));
        }
        return written;
    }

    private static List<Map<String, Object>> insertRows(Connection c, String table,
                                                        Map<String, List<Map<String, Object>>> written)
            throws SQLException {
        Map<String, String[]> foreign = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
            while (rs.next()) {
                foreign.put(rs.getString("from"), new String[] {rs.getString("table"), rs.getString("to")});
            }
        }
        List<String[]> columns = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rs.next()) {
                columns.add(new String[] {rs.getString("name"), rs.getString("type").toUpperCase()});
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int j = 0; j < ROWS_PER_TABLE; j++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String[] col : columns) {
                String[] fk = foreign.get(col[0]);
                Object value;
                if (fk != null) {
                    value = written.get(fk[0]).get(j).get(fk[1]);
                } else if (SAMPLES.containsKey(table + "." + col[0])) {
                    value = SAMPLES.get(table + "." + col[0]); // a column whose CHECK differs from its namesakes'
                } else if (SAMPLES.containsKey(col[0])) {
                    value = SAMPLES.get(col[0]);
                } else if (col[1].contains("INT")) {
                    value = 1000L * (j + 1) + col[0].length();
                } else if (col[1].contains("REAL")) {
                    value = j + 0.5;
                } else {
                    value = col[0] + "-" + table + "-" + j + "-ñ";
                }
                row.put(col[0], value);
            }
            String names = String.join(", ", row.keySet().stream().map(n -> "\"" + n + "\"").toList());
            String marks = String.join(", ", row.keySet().stream().map(n -> "?").toList());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO \"" + table + "\" (" + names + ") VALUES (" + marks + ")")) {
                int i = 1;
                for (Object v : row.values()) {
                    ps.setObject(i++, v);
                }
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new AssertionError("cannot insert a sample row into " + table
                        + " (add a valid value for its CHECKed column to SAMPLES): " + e.getMessage(), e);
            }
            rows.add(row);
        }
        return rows;
    }

    /**
     * Issue 15: a table with personal columns holds them sealed (and a key may be one of them): every
     * row is read and opened, and the one equal to {@code row} returned (else the first, to show the
     * difference).
     */
    private static Map<String, Object> readBack(Connection c, String table, Map<String, Object> row, Sealing sealing)
            throws SQLException {
        var personal = PersonalData.TABLES.stream().filter(t -> t.name().equals(table)).findFirst();
        if (personal.isEmpty()) {
            return readBack(c, table, row);
        }
        String names = String.join(", ", row.keySet().stream().map(n -> "\"" + n + "\"").toList());
        List<Map<String, Object>> all = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT " + names + " FROM \"" + table + "\"")) {
            while (rs.next()) {
                Map<String, Object> back = new LinkedHashMap<>();
                for (String n : row.keySet()) {
                    Object v = rs.getObject(n);
                    if (personal.get().text().contains(n) && v instanceof String text) {
                        v = sealing.open(text);
                    } else if (personal.get().blobs().contains(n) && v instanceof String text) {
                        v = sealing.openBlob(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)); // never sealed as text
                    } else if (personal.get().blobs().contains(n) && v instanceof byte[] blob) {
                        v = sealing.openBlob(blob);
                        if (row.get(n) instanceof String) { // the generated sample put text in the blob column
                            v = new String(blob.length == 0 ? blob : (byte[]) v, java.nio.charset.StandardCharsets.UTF_8);
                        }
                    }
                    back.put(n, v instanceof Integer i ? Long.valueOf(i) : v);
                }
                all.add(back);
            }
        }
        assertFalse(all.isEmpty(), "rows missing in " + table);
        return all.stream().filter(r -> sameRow(r, row)).findFirst().orElse(all.get(0));
    }

    private static boolean sameRow(Map<String, Object> a, Map<String, Object> b) {
        for (String k : b.keySet()) {
            Object x = a.get(k);
            Object y = b.get(k);
            if (x instanceof byte[] bx && y instanceof byte[] by ? !java.util.Arrays.equals(bx, by) : !java.util.Objects.equals(x, y)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> readBack(Connection c, String table, Map<String, Object> row)
            throws SQLException {
        // Find the row by its primary key (all of its columns), else by its first column.
        List<String> key = strings(c, "SELECT name FROM pragma_table_info('" + table + "') WHERE pk > 0 ORDER BY pk");
        if (key.isEmpty()) {
            key = List.of(row.keySet().iterator().next());
        }
        String names = String.join(", ", row.keySet().stream().map(n -> "\"" + n + "\"").toList());
        String where = String.join(" AND ", key.stream().map(k -> "\"" + k + "\" = ?").toList());
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + names + " FROM \"" + table + "\" WHERE " + where)) {
            for (int i = 0; i < key.size(); i++) {
                ps.setObject(i + 1, row.get(key.get(i)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "row missing in " + table);
                Map<String, Object> back = new LinkedHashMap<>();
                for (String n : row.keySet()) {
                    Object v = rs.getObject(n);
                    back.put(n, v instanceof Integer i ? Long.valueOf(i) : v);
                }
                assertFalse(rs.next(), "row duplicated in " + table);
                return back;
            }
        }
    }

    private static List<String> parents(Connection c, String table) {
        try {
            return strings(c, "SELECT \"table\" FROM pragma_foreign_key_list('" + table + "')");
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> list = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }
}
