package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.core.DocumentType;

/**
 * Store benchmark, run by hand (surefire excludes *Benchmark; see README):
 * commit latency of one attention beside a bare SQLite insert with the same durable settings, then
 * with 1,000,000 attentions stored: a citizen's history, today's and this month's counts per
 * entity and procedure, integrity_check, backup and retention; and issue 14's reports over a full
 * calendar month and a full year of a point with that many attentions ({@link ReportScale}; its
 * database is kept in the folder and reused). Args: [folder] [attentions, 0 = commits only];
 * {@code -Dbenchmark.reportsOnly=true}: the reports' figures alone.
 */
public final class StoreBenchmark {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final int COMMITS = Integer.getInteger("benchmark.commits", 20_000);
    private static final int WARM_UP = 200;

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path base = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target"));
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        if (System.getenv("MACEXPRESS_KEY_DIR") == null && System.getProperty("macexpress.keyDir") == null) {
            // the reports' database is kept for the next run: its key must stay beside it
            System.setProperty("macexpress.keyDir", base.resolve("store-benchmark-keys").toAbsolutePath().toString());
        }
        if (Boolean.getBoolean("benchmark.reportsOnly")) { // issue 14's figures alone
            System.out.printf("StoreBenchmark (reports)  %s  java %s  %d cores  max heap %d MB%n", Instant.now(),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            ReportScale.run(base, total);
            return;
        }
        Path folder = Files.createTempDirectory(base, "store-benchmark-");
        System.out.printf("StoreBenchmark  %s  java %s  folder %s%n", Instant.now(),
                System.getProperty("java.version"), folder.toAbsolutePath());
        sealingCost(folder);
        if (Boolean.getBoolean("benchmark.sealingOnly")) { // issue 15's figure alone
            return;
        }
        commitLatency(folder);
        if (total > 0) { // 0: commit latency only
            largeStore(folder, total);
            ReportScale.run(base, total);
        }
    }

    /**
     * One save of an attention against one bare insert, alternating, so both see the same machine.
     * First as at a counter, where saves are minutes apart: the next save starts once the store's
     * idle checkpoint (every {@value IdleCheckpointer#COMMITS_PER_CHECKPOINT}-th commit) has run, and the
     * bare connection gets the same checkpoint at the same rate, untimed. Then back to back (a burst,
     * as seed-demo writes), where a save can wait behind the checkpoint queued before it.
     */
    private static void commitLatency(Path folder) throws SQLException {
        try (Store db = Store.open(folder.resolve("commit.db"), Clock.systemUTC());
             Connection bare = bareConnection(folder.resolve("bare.db"));
             Store burstDb = Store.open(folder.resolve("burst.db"), Clock.systemUTC());
             Connection burstBare = bareConnection(folder.resolve("burst-bare.db"))) {
            System.out.printf("SQLite %s, journal_mode=%s, synchronous=%d (2 = FULL)%n",
                    Sql.text(db, "SELECT sqlite_version()"), Sql.text(db, "PRAGMA journal_mode"),
                    Sql.number(db, "PRAGMA synchronous"));
            List<Attention> samples = new ArrayList<>();
            for (int i = 0; i < 2 * (COMMITS + WARM_UP); i++) {
                samples.add(SampleAttentions.of(i));
            }
            Pair paced = alternate(db, bare, samples.subList(0, COMMITS + WARM_UP), true);
            IdleCheckpointer checkpoints = db.database().checkpointer();
            System.out.printf("counter-paced commits (checkpoints in the idle time between), %d of each:%n", COMMITS);
            print(paced);
            System.out.printf("  store checkpoints in idle time: %d, %.2f ms each on average (not in the figures above)%n",
                    checkpoints.count(), ms(checkpoints.totalNanos() / Math.max(1, checkpoints.count())));
            Pair burst = alternate(burstDb, burstBare, samples.subList(COMMITS + WARM_UP, samples.size()), false);
            System.out.printf("back-to-back commits (a burst: seed-demo, sync), %d of each:%n", COMMITS);
            print(burst);
            System.out.printf("target: counter-paced commit p99 <= 1.5x the bare insert's: %s%n",
                    ratio(paced, 99) <= 1.5 ? "met" : "NOT met");
        }
    }

    private record Pair(long[] saved, long[] plain) {
    }

