package pe.macexpress.desk.ui.sync;

import pe.macexpress.desk.sync.SyncBenchmark;
import pe.macexpress.desk.sync.SyncResult;
import pe.macexpress.desk.testing.ThrottledLink;
import pe.macexpress.desk.testing.SyncSamples;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.sync.SyncView;
import pe.macexpress.desk.ui.sync.SyncViewModel;

/**
 * Is the FX thread ever blocked while a long sync runs? Run by hand (surefire excludes *Benchmark;
 * see README). The real sync screen is shown (headless, Monocle) while N attentions (default 5,000)
 * drain through the emulated satellite link of {@link SyncBenchmark}. A probe thread posts a task
 * to the FX thread every 10 ms and records how late it ran; the same probe runs first with the
 * screen idle, in the same JVM, as the baseline. Target: never more than 100 ms during the sync.
 */
public final class SyncFxBenchmark {
    private static final long BITS = 256_000;
    private static final long RTT_MS = 600;

    private SyncFxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        Path home = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "sync-fx-benchmark-");

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        try (DeskContext ctx = DeskContext.open(DeskSettings.load(home), Clock.systemUTC());
             FxTaskRunner runner = new FxTaskRunner()) {
            for (long s = 1; s <= n; s++) {
                ctx.attentions().save(SyncSamples.of(s));
            }
            String token = ctx.sandbox().central().enroll(ctx.sandbox().central().issueCode(), "WS-FX").orElseThrow();
            try (ThrottledLink link = new ThrottledLink(ctx.sandbox().port(), BITS, RTT_MS, 300_000)) {
                ctx.central().set(link.baseUrl(), token);
                CountDownLatch shown = new CountDownLatch(1);
                Platform.runLater(() -> {
                    I18n i18n = new I18n(ctx.localization(), "es");
                    SyncViewModel vm = new SyncViewModel(ctx.sync(), runner, Platform::runLater);
                    Stage stage = new Stage();
                    Scene scene = new Scene(new SyncView(vm, i18n, ZoneId.systemDefault(), () -> { }), 1120, 780);
                    scene.getStylesheets().add(SyncFxBenchmark.class.getResource(DeskUi.STYLESHEET).toExternalForm());
                    stage.setScene(scene);
                    stage.show();
                    shown.countDown();
                });
                shown.await();

                List<Long> idle = probe(5_000, null);
                long t0 = System.nanoTime();
                AtomicBoolean done = new AtomicBoolean(false);
                ctx.sync().syncNow().whenComplete((r, e) -> done.set(true));
                List<Long> during = probe(Long.MAX_VALUE, done);
                double seconds = (System.nanoTime() - t0) / 1e9;
                SyncResult r = ctx.sync().lastResult().orElseThrow();
                System.out.printf("SyncFxBenchmark  %d attentions, link %d kbit/s, RTT %d ms%n", n, BITS / 1000, RTT_MS);
                System.out.printf("  sync: %.1f s, %s%n", seconds, r.summaryLine());
                report("FX thread lateness, idle screen (baseline)", idle);
                report("FX thread lateness, during the sync      ", during);
                long worst = Collections.max(during) / 1_000_000;
                System.out.printf("  target: never blocked more than 100 ms during the sync -> %s (worst %d ms)%n",
                        worst <= 100 ? "met" : "NOT met", worst);
            }
        } finally {
            Platform.exit();
        }
    }

    /** Posts a no-op to the FX thread every 10 ms and records how late each one ran, in ns. */
    private static List<Long> probe(long millis, AtomicBoolean until) throws InterruptedException {
        List<Long> lateness = Collections.synchronizedList(new ArrayList<>());
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(millis, 3_600_000));
        while (System.nanoTime() < end && (until == null || !until.get())) {
            long posted = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(() -> {
                lateness.add(System.nanoTime() - posted);
                ran.countDown();
            });
            ran.await(10, TimeUnit.SECONDS);
            Thread.sleep(10);
        }
        return new ArrayList<>(lateness);
    }

    private static void report(String what, List<Long> ns) {
        List<Long> sorted = new ArrayList<>(ns);
        Collections.sort(sorted);
        System.out.printf("  %s: %d samples, median %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6);
    }
}
