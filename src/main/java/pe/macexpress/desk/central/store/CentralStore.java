package pe.macexpress.desk.central.store;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import pe.macexpress.desk.security.EnrollmentCode;

/**
 * The reference central's own SQLite database (in memory, or a file): records of every kind by id
 * with their hash, revision and schema version, workstation tokens (only their SHA-256), one-time
 * enrollment codes, the changes each workstation can pull, entities' results, and counters. One
 * connection, every call synchronized. This is the central's store, not the workstation's: it lives in its own package.
 */
public final class CentralStore implements AutoCloseable {
    /**
     * What an upload did with one record; {@code NOT_YOURS}: another workstation sent it first, so
     * nothing of the batch is stored (the whole upload is refused with 403).
     */
    public enum Verdict { ACCEPTED, DUPLICATE, CONFLICT, NOT_YOURS }

    /** What became of an enrollment: a token, or why not (never which code). */
    public enum EnrollOutcome {
        ENROLLED,
        /** Unknown, used or expired. */
        BAD_CODE,
        /** A code issued for another workstation, or a preset code offered for a workstation that already exists. */
        WRONG_WORKSTATION
    }

    /** An enrollment's outcome and, when enrolled, the new token (shown once). */
    public record Enrolled(EnrollOutcome outcome, String token) {
        @Override
        public String toString() {
            return "Enrolled[" + outcome + "]";
        }
    }

    /** How long an issued code lives unless the operator says otherwise. */
    public static final java.time.Duration DEFAULT_CODE_TTL = java.time.Duration.ofHours(72);

    /** Schema steps of the central's database, numbered by {@code user_version}. */
    private static final List<String> STEPS = List.of(
            // v1: the first reference central (attentions only). IF NOT EXISTS: files of the first
            // central carry no user_version.
            """
            CREATE TABLE IF NOT EXISTS ca (id TEXT PRIMARY KEY, ws TEXT NOT NULL, h TEXT NOT NULL,
                v INTEGER NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS tok (sha TEXT PRIMARY KEY, ws TEXT NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS code (code TEXT PRIMARY KEY, used INTEGER NOT NULL DEFAULT 0);
            CREATE TABLE IF NOT EXISTS ch (seq INTEGER PRIMARY KEY AUTOINCREMENT, ws TEXT NOT NULL,
                t TEXT NOT NULL, ref TEXT NOT NULL, b TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS stat (k TEXT PRIMARY KEY, n INTEGER NOT NULL)
            """,
            // v2: record kinds. Every attention held so far becomes a record of kind "attention",
            // schema version 1 (the only one there was).
            """
            CREATE TABLE record (id TEXT PRIMARY KEY, kind TEXT NOT NULL, ws TEXT NOT NULL, h TEXT NOT NULL,
                v INTEGER NOT NULL, sv INTEGER NOT NULL, body TEXT NOT NULL, at INTEGER NOT NULL);
            INSERT INTO record (id, kind, ws, h, v, sv, body, at) SELECT id, 'attention', ws, h, v, 1, body, at FROM ca;
            DROP TABLE ca;
            CREATE INDEX record_kind ON record(kind)
            """,
            // v3: published catalogues (every version kept: attentions name the one they were served
            // under) and the central's own settings (its catalogue signing key).
            """
            CREATE TABLE catalog (seq INTEGER PRIMARY KEY AUTOINCREMENT, version TEXT NOT NULL, body BLOB NOT NULL,
                at INTEGER NOT NULL);
            CREATE TABLE conf (k TEXT PRIMARY KEY, v TEXT NOT NULL)
            """,
            // v4: attachments (issue 11). Their bytes are files of the attachments folder; a row
            // says whose each one is, its declared size and SHA-256, and whether it was accepted.
            """
            CREATE TABLE attachment (id TEXT PRIMARY KEY, ws TEXT NOT NULL, size INTEGER NOT NULL,
                sha TEXT NOT NULL, accepted INTEGER NOT NULL DEFAULT 0, at INTEGER NOT NULL)
            """,
            // v5: entities' results (issue 12), kept per attention id, newest last; and attentions
            // found by their code (content field c) through an index on that expression, which
            // follows every later revision of the body by itself.
            """
            CREATE TABLE result (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, code TEXT NOT NULL,
                status TEXT NOT NULL, note TEXT NOT NULL, at INTEGER NOT NULL);
            CREATE INDEX result_id ON result(id);
            CREATE INDEX record_code ON record(json_extract(body, '$.c')) WHERE kind = 'attention'
            """,
            // v6 (issue 15, a central that trusts nothing): an enrollment code names the one workstation
            // it is for (null: a code preset for training, bound to the first workstation that uses
            // it) and when it expires (null: never, codes from before). Records are looked up by owner.
            """
            ALTER TABLE code ADD COLUMN ws TEXT;
            ALTER TABLE code ADD COLUMN expires INTEGER;
            CREATE INDEX record_ws ON record(ws);
            CREATE INDEX tok_ws ON tok(ws)
            """);

