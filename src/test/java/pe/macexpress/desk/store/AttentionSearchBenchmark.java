package pe.macexpress.desk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * The history's search on a large store, run by hand (surefire excludes *Benchmark), like StoreBenchmark:
 * <pre>
 * mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) pe.macexpress.desk.store.AttentionSearchBenchmark [FOLDER] [ATTENTIONS]
 * </pre>
 * Defaults: {@code target}, 200,000 attentions over two years (about 3 minutes on 2 cores).
 * Searches share the one connection with the counter's saves, so every figure is also how long a
 * save may wait behind a search: it prints median and max per kind of question.
 */
public final class AttentionSearchBenchmark {
    private static final int RUNS = 30;

    private AttentionSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory(Files.createDirectories(
                Path.of(args.length > 0 ? args[0] : "target")), "search-benchmark-");
        int total = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Instant now = Instant.now();
        Duration span = Duration.ofDays(730);
        List<Attention> sample = new ArrayList<>();
        try (Store db = Store.open(folder.resolve("large.db"), Clock.systemUTC())) {
            long t0 = System.nanoTime();
            Random random = new Random(7);
            for (int done = 0; done < total; done += 10_000) {
                int from = done;
                db.write(tx -> {
                    for (int i = from; i < Math.min(total, from + 10_000); i++) {
                        Instant start = now.minusMillis((long) (random.nextDouble() * span.toMillis()));
                        Attention a = SampleAttentions.of(i, start);
                        db.attentions().save(tx, a);
                        if (i % 997 == 0) {
                            sample.add(a);
                        }
                    }
                    return null;
                });
            }
            // A third received, a few rejected: the send-state filter has something to tell apart.
            Sql.execute(db, "UPDATE outbox SET state = 'acknowledged' WHERE id % 3 = 0",
                    "UPDATE outbox SET state = 'quarantined', reason = 'invalid' WHERE id % 101 = 0");
            System.out.printf("AttentionSearchBenchmark  %s  java %s%nfilled %,d attentions over %d days in %.1f s%n",
                    now, System.getProperty("java.version"), total, span.toDays(), (System.nanoTime() - t0) / 1e9);

            AttentionSearch search = new AttentionSearch(db);
            Instant month = now.minus(Duration.ofDays(30));
            Random pick = new Random(11);
            Supplier<Attention> any = () -> sample.get(pick.nextInt(sample.size()));
            report("30 days, no text, first page (100)", () -> search.find(
                    new AttentionSearch.Criteria("", month, now, null, null, 100)));
            report("30 days, by document number", () -> search.find(
                    new AttentionSearch.Criteria(any.get().document().number(), month, now, null, null, 100)));
            report("all dates, by document number", () -> search.find(
                    new AttentionSearch.Criteria(any.get().document().number(), null, null, null, null, 100)));
            report("all dates, by code as typed", () -> search.find(
                    new AttentionSearch.Criteria(any.get().code().toLowerCase().replace('-', ' '), null, null, null,
                            null, 100)));
            report("30 days, by two name words", () -> search.find(
                    new AttentionSearch.Criteria("quispe rosa", month, now, null, null, 100)));
            report("all dates, by a name nobody has (reads every row)", () -> search.find(
                    new AttentionSearch.Criteria("zzzz", null, null, null, null, 100)));
            report("30 days, rejected only", () -> search.find(
                    new AttentionSearch.Criteria("", month, now, null, AttentionSearch.SendState.REJECTED, 100)));
            report("a visit's attentions", () -> search.visitOf(any.get()));

            // What the counter feels: saves alone, then saves while a scan of every date runs beside them.
            long[] alone = new long[200];
            for (int i = 0; i < alone.length; i++) {
                long t = System.nanoTime();
                db.attentions().save(SampleAttentions.of(total + 10_000 + i, now));
                alone[i] = System.nanoTime() - t;
            }
            Arrays.sort(alone);
            System.out.printf("%-55s median %8.2f ms  max %8.2f ms  (%d saves)%n", "a save, nothing else running",
                    alone[alone.length / 2] / 1e6, alone[alone.length - 1] / 1e6, alone.length);
            Thread scan = new Thread(() -> {
                for (int i = 0; i < 5; i++) {
                    search.find(new AttentionSearch.Criteria("zzzz", null, null, null, null, 100));
                }
            });
            long[] saves = new long[2000];
            int n = 0;
            scan.start();
            while (scan.isAlive() && n < saves.length) {
                long t = System.nanoTime();
                db.attentions().save(SampleAttentions.of(total + n, now));
                saves[n++] = System.nanoTime() - t;
            }
            scan.join();
            long[] done = Arrays.copyOf(saves, n);
            Arrays.sort(done);
            System.out.printf("%-55s median %8.2f ms  max %8.2f ms  (%d saves)%n",
                    "a save while all dates are scanned by name", done[n / 2] / 1e6, done[n - 1] / 1e6, n);
        }
    }

    private static void report(String what, Supplier<Object> work) {
        long[] nanos = new long[RUNS];
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            Object r = work.get();
            nanos[i] = System.nanoTime() - t;
            rows += r instanceof AttentionSearch.Page p ? p.attentions().size() : ((List<?>) r).size();
        }
        Arrays.sort(nanos);
        System.out.printf("%-55s median %8.2f ms  max %8.2f ms  (%.1f rows)%n", what, nanos[RUNS / 2] / 1e6,
                nanos[RUNS - 1] / 1e6, (double) rows / RUNS);
    }
}
