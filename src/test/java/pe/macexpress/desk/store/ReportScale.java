package pe.macexpress.desk.store;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.reports.PointReport;
import pe.macexpress.desk.reports.ReportBuilder;
import pe.macexpress.desk.reports.ReportPeriod;

/**
 * Issue 14 (speed at scale), part of {@link StoreBenchmark}: with {@code total} attentions stored
 * (≈40,000 a calendar month; see {@link ReportScaleSeed}), {@code ReportBuilder.build} for the last
 * FULL calendar month and the last FULL calendar year, against the targets (300 ms, 2 s), beside
 * baselines over the same ranges in the same run: a bare {@code SELECT count(*)}, the old
 * {@code countByProcedure} and the attention scan alone. The database is written once, as
 * {@code report-scale-<total>.db} in the folder, and reused by the next runs (its "today" is kept
 * with it, so the periods stay the same).
 */
final class ReportScale {
    private static final String SEEDED = "benchmark.report_scale.today";
    private static final int MONTH_RUNS = Integer.getInteger("benchmark.monthRuns", 15);
    private static final int YEAR_RUNS = Integer.getInteger("benchmark.yearRuns", 7);

    private ReportScale() {
    }

    static void run(Path base, int total) throws Exception {
        Path file = base.resolve("report-scale-" + total + ".db").toAbsolutePath();
        Catalog catalog = Catalog.bundled();
        Supplier<Catalog> catalogs = () -> catalog;
        LocalDate today = reuse(file);
        if (today == null) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(Path.of(file + suffix));
            }
            long now = System.currentTimeMillis();
            try (Store db = Store.open(file, Clock.systemUTC())) {
                long t0 = System.nanoTime();
                List<String> procedures = catalog.all().stream().map(Procedure::id).toList();
                long written = new ReportScaleSeed(db, procedures, now).fill(total);
                today = Instant.ofEpochMilli(now).atZone(ReportScaleSeed.LIMA).toLocalDate();
                String seededOn = today.toString();
                db.database().write(c -> {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
                        ps.setString(1, SEEDED);
                        ps.setString(2, seededOn);
                        return ps.executeUpdate();
                    }
                });
                System.out.printf("reports: seeded %,d attentions in %.1f s into %s (%.0f MB)%n", written,
                        (System.nanoTime() - t0) / 1e9, file, Files.size(file) / 1e6);
            }
        } else {
            System.out.printf("reports: reusing %s (%.0f MB, seeded on %s)%n", file, Files.size(file) / 1e6, today);
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            System.out.printf("  rows: %,d attentions, %,d visits, %,d outbox (%,d acknowledged), %,d surveys,"
                            + " %,d complaints, %,d incidents, %,d orientations, %,d cases%n",
                    Sql.number(db, "SELECT count(*) FROM attention"), Sql.number(db, "SELECT count(*) FROM visit"),
                    Sql.number(db, "SELECT count(*) FROM outbox"),
                    Sql.number(db, "SELECT count(*) FROM outbox WHERE state = 'acknowledged'"),
                    Sql.number(db, "SELECT count(*) FROM survey"), Sql.number(db, "SELECT count(*) FROM complaint"),
                    Sql.number(db, "SELECT count(*) FROM incident"),
                    Sql.number(db, "SELECT count(*) FROM orientation"),
                    Sql.number(db, "SELECT count(*) FROM follow_up"));
            ReportPeriod month = ReportPeriod.month(YearMonth.from(today).minusMonths(1));
            ReportPeriod year = ReportPeriod.year(today.getYear() - 1);
            ReportBuilder builder = new ReportBuilder(db, catalogs);
            measure(db, builder, month, MONTH_RUNS, 300);
            measure(db, builder, year, YEAR_RUNS, 2000);
            memory(builder, year);
        }
    }

    private static void measure(Store db, ReportBuilder builder, ReportPeriod period, int runs, long targetMs) {
        Instant from = period.start();
        Instant to = period.end();
        long n = Sql.number(db, "SELECT count(*) FROM attention WHERE started_at >= " + from.toEpochMilli()
                + " AND started_at < " + to.toEpochMilli());
        System.out.printf("%s %s .. %s: %,d attentions%n", period.kind(), period.first(), period.last(), n);
        long cold = time(() -> builder.build(period)); // first build after opening: cold caches, JIT
        time("  baseline: bare SELECT count(*) over the range", runs, () -> db.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM attention WHERE started_at >= ? AND started_at < ?")) {
                ps.setLong(1, from.toEpochMilli());
                ps.setLong(2, to.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        }), -1);
        time("  baseline: old countByProcedure (GROUP BY procedure)", runs,
                () -> db.attentions().countByProcedure(from, to).size(), -1);
        time("  ReportStore.attentions (all 16 columns), rows only", runs, () -> {
            long[] rows = {0};
            db.reports().attentions(from, to, a -> rows[0]++);
            return rows[0];
        }, -1);
        time("  ReportStore.attentionFigures, rows only (no figures)", runs, () -> {
            long[] rows = {0};
            db.reports().attentionFigures(from, to, (f, v, s, e, a, c) -> rows[0]++);
            return rows[0];
        }, -1);
        time("  ReportStore.syncDays", runs, () -> db.reports().syncDays(from, to, ReportPeriod.ZONE).size(), -1);
        PointReport[] last = new PointReport[1];
        time("  ReportBuilder.build (the whole report)", runs, () -> {
            last[0] = builder.build(period);
            return last[0].attentions();
        }, targetMs);
        System.out.printf("  (first build after opening the store: %.0f ms; %,d visits, waiting median %s min,"
                        + " days without sync %s)%n", cold / 1e6, last[0].visits(), last[0].waiting().median(),
                last[0].daysWithoutSync());
    }

    /** Heap while building the year: allocated by the build, and the heap's peak above what was live before. */
    private static void memory(ReportBuilder builder, ReportPeriod year) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = used(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocated0 = threads.getCurrentThreadAllocatedBytes();
        PointReport report = builder.build(year);
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocated0;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long after = used(heap);
        System.out.printf("memory, year report (%,d attentions): %.0f MB allocated by the build; heap peak %.0f MB"
                        + " (live before %.0f MB, after %.0f MB; max heap %.0f MB)%n", report.attentions(),
                allocated / 1e6, peak / 1e6, before / 1e6, after / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }

    private static long time(Supplier<Object> work) {
        long t0 = System.nanoTime();
        work.get();
        return System.nanoTime() - t0;
    }

    /**
     * Wall time (median, max) and this thread's CPU time (median; SQLite runs in it too): on a shared
     * machine the wall time carries the other processes' load, the CPU time much less of it.
     */
    private static void time(String what, int runs, Supplier<Object> work, long targetMs) {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] t = new long[runs];
        long[] cpu = new long[runs];
        Object result = null;
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = work.get();
            t[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(t);
        Arrays.sort(cpu);
        double median = t[(runs - 1) / 2] / 1e6;
        double max = t[runs - 1] / 1e6;
        String verdict = targetMs < 0 ? "" : String.format("  target <= %d ms: %s", targetMs,
                max <= targetMs ? "met" : median <= targetMs ? "met at the median, NOT at the max" : "NOT met");
        System.out.printf("%-54s %2d runs: median %7.1f ms, max %7.1f ms, cpu median %7.1f ms (%s)%s%n", what, runs,
                median, max, cpu[(runs - 1) / 2] / 1e6, result, verdict);
    }

    /** The "today" the database was seeded on, or null when it must be (re)written. */
    private static LocalDate reuse(Path file) {
        if (!Files.exists(file)) {
            return null;
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            String seededOn = db.database().read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                    ps.setString(1, SEEDED);
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? rs.getString(1) : null;
                    }
                }
            });
            return seededOn == null ? null : LocalDate.parse(seededOn);
        } catch (RuntimeException e) {
            return null; // half written, or its key is gone: written again
        }
    }
}
