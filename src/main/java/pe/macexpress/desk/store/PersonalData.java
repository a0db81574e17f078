package pe.macexpress.desk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import pe.macexpress.desk.security.FieldCipher;

/**
 * Issue 15 (encryption at rest): every column of the database that holds a citizen's personal
 * data, sealed by the stores as they write it ({@link Sealing}). Advisors' full names are staff
 * data and stay plain; codes, states, times and catalogue ids are not personal.
 *
 * <p>A database written before encryption is sealed once when it opens ({@link #sealExisting}):
 * every value not yet sealed is sealed, the blind indexes are filled, and the file is rebuilt
 * (VACUUM, then the WAL truncated) so no page with the clear values remains.
 */
final class PersonalData {
    /** The setting that says the database's existing rows were sealed (value: {@link #VERSION}). */
    static final String SEALED = "security.sealed";
    /** Raised when a column is added to {@link #TABLES}: the next open seals it in the old rows. */
    static final String VERSION = "1";

    /**
     * One table's personal columns.
     *
     * @param key the column that names a row ("rowid" where the table has one)
     * @param text text columns sealed with {@link Sealing#seal}
     * @param blobs blob columns sealed with {@link Sealing#sealBlob}
     * @param blindOf the column whose blind index is kept in {@code blind} (null: none)
     */
    record Table(String name, String key, List<String> text, List<String> blobs, String blindOf, String blind) {
    }

    static final List<Table> TABLES = List.of(
            new Table("attention", "rowid", List.of("doc_number", "doc_check", "citizen_names", "outcome_detail"),
                    List.of(), "doc_number", "doc_blind"),
            new Table("identity_cache", "rowid", List.of("doc_number", "given_names", "first_surname", "second_surname"),
                    List.of("photo"), "doc_number", "doc_blind"),
            new Table("identity_audit", "rowid", List.of("doc_number"), List.of(), null, null),
            new Table("identity_flag", "rowid", List.of("pide_names"), List.of(), null, null),
            new Table("capture", "rowid", List.of("answers"), List.of(), null, null),
            new Table("sync_inbox", "rowid", List.of("body"), List.of(), null, null),
            new Table("follow_up", "rowid", List.of("awaiting", "result_note", "answer_reason"), List.of(), null, null),
            new Table("complaint", "rowid", List.of("doc_number", "names", "address", "phone", "email",
                    "guardian_names", "guardian_document", "facts", "request", "action", "answer_summary"),
                    List.of(), null, null),
            new Table("survey", "id", List.of("comment"), List.of(), null, null),
            new Table("suggestion", "id", List.of("text", "name", "contact"), List.of(), null, null),
            new Table("incident", "rowid", List.of("what", "done"), List.of(), null, null),
            new Table("orientation", "rowid", List.of("topic"), List.of(), null, null));

    private PersonalData() {
    }

    /**
     * Seals what an older version wrote in clear, once per database (idempotent: a value already
     * sealed is left alone, so a crash half-way is finished at the next open). Each table in its own
     * transaction; VACUUM after, when anything was sealed. With {@link Sealing#PASS_THROUGH} nothing
     * is done (the benchmark's baseline).
     */
    static void sealExisting(Connection c, Sealing sealing) throws SQLException {
        if (sealing == Sealing.PASS_THROUGH || VERSION.equals(setting(c, SEALED))) {
            return;
        }
        long sealed = 0;
        for (Table t : TABLES) {
            sealed += sealTable(c, t, sealing);
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, SEALED);
            ps.setString(2, VERSION);
            ps.executeUpdate();
            c.commit();
        } finally {
            c.setAutoCommit(auto);
        }
        if (sealed > 0) {
            try (Statement st = c.createStatement()) {
                // The clear values are still in free pages and in the WAL: rebuild, then empty the WAL.
                st.execute("VACUUM");
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
    }

    /** Rows sealed per transaction: a large old database is sealed without holding it in memory. */
    static final int BATCH = 5_000;

    private static long sealTable(Connection c, Table t, Sealing sealing) throws SQLException {
        List<String> all = new ArrayList<>(t.text());
        all.addAll(t.blobs());
        StringBuilder unsealed = new StringBuilder();
        for (String col : t.text()) {
            unsealed.append(unsealed.length() == 0 ? "" : " OR ")
                    .append("(").append(col).append(" <> '' AND substr(").append(col).append(", 1, 4) <> '")
                    .append(FieldCipher.PREFIX).append("')");
        }
        for (String col : t.blobs()) {
            unsealed.append(" OR (").append(col).append(" IS NOT NULL AND substr(").append(col)
                    .append(", 1, 4) <> CAST('").append(FieldCipher.PREFIX).append("' AS BLOB))");
        }
        if (t.blind() != null) {
            unsealed.append(" OR (").append(t.blind()).append(" = '' AND ").append(t.blindOf()).append(" <> '')");
        }
        // Walks the table in key order, one batch per transaction (the key's own b-tree: no sort).
        String select = "SELECT " + t.key() + ", " + String.join(", ", all) + " FROM " + t.name()
                + " WHERE " + t.key() + " > ? AND (" + unsealed + ") ORDER BY " + t.key() + " LIMIT " + BATCH;
        StringBuilder set = new StringBuilder();
        for (String col : all) {
            set.append(set.length() == 0 ? "" : ", ").append(col).append(" = ?");
        }
        if (t.blind() != null) {
            set.append(", ").append(t.blind()).append(" = ?");
        }
        String update = "UPDATE " + t.name() + " SET " + set + " WHERE " + t.key() + " = ?";
        long n = 0;
        // Below every key: rowids are integers, text keys sort after every number in SQLite.
        Object last = Long.MIN_VALUE;
        boolean auto = c.getAutoCommit();
        try (PreparedStatement read = c.prepareStatement(select);
             PreparedStatement write = c.prepareStatement(update)) {
            while (true) {
                List<Object[]> rows = new ArrayList<>();
                read.setObject(1, last);
                try (ResultSet rs = read.executeQuery()) {
                    while (rs.next()) {
                        Object[] row = new Object[all.size() + 1];
                        row[0] = rs.getObject(1);
                        for (int i = 0; i < t.text().size(); i++) {
                            row[i + 1] = rs.getString(i + 2);
                        }
                        for (int i = 0; i < t.blobs().size(); i++) {
                            row[t.text().size() + i + 1] = rs.getBytes(t.text().size() + i + 2);
                        }
                        rows.add(row);
                    }
                }
                if (rows.isEmpty()) {
                    return n;
                }
                c.setAutoCommit(false);
                try {
                    for (Object[] row : rows) {
                        int p = 1;
                        String blindSource = null;
                        for (int i = 0; i < t.text().size(); i++) {
                            String plain = sealing.open((String) row[i + 1]);
                            if (t.text().get(i).equals(t.blindOf())) {
                                blindSource = plain;
                            }
                            write.setString(p++, sealing.seal(plain));
                        }
                        for (int i = 0; i < t.blobs().size(); i++) {
                            byte[] stored = (byte[]) row[t.text().size() + i + 1];
                            write.setBytes(p++, Sealing.isSealedBlob(stored) ? stored : sealing.sealBlob(stored));
                        }
                        if (t.blind() != null) {
                            write.setString(p++, sealing.blind(blindSource == null ? "" : blindSource));
                        }
                        write.setObject(p, row[0]);
                        write.executeUpdate();
                        n++;
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(auto);
                }
                last = rows.get(rows.size() - 1)[0];
            }
        }
    }

    private static String setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
