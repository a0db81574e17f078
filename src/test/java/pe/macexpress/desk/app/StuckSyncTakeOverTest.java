package pe.macexpress.desk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.Launcher;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.testing.LoopbackHttp;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * Issue 15: a scheduled {@code sync} stuck on a central that drips bytes held the data folder's lock
 * forever, and the counter application could not open. Here a child JVM runs the real {@code sync}
 * command against such a server: the application takes the folder over (the sync stops when asked),
 * and a sync left alone ends at its own deadline and releases the lock.
 */
class StuckSyncTakeOverTest {
    @TempDir
    Path home;

    private Process sync(String baseUrl, long runDeadlineMs) throws Exception {
        // Read and call timeouts far longer than the test: only the take-over or the run deadline can end it.
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=PIAS-NAPO-01\n"
                + "sync.baseUrl=" + baseUrl + "\nsync.token=tok_abcdefghijklmnopqrstuvwxyz\n"
                + "sync.readTimeoutMs=600000\nsync.callTimeoutMs=600000\nsync.maxAttempts=1\n"
                + "sync.runDeadlineMs=" + runDeadlineMs + "\n");
        DeskSettings settings = DeskSettings.load(home);
        try (Store db = Store.open(settings.databaseFile(), Clock.systemUTC())) {
            db.attentions().save(SyncSamples.of(1));
        }
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Launcher.class.getName(),
                "--home", home.toString(), "sync").redirectErrorStream(true).start();
    }

    private static String waitForExit(Process p) throws Exception {
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                r.lines().forEach(l -> out.append(l).append('\n'));
            } catch (java.io.IOException ignored) {
                // the process ended
            }
        });
        reader.start();
        // A safety net against a hung test, not a timing assertion.
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the sync never ended");
        }
        reader.join(5000);
        return out.toString();
    }

    private static void awaitFirstRequest(LoopbackHttp.Dripping central, Process child) throws InterruptedException {
        while (central.requests.get() == 0) {
            assertTrue(child.isAlive(), "the sync ended before reaching the central");
            Thread.sleep(50);
        }
    }

    @Test
    void theCounterApplication_takesTheFolderOverFromASyncStuckOnADrippingCentral() throws Exception {
        try (LoopbackHttp.Dripping central = new LoopbackHttp.Dripping(100)) {
            Process child = sync(central.baseUrl(), 3_600_000);
            try {
                awaitFirstRequest(central, child);
                DeskSettings settings = DeskSettings.load(home);
                // The finding: the folder is held, and a plain acquire (what the application did) is refused.
                StoreException held = assertThrows(StoreException.class, () -> InstanceLock.acquire(settings.dataFolder()));
                assertEquals(StoreException.Kind.LOCKED, held.kind());

                DeskContext ctx = DeskContext.openForSignIn(settings, Clock.systemUTC());
                ctx.close();
                String out = waitForExit(child);
                assertEquals(5, child.exitValue(), "the sync says it gave way (5: the application has the folder)\n" + out);
                assertTrue(out.contains("La aplicación se abrió"), out);
                assertTrue(out.contains("pending=1"), "the record waits for the next run: " + out);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void aSyncLeftAlone_endsAtItsOwnDeadline_andReleasesTheLock() throws Exception {
        try (LoopbackHttp.Dripping central = new LoopbackHttp.Dripping(100)) {
            Process child = sync(central.baseUrl(), 1500);
            try {
                String out = waitForExit(child);
                assertTrue(central.requests.get() > 0, "it reached the dripping central");
                assertEquals(3, child.exitValue(), out);
                assertTrue(out.contains("tiempo máximo"), out);
                try (InstanceLock lock = InstanceLock.acquire(DeskSettings.load(home).dataFolder())) {
                    assertTrue(lock != null, "the folder is free");
                }
            } finally {
                child.destroyForcibly();
            }
        }
    }
}
