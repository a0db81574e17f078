package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.testing.FaultProxy;

/**
 * A randomized soak: thousands of attentions in small batches through a proxy that injects a
 * random fault (every kind) into most uploads, until at least 1,000 faults were survived. Timeouts
 * and backoff are short so it fits in well under a minute.
 */
class SyncSoakTest {
    private static final int ATTENTIONS = 3000;
    private static final int MIN_FAULTS = 1000;

    @TempDir
    Path dir;

    @Test
    void survivesAThousandRandomFaultsWithoutLosingOrDuplicatingAnything() throws Exception {
        long start = System.nanoTime();
        try (SyncRig rig = new SyncRig(dir); FaultProxy proxy = new FaultProxy(rig.central.port())) {
            proxy.randomRate = 0.6;
            proxy.retryAfterSeconds = 0;
            proxy.stallMs = 400;
            SyncConfig config = SyncConfig.defaults().withBatch(4)
                    .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(250))
                    .withBackoff(10_000, Duration.ofMillis(1), Duration.ofMillis(4));
            long seed = 1;
            int runs = 0;
            while (proxy.injected() < MIN_FAULTS || seed <= ATTENTIONS) {
                int add = (int) Math.min(600, Math.max(100, ATTENTIONS + 1 - seed));
                rig.save(seed, add);
                seed += add;
                SyncResult r = rig.engine(proxy.baseUrl(), config).run(null);
                runs++;
                assertEquals(SyncOutcome.DRAINED, r.outcome(), r.summaryLine());
                rig.assertConsistent();
                assertTrue(runs < 50, "too many rounds");
            }
            long twice = rig.central.central().stat("duplicates");
            System.out.printf("SyncSoakTest: %d attentions, %d requests through the proxy, %d faults injected,"
                            + " %d records sent twice, %.1f s%n", seed - 1, proxy.requests(), proxy.injected(), twice,
                    (System.nanoTime() - start) / 1e9);
            assertTrue(proxy.injected() >= MIN_FAULTS);
            assertEquals(seed - 1, rig.central.central().attentions());
            assertEquals(0, rig.outbox.quarantined().size());
        }
    }
}