    /**
     * Issue 15: the cost of sealing personal fields. The same saves into a store that seals (the
     * database's key) and one that does not ({@link Sealing#PASS_THROUGH}: same code, same columns,
     * no cryptography), alternating, counter-paced; target: sealed commit p99 <= 1.10x unsealed.
     */
    private static void sealingCost(Path folder) {
        try (Store sealed = Store.open(folder.resolve("sealed.db"), Clock.systemUTC());
             Store plain = Store.open(folder.resolve("unsealed.db"), Clock.systemUTC(), Sealing.PASS_THROUGH)) {
            long[] s = new long[COMMITS];
            long[] p = new long[COMMITS];
            for (int i = 0; i < COMMITS + WARM_UP; i++) {
                Attention a = SampleAttentions.of(5_000_000L + i);
                boolean sealedFirst = i % 2 == 0; // neither always runs right after the other's fsync
                long ts = 0;
                long tp = 0;
                for (int k = 0; k < 2; k++) {
                    boolean doSealed = (k == 0) == sealedFirst;
                    Store db = doSealed ? sealed : plain;
                    long t0 = System.nanoTime();
                    db.attentions().save(a); // the same attention in both: the same bytes to write
                    long t = System.nanoTime() - t0;
                    db.database().checkpointer().awaitIdle();
                    if (doSealed) {
                        ts = t;
                    } else {
                        tp = t;
                    }
                }
                if (i >= WARM_UP) {
                    s[i - WARM_UP] = ts;
                    p[i - WARM_UP] = tp;
                }
            }
            Arrays.sort(s);
            Arrays.sort(p);
            Pair pair = new Pair(s, p);
            System.out.printf("issue 15, sealing cost: counter-paced commits, %d of each, same run:%n", COMMITS);
            System.out.printf("  sealed store (AES-GCM fields + blind index): median %.3f ms, p99 %.3f ms, max %.2f ms%n",
                    ms(pct(s, 50)), ms(pct(s, 99)), ms(s[COMMITS - 1]));
            System.out.printf("  unsealed store (pass-through cipher):        median %.3f ms, p99 %.3f ms, max %.2f ms%n",
                    ms(pct(p, 50)), ms(pct(p, 99)), ms(p[COMMITS - 1]));
            System.out.printf("  ratio sealed/unsealed: median %.3fx, p99 %.3fx; target p99 <= 1.10x: %s%n",
                    ratio(pair, 50), ratio(pair, 99), ratio(pair, 99) <= 1.10 ? "met" : "NOT met");
        }
    }

    private static Pair alternate(Store db, Connection bare, List<Attention> samples, boolean paced)
            throws SQLException {
        AttentionStore attentions = db.attentions();
        try (Statement st = bare.createStatement()) {
            st.execute("CREATE TABLE bare (id TEXT PRIMARY KEY, payload TEXT NOT NULL)");
            if (paced) { // the same checkpoint policy as the store: after the commit, untimed
                st.execute("PRAGMA wal_autocheckpoint = " + IdleCheckpointer.FALLBACK_PAGES);
            }
        }
        String payload = "x".repeat(300);
        long[] saved = new long[COMMITS];
        long[] plain = new long[COMMITS];
        try (PreparedStatement ins = bare.prepareStatement("INSERT INTO bare (id, payload) VALUES (?, ?)");
             Statement checkpoint = bare.createStatement()) {
            for (int i = 0; i < samples.size(); i++) {
                Attention a = samples.get(i);
                long t0 = System.nanoTime();
                attentions.save(a);
                long t1 = System.nanoTime();
                if (paced) {
                    db.database().checkpointer().awaitIdle();
                }
                long t2 = System.nanoTime();
                ins.setString(1, a.id().toString());
                ins.setString(2, payload);
                ins.executeUpdate(); // auto-commit: one transaction, one durable commit
                long t3 = System.nanoTime();
                if (paced && (i + 1) % IdleCheckpointer.COMMITS_PER_CHECKPOINT == 0) {
                    checkpoint.executeQuery("PRAGMA wal_checkpoint(PASSIVE)").close();
                }
                if (i >= WARM_UP) { // the first ones warm up the JIT and the files
                    saved[i - WARM_UP] = t1 - t0;
                    plain[i - WARM_UP] = t3 - t2;
                }
            }
        }
        Arrays.sort(saved);
        Arrays.sort(plain);
        return new Pair(saved, plain);
    }

