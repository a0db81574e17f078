package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client JVM is killed with SIGKILL in the middle of syncing, again and again. After each
 * restart nothing stays 'sending'; in the end the central holds exactly the client's attentions,
 * and each kill cost at most one batch sent twice.
 */
class SyncCrashTest {
    static final int BATCH = 10;
    private static final int ATTENTIONS = 1500;
    private static final int KILLS = 6;

    @TempDir
    Path dir;

    @Test
    void sigkillMidBatchLosesNothingAndResendsAtMostTheBatchInFlight() throws Exception {
        Random random = new Random();
        int killedWhileSending = 0;
        try (SyncRig rig = new SyncRig(dir)) {
            rig.save(1, ATTENTIONS);
            rig.db.close();
            for (int round = 0; round < KILLS; round++) {
                Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                        SyncCrashClient.class.getName(), dir.resolve("desk.db").toString(), rig.central.baseUrl(),
                        rig.token).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                AtomicInteger batches = new AtomicInteger();
                Thread reader = new Thread(() -> {
                    try (BufferedReader r = new BufferedReader(
                            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = r.readLine()) != null; ) {
                            if (line.startsWith("batch")) {
                                batches.incrementAndGet();
                            }
                        }
                    } catch (java.io.IOException e) {
                        // killed
                    }
                });
                reader.setDaemon(true);
                reader.start();
                long deadline = System.currentTimeMillis() + 60_000;
                while (batches.get() < 3 && child.isAlive() && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(150));
                boolean alive = child.isAlive();
                child.destroyForcibly(); // SIGKILL
                assertTrue(child.waitFor(60, TimeUnit.SECONDS));
                if (alive) {
                    killedWhileSending++;
                }
                rig.open(); // as the application starts: the lock is free, in-flight entries are pending again
                assertEquals(0, rig.count("SELECT count(*) FROM outbox WHERE state = 'sending'"));
                rig.db.close();
            }
            rig.open();
            SyncResult last = rig.engine().run(null);
            assertEquals(SyncOutcome.DRAINED, last.outcome(), last.summaryLine());
            rig.assertConsistent();
            long twice = rig.central.central().stat("duplicates");
            System.out.printf("SyncCrashTest: %d kills (%d while syncing), %d records sent twice%n", KILLS,
                    killedWhileSending, twice);
            assertTrue(killedWhileSending >= KILLS - 1, "killed while syncing only " + killedWhileSending);
            assertTrue(twice <= (long) killedWhileSending * BATCH, twice + " records sent twice");
            assertEquals(List.of(), rig.outbox.quarantined());
        }
    }
}
