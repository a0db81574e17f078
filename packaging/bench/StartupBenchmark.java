import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Start-up benchmark of the packaged desk against a JavaFX hello-world started the same way
 * (packaging/README.md). Run by packaging/bench/startup-benchmark.sh; by hand:
 *
 * <pre>java packaging/bench/StartupBenchmark.java --runs 7 --settle 5 \
 *     --desk "target/bench/MACExpressDesk/bin/MACExpressDesk --home target/bench/home" \
 *     --hello "target/bench/HelloFx/bin/HelloFx" [--warmup]</pre>
 *
 * Both commands get {@code -Dmacexpress.readyMarker=print} through JAVA_TOOL_OPTIONS (the jpackage
 * launcher passes no JDK_JAVA_OPTIONS) and are started alternately, hello first. Time = from
 * starting the process to the marker line on its standard output ("usable screen"). RSS = VmRSS of
 * the process {@code --settle} seconds after the marker (the GC and the background work of start-up
 * settled). Prints every run, the medians, the ratios and PASS/FAIL against 1.2x (time) and 1.5x
 * (RSS); exit code 0 only when both pass.
 */
public final class StartupBenchmark {
    private static final String MARKER = "MACEXPRESS-READY";
    private static final double TIME_LIMIT = 1.2;
    private static final double RSS_LIMIT = 1.5;

    record Run(double seconds, long rssKb) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 7;
        double settle = 5;
        String desk = null;
        String hello = null;
        Path logs = Path.of("target/bench/logs");
        boolean warmup = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--settle" -> settle = Double.parseDouble(args[++i]);
                case "--desk" -> desk = args[++i];
                case "--hello" -> hello = args[++i];
                case "--logs" -> logs = Path.of(args[++i]);
                case "--warmup" -> warmup = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (desk == null || hello == null) {
            throw new IllegalArgumentException("--desk and --hello are required");
        }
        Files.createDirectories(logs);
        if (warmup) {
            // Untimed: JavaFX unpacks its native libraries, the desk sends what is pending and takes
            // the day's backup (given time to finish), the page cache holds both images.
            Run h = once("hello", hello, settle, logs.resolve("hello-warmup.log"));
            Run d = once("desk", desk, Math.max(settle, 20), logs.resolve("desk-warmup.log"));
            System.out.printf(Locale.ROOT, "warm-up (not counted): hello %.3f s, desk %.3f s%n", h.seconds(), d.seconds());
        }
        List<Run> deskRuns = new ArrayList<>();
        List<Run> helloRuns = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run h = once("hello", hello, settle, logs.resolve("hello-" + i + ".log"));
            helloRuns.add(h);
            System.out.printf(Locale.ROOT, "run %d hello %.3f s %d MB%n", i, h.seconds(), h.rssKb() / 1024);
            Run d = once("desk", desk, settle, logs.resolve("desk-" + i + ".log"));
            deskRuns.add(d);
            System.out.printf(Locale.ROOT, "run %d desk  %.3f s %d MB%n", i, d.seconds(), d.rssKb() / 1024);
        }
        double ht = median(helloRuns.stream().mapToDouble(Run::seconds).toArray());
        double dt = median(deskRuns.stream().mapToDouble(Run::seconds).toArray());
        double hr = median(helloRuns.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray());
        double dr = median(deskRuns.stream().mapToDouble(r -> r.rssKb() / 1024.0).toArray());
        boolean timeOk = dt <= TIME_LIMIT * ht;
        boolean rssOk = dr <= RSS_LIMIT * hr;
        System.out.printf(Locale.ROOT, "median time: desk %.3f s, hello %.3f s, ratio %.2f (limit %.1f) %s%n",
                dt, ht, dt / ht, TIME_LIMIT, timeOk ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "median RSS:  desk %.0f MB, hello %.0f MB, ratio %.2f (limit %.1f) %s%n",
                dr, hr, dr / hr, RSS_LIMIT, rssOk ? "PASS" : "FAIL");
        System.exit(timeOk && rssOk ? 0 : 1);
    }

    private static Run once(String name, String command, double settle, Path log) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Arrays.asList(command.trim().split("\\s+")));
        String tool = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "");
        pb.environment().put("JAVA_TOOL_OPTIONS", (tool + " -Dmacexpress.readyMarker=print").trim());
        pb.redirectError(log.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        CompletableFuture<Long> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains(MARKER)) {
                        ready.complete(System.nanoTime());
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException(name + " ended without " + MARKER + ": see " + log));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long at = ready.get(120, TimeUnit.SECONDS);
            Thread.sleep((long) (settle * 1000));
            long rss = rssKb(p.pid());
            return new Run((at - start) / 1e9, rss);
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** VmRSS of the process: the jpackage launcher runs the JVM in its own process. */
    private static long rssKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