    /** The schema version a database has once opened here (its {@code user_version}). */
    public static final int SCHEMA_VERSION = STEPS.size();

    private final Connection c;
    private final Path attachmentsFolder;
    private final boolean temporaryFolder;
    private final SecureRandom random = new SecureRandom();

    private CentralStore(Connection c, Path attachmentsFolder, boolean temporaryFolder) {
        this.c = c;
        this.attachmentsFolder = attachmentsFolder;
        this.temporaryFolder = temporaryFolder;
    }

    /** @param file null for an in-memory database */
    public static CentralStore open(Path file) {
        Connection c;
        try {
            c = DriverManager.getConnection(file == null ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the central's database", e);
        }
        try {
            try (Statement st = c.createStatement()) {
                if (file != null) {
                    st.execute("PRAGMA journal_mode = WAL");
                    st.execute("PRAGMA synchronous = FULL");
                }
            }
            // Attachment bytes go to files beside the database (a temporary folder for an
            // in-memory central): hundreds of megabytes never sit in memory or in the database.
            Path folder = file == null ? Files.createTempDirectory("macx-central-attachments")
                    : file.toAbsolutePath().resolveSibling(file.getFileName() + "-attachments");
            // Documents are personal data (DNI photos): readable by the central's OS user only.
            pe.macexpress.desk.security.PrivateFiles.folder(folder);
            CentralStore store = new CentralStore(c, folder, file == null);
            store.migrate();
            return store;
        } catch (SQLException | IOException e) {
            try {
                c.close(); // a failed migration or folder must not leave the file open
            } catch (SQLException ignored) {
                // already failing
            }
            throw new IllegalStateException("cannot open the central's database", e);
        }
    }

    /** Where attachment files live: {@code <id>.part} while arriving, {@code <id>.bin} once accepted. */
    public Path attachmentsFolder() {
        return attachmentsFolder;
    }

    /** An attachment as the central knows it: whose, declared size and SHA-256, accepted or not. */
    public record AttachmentRow(String id, String workstation, long size, String sha256, boolean accepted) {
    }

    public synchronized Optional<AttachmentRow> attachment(String id) {
        return query("SELECT id, ws, size, sha, accepted FROM attachment WHERE id = ?", id).stream().findFirst()
                .map(r -> new AttachmentRow((String) r[0], (String) r[1], ((Number) r[2]).longValue(), (String) r[3],
                        ((Number) r[4]).intValue() == 1));
    }

    /** A new upload of {@code id} from its first byte (its row replaced, never an accepted one's). */
    public synchronized void startAttachment(String id, String workstation, long size, String sha256, long now) {
        update("INSERT OR REPLACE INTO attachment (id, ws, size, sha, accepted, at) VALUES (?, ?, ?, ?, 0, ?)",
                id, workstation, size, sha256, now);
    }

    public synchronized void acceptAttachment(String id, long now) {
        tx(() -> {
            update("UPDATE attachment SET accepted = 1, at = ? WHERE id = ?", now, id);
            count("attachments_accepted", 1);
            return null;
        });
    }

    /** Attachments accepted and the sum of their sizes. */
    public synchronized long[] attachmentTotals() {
        Object[] r = query("SELECT count(*), coalesce(sum(size), 0) FROM attachment WHERE accepted = 1").get(0);
        return new long[] {((Number) r[0]).longValue(), ((Number) r[1]).longValue()};
    }

    /** Adds to a counter of {@link #stat}. */
    public synchronized void tally(String key, long n) {
        count(key, n);
    }

    private void migrate() throws SQLException {
        int version;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        for (int v = version; v < STEPS.size(); v++) {
            final int step = v;
            tx(() -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : STEPS.get(step).split(";")) {
                        if (!sql.isBlank()) {
                            st.execute(sql);
                        }
                    }
                    st.execute("PRAGMA user_version = " + (step + 1));
                }
                return null;
            });
        }
    }

    /** One of the central's own settings (e.g. its catalogue signing key). */
    public synchronized Optional<String> conf(String key) {
        try (PreparedStatement ps = c.prepareStatement("SELECT v FROM conf WHERE k = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void putConf(String key, String value) {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO conf (k, v) VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps a published catalogue (its exact bytes); the newest one is served. */
    public synchronized void publishCatalog(String version, byte[] body, long at) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO catalog (version, body, at) VALUES (?, ?, ?)")) {
            ps.setString(1, version);
            ps.setBytes(2, body);
            ps.setLong(3, at);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every catalogue published here, oldest first. */
    public synchronized List<byte[]> catalogs() {
        List<byte[]> all = new java.util.ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT body FROM catalog ORDER BY seq")) {
            while (rs.next()) {
                all.add(rs.getBytes(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all;
    }

    /**
     * A new one-time code for a workstation no token names yet, bound to the first one that uses it
     * (as a preset code), expiring after {@link #DEFAULT_CODE_TTL}: the in-process shortcut of
     * tests and benchmarks. Over HTTP an admin names the workstation ({@link #issueCode(String, java.time.Duration, long)}).
     */
    public synchronized String issueCode() {
        String code = EnrollmentCode.issue(random);
        update("INSERT INTO code (code, ws, expires) VALUES (?, NULL, ?)", EnrollmentCode.canonical(code).orElseThrow(),
                System.currentTimeMillis() + DEFAULT_CODE_TTL.toMillis());
        return code;
    }

    /** A new one-time code for {@code workstation} only, expiring {@code ttl} after {@code now}. */
    public synchronized String issueCode(String workstation, java.time.Duration ttl, long now) {
        if (workstation == null || workstation.isBlank()) {
            throw new IllegalArgumentException("a code names its workstation");
        }
        String code = EnrollmentCode.issue(random);
        update("INSERT INTO code (code, ws, expires) VALUES (?, ?, ?)", EnrollmentCode.canonical(code).orElseThrow(),
                workstation.strip(), now + ttl.toMillis());
        return code;
    }

    /** An operator's own code (training) for {@code workstation} only, expiring {@code ttl} after {@code now}. */
    public synchronized String presetCode(String code, String workstation, java.time.Duration ttl, long now) {
        String canonical = EnrollmentCode.canonical(code).orElseThrow(() -> new IllegalArgumentException("not a code"));
        update("INSERT OR REPLACE INTO code (code, used, ws, expires) VALUES (?, 0, ?, ?)", canonical, workstation.strip(),
                now + ttl.toMillis());
        return EnrollmentCode.grouped(canonical);
    }

    /** {@link #issueCode(String, java.time.Duration, long)} with the default lifetime, from now. */
    public synchronized String issueCode(String workstation) {
        return issueCode(workstation, DEFAULT_CODE_TTL, System.currentTimeMillis());
    }

    /**
     * A code chosen by the operator ({@code sandbox --enrollment-code}) for training and tests: it
     * never expires, and is bound to the first workstation that uses it. False when it is no code.
     */
    public synchronized boolean addCode(String code) {
        Optional<String> c = EnrollmentCode.canonical(code);
        c.ifPresent(canonical -> update("INSERT OR IGNORE INTO code (code) VALUES (?)", canonical));
        return c.isPresent();
    }

    /** Trades an unused code for a new token; empty when refused (see {@link #enroll(String, String, long)}). */
    public synchronized Optional<String> enroll(String code, String workstation) {
        return Optional.ofNullable(enroll(code, workstation, System.currentTimeMillis()).token());
    }

    /**
     * Trades an unused, unexpired code for a new token of {@code workstation}. A code issued for
     * another workstation is refused (and stays usable by its own); a preset code is refused for a
     * workstation that already has a token, so no code hands out a token for a workstation the
     * caller merely names.
     */
    public synchronized Enrolled enroll(String code, String workstation, long now) {
        Optional<String> canonical = EnrollmentCode.canonical(code);
        if (canonical.isEmpty() || workstation == null || workstation.isBlank()) {
            return new Enrolled(EnrollOutcome.BAD_CODE, null);
        }
        return tx(() -> {
            List<Object[]> row = query("SELECT ws, expires FROM code WHERE code = ? AND used = 0", canonical.get());
            if (row.isEmpty() || (row.get(0)[1] != null && ((Number) row.get(0)[1]).longValue() <= now)) {
                return new Enrolled(EnrollOutcome.BAD_CODE, null);
            }
            String boundTo = (String) row.get(0)[0];
            boolean known = !query("SELECT 1 FROM tok WHERE ws = ? LIMIT 1", workstation).isEmpty();
            if (boundTo == null ? known : !boundTo.equals(workstation)) {
                return new Enrolled(EnrollOutcome.WRONG_WORKSTATION, null);
            }
            update("UPDATE code SET used = 1, ws = ? WHERE code = ?", workstation, canonical.get());
            byte[] raw = new byte[24];
            random.nextBytes(raw);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            update("INSERT INTO tok (sha, ws) VALUES (?, ?)", sha(token), workstation);
            return new Enrolled(EnrollOutcome.ENROLLED, token);
        });
    }

    /** The workstation of a valid (not revoked) token. */
    public synchronized Optional<String> workstation(String token) {
        return query("SELECT ws FROM tok WHERE sha = ? AND revoked = 0", sha(token)).stream().findFirst()
                .map(r -> (String) r[0]);
    }

    /** How many valid (not revoked) tokens name {@code workstation}. */
    public synchronized int tokens(String workstation) {
        return ((Number) query("SELECT count(*) FROM tok WHERE ws = ? AND revoked = 0", workstation).get(0)[0]).intValue();
    }

    /** Revokes every token of a workstation; its next request gets 401. */
    public synchronized int revoke(String workstation) {
        return update("UPDATE tok SET revoked = 1 WHERE ws = ?", workstation);
    }

    /** A record as received, already validated against its kind's schema. */
    public record Incoming(String kind, String id, String hash, int revision, int schemaVersion, String body) {
    }

    /**
     * Stores a batch in one transaction, idempotently; one verdict per record, in order. A record
     * belongs to the workstation that first sent it: when any record of the batch is another's,
     * nothing is stored and that record's verdict is {@link Verdict#NOT_YOURS}. A record held
     * under another kind is a conflict; a different content is taken only as a higher revision
     * than the one held (never backwards, never the same revision with other content).
     */
    public synchronized List<Verdict> store(String workstation, List<Incoming> records, long now) {
        return tx(() -> {
            List<Verdict> verdicts = new ArrayList<>(records.size());
            int duplicates = 0;
            boolean refused = false;
            for (Incoming r : records) {
                List<Object[]> found = query("SELECT h, v, ws, kind FROM record WHERE id = ?", r.id());
                Verdict v;
                if (found.isEmpty()) {
                    update("INSERT INTO record (id, kind, ws, h, v, sv, body, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            r.id(), r.kind(), workstation, r.hash(), r.revision(), r.schemaVersion(), r.body(), now);
                    v = Verdict.ACCEPTED;
                } else if (!workstation.equals(found.get(0)[2])) {
                    v = Verdict.NOT_YOURS;
                    refused = true;
                } else if (!r.kind().equals(found.get(0)[3])) {
                    v = Verdict.CONFLICT;
                } else if (found.get(0)[0].equals(r.hash())) {
                    v = Verdict.DUPLICATE;
                    duplicates++;
                } else if (r.revision() > ((Number) found.get(0)[1]).intValue()) {
                    // A later change of the same record (e.g. identity verified afterwards).
                    update("UPDATE record SET h = ?, v = ?, sv = ?, body = ?, at = ? WHERE id = ?", r.hash(),
                            r.revision(), r.schemaVersion(), r.body(), now, r.id());
                    v = Verdict.ACCEPTED;
                } else {
                    v = Verdict.CONFLICT;
                }
                verdicts.add(v);
            }
            if (refused) {
                c.rollback(); // nothing of a batch that touches another workstation's record
                count("refused_not_yours", 1);
                return verdicts;
            }
            count("uploads", records.size());
            count("duplicates", duplicates);
            return verdicts;
        });
    }

    /**
     * For reconciliation: the hash held for each id of {@code kind} that {@code workstation} sent
     * (null when absent, or another workstation's: nobody learns what others hold).
     */
    public synchronized List<String> hashes(String workstation, String kind, List<String> ids) {
        List<String> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            List<Object[]> r = query("SELECT h FROM record WHERE id = ? AND kind = ? AND ws = ?", id, kind, workstation);
            out.add(r.isEmpty() ? null : (String) r.get(0)[0]);
        }
        count("reconciles", 1);
        return out;
    }

    /** The workstation that sent record {@code id}, if the central holds it. */
    public synchronized Optional<String> owner(String id) {
        return query("SELECT ws FROM record WHERE id = ?", id).stream().findFirst().map(r -> (String) r[0]);
    }

    /** Test/admin: the central loses every record, as if restored from an old backup. */
    public synchronized void forgetAll() {
        update("DELETE FROM record");
    }

    /** Test/admin: plant an attention record (e.g. to provoke a conflict). */
    public synchronized void plant(String id, String hash, int revision, String workstation) {
        update("INSERT OR REPLACE INTO record (id, kind, ws, h, v, sv, body, at) VALUES (?, 'attention', ?, ?, ?, 1,"
                + " '{}', 0)", id, workstation, hash, revision);
    }

    /** Every stored (id, hash), all kinds, ordered by id. */
    public synchronized Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        for (Object[] r : query("SELECT id, h FROM record ORDER BY id")) {
            m.put((String) r[0], (String) r[1]);
        }
        return m;
    }

    /** Every stored record as [kind, id, hash], ordered by kind and id. */
    public synchronized List<List<String>> records() {
        List<List<String>> list = new ArrayList<>();
        for (Object[] r : query("SELECT kind, id, h FROM record ORDER BY kind, id")) {
            list.add(List.of((String) r[0], (String) r[1], (String) r[2]));
        }
        return list;
    }

    /** The stored content of a record (the {@code a} object as received), or empty. */
    public synchronized Optional<String> body(String id) {
        return query("SELECT body FROM record WHERE id = ?", id).stream().findFirst().map(r -> (String) r[0]);
    }

    public synchronized long stat(String key) {
        List<Object[]> r = query("SELECT n FROM stat WHERE k = ?", key);
        return r.isEmpty() ? 0 : ((Number) r.get(0)[0]).longValue();
    }

    // Issue 15 (audit): a workstation's audit chain as the central holds it (records of kind 'audit').

    /** Whether {@code workstation}'s audit records hold the row {@code hash} at {@code seq}. */
    public synchronized boolean auditHeld(String workstation, String hash, long seq) {
        return !query("SELECT 1 FROM record WHERE kind = 'audit' AND ws = ? AND json_extract(body, '$.h') = ?"
                + " AND json_extract(body, '$.s') = ?", workstation, hash, seq).isEmpty();
    }

    /** Whether another row (not {@code hash}) of {@code workstation} already follows {@code prevHash}: a fork. */
    public synchronized boolean auditSibling(String workstation, String prevHash, String hash) {
        return !query("SELECT 1 FROM record WHERE kind = 'audit' AND ws = ? AND json_extract(body, '$.ph') = ?"
                + " AND json_extract(body, '$.h') <> ?", workstation, prevHash, hash).isEmpty();
    }

    /** How many audit rows the central holds for {@code workstation}. */
    public synchronized long auditRows(String workstation) {
        return ((Number) query("SELECT count(*) FROM record WHERE kind = 'audit' AND ws = ?", workstation).get(0)[0])
                .longValue();
    }

    /** Records stored per kind. */
    public synchronized Map<String, Long> countsByKind() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Object[] r : query("SELECT kind, count(*) FROM record GROUP BY kind ORDER BY kind")) {
            m.put((String) r[0], ((Number) r[1]).longValue());
        }
        return m;
    }

    public synchronized long attentions() {
        return countsByKind().getOrDefault("attention", 0L);
    }

    /** Something for a workstation to pull: "result", "identity" or "message". */
    public synchronized long addChange(String workstation, String type, String ref, String body) {
        update("INSERT INTO ch (ws, t, ref, b) VALUES (?, ?, ?, ?)", workstation, type, ref, body);
        return ((Number) query("SELECT max(seq) FROM ch").get(0)[0]).longValue();
    }

    /** The expression and the kind match the partial index record_code word for word, so it is used (tested). */
    static final String ATTENTIONS_BY_CODE = "SELECT id, ws, body FROM record WHERE kind = 'attention'"
            + " AND json_extract(body, '$.c') = ? ORDER BY id LIMIT 2";

    /** An attention as the central holds it: its id, the workstation that sent it, its content (JSON). */
    public record HeldAttention(String id, String workstation, String body) {
    }

    /**
     * The attentions whose content names {@code code} (field {@code c}); at most two, enough to tell
     * a unique code from one two points happened to draw alike.
     */
    public synchronized List<HeldAttention> attentionsByCode(String code) {
        return query(ATTENTIONS_BY_CODE, code).stream()
                .map(r -> new HeldAttention((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    /** An entity's result for an attention, as recorded. */
    public record StoredResult(String code, String status, String note, long at) {
    }

    /**
     * Records an entity's result for an attention and, in the same transaction, queues a change of
     * type {@code result} (body {@code changeBody}, ref the attention id) for the workstation that
     * sent the attention. Returns the change's sequence number.
     */
    public synchronized long addResult(HeldAttention attention, StoredResult result, String changeBody) {
        return tx(() -> {
            count("results", 1);
            update("INSERT INTO result (id, code, status, note, at) VALUES (?, ?, ?, ?, ?)", attention.id(),
                    result.code(), result.status(), result.note(), result.at());
            update("INSERT INTO ch (ws, t, ref, b) VALUES (?, 'result', ?, ?)", attention.workstation(),
                    attention.id(), changeBody);
            // The change's seq: the last row inserted, so nothing may be inserted after it here.
            return ((Number) query("SELECT last_insert_rowid()").get(0)[0]).longValue();
        });
    }

    /** The results recorded for an attention, oldest first. */
    public synchronized List<StoredResult> results(String attentionId) {
        return query("SELECT code, status, note, at FROM result WHERE id = ? ORDER BY seq", attentionId).stream()
                .map(r -> new StoredResult((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).longValue()))
                .toList();
    }

    /** A change for a workstation to pull. */
    public record StoredChange(long seq, String type, String ref, String body) {
    }

    /** Changes for a workstation after {@code since}, oldest first. */
    public synchronized List<StoredChange> changes(String workstation, long since, int limit) {
        List<StoredChange> list = new ArrayList<>();
        for (Object[] r : query("SELECT seq, t, ref, b FROM ch WHERE ws = ? AND seq > ? ORDER BY seq LIMIT ?",
                workstation, since, limit)) {
            list.add(new StoredChange(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3]));
        }
        return list;
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
        if (temporaryFolder) {
            try (var files = Files.walk(attachmentsFolder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // a temporary folder: the OS cleans it eventually
            }
        }
    }
}
