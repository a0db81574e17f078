package pe.macexpress.desk.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference central's own SQLite database (in memory, or a file): attentions by id with their
 * hash and revision, workstation tokens (only their SHA-256), one-time enrollment codes, the
 * changes each workstation can pull, and counters. One connection, every call synchronized.
 */
public final class CentralStore implements AutoCloseable {
    /** What an upload did with one record. */
    public enum Verdict { ACCEPTED, DUPLICATE, CONFLICT }

    private final Connection c;
    private final SecureRandom random = new SecureRandom();

    private CentralStore(Connection c) {
        this.c = c;
    }

    /** @param file null for an in-memory database */
    public static CentralStore open(java.nio.file.Path file) {
        try {
            Connection c = DriverManager.getConnection(file == null ? "jdbc:sqlite::memory:"
                    : "jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement st = c.createStatement()) {
                if (file != null) {
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA synchronous = FULL");
                }
                st.execute("CREATE TABLE IF NOT EXISTS ca (id TEXT PRIMARY KEY, ws TEXT NOT NULL, h TEXT NOT NULL,"
                        + " v INTEGER NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS tok (sha TEXT PRIMARY KEY, ws TEXT NOT NULL,"
                        + " revoked INTEGER NOT NULL DEFAULT 0)");
                st.execute("CREATE TABLE IF NOT EXISTS code (code TEXT PRIMARY KEY, used INTEGER NOT NULL DEFAULT 0)");
                st.execute("CREATE TABLE IF NOT EXISTS ch (seq INTEGER PRIMARY KEY AUTOINCREMENT, ws TEXT NOT NULL,"
                        + " t TEXT NOT NULL, ref TEXT NOT NULL, b TEXT NOT NULL)");
                st.execute("CREATE TABLE IF NOT EXISTS stat (k TEXT PRIMARY KEY, n INTEGER NOT NULL)");
            }
            return new CentralStore(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the central's database", e);
        }
    }

    /** A new one-time enrollment code. */
    public synchronized String issueCode() {
        String code = String.format("%04d-%04d", random.nextInt(10_000), random.nextInt(10_000));
        addCode(code);
        return code;
    }

    public synchronized void addCode(String code) {
        update("INSERT OR IGNORE INTO code (code) VALUES (?)", code);
    }

    /** Trades an unused code for a new token; empty when the code is unknown or used. */
    public synchronized Optional<String> enroll(String code, String workstation) {
        return tx(() -> {
            if (update("UPDATE code SET used = 1 WHERE code = ? AND used = 0", code) != 1) {
                return Optional.empty();
            }
            byte[] raw = new byte[24];
            random.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            update("INSERT INTO tok (sha, ws) VALUES (?, ?)", sha(token), workstation);
            return Optional.of(token);
        });
    }

    /** The workstation of a valid (not revoked) token. */
    public synchronized Optional<String> workstation(String token) {
        return query("SELECT ws FROM tok WHERE sha = ? AND revoked = 0", sha(token)).stream().findFirst()
                .map(r -> (String) r[0]);
    }

    /** Revokes every token of a workstation; its next request gets 401. */
    public synchronized int revoke(String workstation) {
        return update("UPDATE tok SET revoked = 1 WHERE ws = ?", workstation);
    }

    /** A record as received, already validated. */
    public record Incoming(String id, String hash, int revision, String body) {
    }

    /** Stores a batch in one transaction, idempotently; one verdict per record, in order. */
    public synchronized List<Verdict> store(String workstation, List<Incoming> records, long now) {
        return tx(() -> {
            List<Verdict> verdicts = new ArrayList<>(records.size());
            int duplicates = 0;
            for (Incoming r : records) {
                List<Object[]> found = query("SELECT h, v FROM ca WHERE id = ?", r.id());
                Verdict v;
                if (found.isEmpty()) {
                    update("INSERT INTO ca (id, ws, h, v, body, at) VALUES (?, ?, ?, ?, ?, ?)", r.id(), workstation,
                            r.hash(), r.revision(), r.body(), now);
                    v = Verdict.ACCEPTED;
                } else if (found.get(0)[0].equals(r.hash())) {
                    v = Verdict.DUPLICATE;
                    duplicates++;
                } else if (r.revision() > ((Number) found.get(0)[1]).intValue()) {
                    // A later change of the same attention (e.g. identity verified afterwards).
                    update("UPDATE ca SET h = ?, v = ?, body = ?, at = ? WHERE id = ?", r.hash(), r.revision(),
                            r.body(), now, r.id());
                    v = Verdict.ACCEPTED;
                } else {
                    v = Verdict.CONFLICT;
                }
                verdicts.add(v);
            }
            count("uploads", records.size());
            count("duplicates", duplicates);
            return verdicts;
        });
    }

    /** For reconciliation: the hash held for each id (null when absent). */
    public synchronized List<String> hashes(List<String> ids) {
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            List<Object[]> r = query("SELECT h FROM ca WHERE id = ?", id);
            out.add(r.isEmpty() ? null : (String) r.get(0)[0]);
        }
        count("reconciles", 1);
        return out;
    }

    /** Test/admin: the central loses every attention, as if restored from an old backup. */
    public synchronized void forgetAll() {
        update("DELETE FROM ca");
    }

    /** Test/admin: plant a record (e.g. to provoke a conflict). */
    public synchronized void plant(String id, String hash, int revision, String workstation) {
        update("INSERT OR REPLACE INTO ca (id, ws, h, v, body, at) VALUES (?, ?, ?, ?, '{}', 0)", id, workstation,
                hash, revision);
    }

    /** Every stored (id, hash), ordered by id. */
    public synchronized Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Object[] r : query("SELECT id, h FROM ca ORDER BY id")) {
            m.put((String) r[0], (String) r[1]);
        }
        return m;
    }

    public synchronized long stat(String key) {
        List<Object[]> r = query("SELECT n FROM stat WHERE k = ?", key);
        return r.isEmpty() ? 0 : ((Number) r.get(0)[0]).longValue();
    }

    public synchronized long attentions() {
        return ((Number) query("SELECT count(*) FROM ca").get(0)[0]).longValue();
    }

    /** Something for a workstation to pull: "result", "identity" or "message". */
    public synchronized long addChange(String workstation, String type, String ref, String body) {
        update("INSERT INTO ch (ws, t, ref, b) VALUES (?, ?, ?, ?)", workstation, type, ref, body);
        return ((Number) query("SELECT max(seq) FROM ch").get(0)[0]).longValue();
    }

    /** Changes for a workstation after {@code since}: rows of (seq, t, ref, b). */
    public synchronized List<Object[]> changes(String workstation, long since, int limit) {
        return query("SELECT seq, t, ref, b FROM ch WHERE ws = ? AND seq > ? ORDER BY seq LIMIT ?", workstation, since,
                limit);
    }

    private void count(String key, long n) {
        update("INSERT INTO stat (k, n) VALUES (?, ?) ON CONFLICT(k) DO UPDATE SET n = n + excluded.n", key, n);
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private <T> T tx(Work<T> w) {
        try {
            c.setAutoCommit(false);
            try {
                T t = w.run();
                c.commit();
                return t;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("central database: " + e.getMessage(), e);
        }
    }

    private int update(String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("central database: " + e.getMessage(), e);
        }
    }

    private List<Object[]> query(String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("central database: " + e.getMessage(), e);
        }
    }

    private static String sha(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