    private static void print(Pair p) {
        System.out.printf("  commit of one attention (+ outbox): median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ms(pct(p.saved(), 50)), ms(pct(p.saved(), 99)), ms(p.saved()[COMMITS - 1]));
        System.out.printf("  bare SQLite insert, same settings:  median %.2f ms, p99 %.2f ms, max %.2f ms%n",
                ms(pct(p.plain(), 50)), ms(pct(p.plain(), 99)), ms(p.plain()[COMMITS - 1]));
        System.out.printf("  ratio attention/bare: median %.2fx, p99 %.2fx%n", ratio(p, 50), ratio(p, 99));
    }

    private static double ratio(Pair p, int percentile) {
        return (double) pct(p.saved(), percentile) / pct(p.plain(), percentile);
    }

    private static Connection bareConnection(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    }

    private static void largeStore(Path folder, int total) throws SQLException, java.io.IOException {
        Path file = folder.resolve("large.db");
        Catalog catalog = Catalog.bundled();
        List<String> procedures = catalog.all().stream().map(Procedure::id).toList();
        Instant now = Instant.now();
        Duration span = Duration.ofDays(730);
        String[] citizens = new String[150_000];
        Random random = new Random(42);
        for (int i = 0; i < citizens.length; i++) {
            citizens[i] = String.format("%08d", 40_000_000 + random.nextInt(39_999_999));
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            long t0 = System.nanoTime();
            fill(db, total, citizens, procedures, now, span, random);
            long fillNanos = System.nanoTime() - t0;
            System.out.printf("filled %,d attentions (+ outbox rows) over %d days in %.1f s; file %.0f MB%n", total,
                    span.toDays(), fillNanos / 1e9, Files.size(file) / 1e6 + walMb(file));
            AttentionStore store = db.attentions();

            long[] history = new long[300];
            int found = 0;
            for (int i = 0; i < history.length; i++) {
                String dni = citizens[random.nextInt(citizens.length)];
                long t = System.nanoTime();
                found += store.historyOf(DocumentType.DNI, dni).size();
                history[i] = System.nanoTime() - t;
            }
            Arrays.sort(history);
            System.out.printf("history by document, %d lookups (%.1f attentions each): median %.2f ms, p99 %.2f ms,"
                    + " max %.2f ms (target <= 50 ms)%n", history.length, (double) found / history.length,
                    ms(pct(history, 50)), ms(pct(history, 99)), ms(history[history.length - 1]));

            LocalDate today = now.atZone(LIMA).toLocalDate();
            Instant dayStart = today.atStartOfDay(LIMA).toInstant();
            Instant tomorrow = today.plusDays(1).atStartOfDay(LIMA).toInstant();
            // issue 14: a FULL calendar month (the last one), not the days of the current month gone by
            Instant monthStart = today.withDayOfMonth(1).minusMonths(1).atStartOfDay(LIMA).toInstant();
            Instant monthEnd = today.withDayOfMonth(1).atStartOfDay(LIMA).toInstant();
            report("today's counts by entity and procedure", 30, () -> counts(store, catalog, dayStart, tomorrow), "");
            report("last full calendar month's counts by entity and procedure", 30,
                    () -> counts(store, catalog, monthStart, monthEnd), " (target <= 500 ms)");

            long[] big = new long[300];
            List<Attention> samples = new ArrayList<>();
            for (int i = 0; i < big.length; i++) {
                samples.add(SampleAttentions.of(10_000_000L + i, now.minusSeconds(900)));
            }
            for (int i = 0; i < big.length; i++) {
                long t = System.nanoTime();
                store.save(samples.get(i));
                big[i] = System.nanoTime() - t;
            }
            Arrays.sort(big);
            System.out.printf("commit of one attention with %,d stored: median %.2f ms, p99 %.2f ms%n", total,
                    ms(pct(big, 50)), ms(pct(big, 99)));

            timeOnce("integrity_check (doctor, restore, each backup)", () -> db.database().read(SqliteFiles::integrity));
            timeOnce("quick_check (start-up check)", () -> Sql.text(db, "PRAGMA quick_check"));
            BackupService backups = new BackupService(folder.resolve("backups"), 7, Clock.systemUTC());
            timeOnce("online backup + integrity_check of the copy", () -> backups.backupNow(db).bytes());
            timeOnce("retention purge, first run (everything acknowledged > 90 days ago)",
                    () -> new Retention(db, Clock.systemUTC(), Duration.ofDays(90)).purge());
            Clock tomorrowClock = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
            timeOnce("retention purge, next day (one day's worth)",
                    () -> new Retention(db, tomorrowClock, Duration.ofDays(90)).purge());
        }
    }

    private static Object counts(AttentionStore store, Catalog catalog, Instant from, Instant to) {
        Map<String, Integer> byProcedure = store.countByProcedure(from, to);
        Map<String, Integer> byEntity = new HashMap<>();
        byProcedure.forEach((id, n) -> byEntity.merge(
                catalog.find(id).map(p -> p.entity()).orElse("?"), n, Integer::sum));
        return byEntity.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static void fill(Store db, int total, String[] citizens, List<String> procedures, Instant now,
                             Duration span, Random random) {
        db.database().read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = -262144");
            }
            return null;
        });
        long startMs = now.minus(span).toEpochMilli();
        double step = (double) span.toMillis() / total;
        long recent = now.minus(Duration.ofDays(2)).toEpochMilli();
        int batch = 25_000;
        for (int from = 0; from < total; from += batch) {
            int first = from;
            int last = Math.min(total, from + batch);
            db.database().write(c -> {
                Sealing sealing = db.database().sealing(); // issue 15: sealed as the store writes them
                try (PreparedStatement a = c.prepareStatement("INSERT INTO attention (id, code, visit_id, advisor_id,"
                        + " point_id, doc_type, doc_number, doc_check, citizen_names, verification, verification_code,"
                        + " procedure_id, outcome, outcome_detail, language, started_at, ended_at, created_at, doc_blind)"
                        + " VALUES (?, ?, ?, 'ADV-DEMO-1', 'TAMBO-DEMO-01', 'DNI', ?, ?, ?,"
                        + " 'VERIFIED', '0000', ?, 'ATENDIDO', '', 'es', ?, ?, ?, ?)");
                     PreparedStatement o = c.prepareStatement("INSERT INTO outbox (kind, record_id, change, state,"
                             + " created_at, updated_at) VALUES ('attention', ?, 'created', ?, ?, ?)")) {
                    for (int i = first; i < last; i++) {
                        String id = UUID.randomUUID().toString();
                        String dni = citizens[random.nextInt(citizens.length)];
                        long start = startMs + (long) (i * step);
                        long end = start + 60_000 + random.nextInt(900_000);
                        a.setString(1, id);
                        a.setString(2, String.format("B%07d", i));
                        a.setString(3, UUID.randomUUID().toString());
                        a.setString(4, sealing.seal(dni));
                        a.setString(5, sealing.seal(String.valueOf(DniCheck.digit(dni))));
                        a.setString(6, sealing.seal("ROSA QUISPE MAMANI"));
                        a.setString(7, procedures.get(random.nextInt(procedures.size())));
                        a.setLong(8, start);
                        a.setLong(9, end);
                        a.setLong(10, end);
                        a.setString(11, sealing.blind(dni));
                        a.addBatch();
                        o.setString(1, id);
                        o.setString(2, end < recent ? "acknowledged" : "pending");
                        o.setLong(3, end);
                        o.setLong(4, end + 3_600_000);
                        o.addBatch();
                    }
                    a.executeBatch();
                    o.executeBatch();
                }
                return null;
            });
        }
        db.database().read(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = -2000"); // back to SQLite's default for the measurements
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return null;
        });
    }

    private static void report(String what, int runs, java.util.function.Supplier<Object> work, String target) {
        long[] t = new long[runs];
        Object result = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            t[i] = System.nanoTime() - t0;
        }
        Arrays.sort(t);
        System.out.printf("%s (%s attentions), %d runs: median %.2f ms, max %.2f ms%s%n", what, result, runs,
                ms(pct(t, 50)), ms(t[runs - 1]), target);
    }

    private static void timeOnce(String what, java.util.function.Supplier<Object> work) {
        long t0 = System.nanoTime();
        Object result = work.get();
        System.out.printf("%s: %.0f ms (%s)%n", what, ms(System.nanoTime() - t0), result);
    }

    private static double walMb(Path file) {
        try {
            Path wal = file.resolveSibling(file.getFileName() + "-wal");
            return Files.exists(wal) ? Files.size(wal) / 1e6 : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
