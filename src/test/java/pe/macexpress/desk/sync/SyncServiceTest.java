package pe.macexpress.desk.sync;

import pe.macexpress.desk.testing.SyncSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.connectivity.ConnectivityMonitor;

/** The service the application uses: starts by itself when the link returns, one run at a time, warnings. */
class SyncServiceTest {
    @TempDir
    Path dir;
    private SyncRig rig;
    private SyncService service;

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
        service = new SyncService(rig.engine(), rig.db, SyncRig.fastConfig(), rig.clock);
    }

    @AfterEach
    void stop() {
        service.close();
        rig.close();
    }

    @Test
    void offlineToOnlineStartsASyncByItself() throws Exception {
        rig.save(1, 40);
        CountDownLatch done = new CountDownLatch(1);
        service.addListener(p -> {
            if (p.state() == SyncState.IDLE && p.recordsSent() == 40) {
                done.countDown();
            }
        });
        try (ConnectivityMonitor monitor = new ConnectivityMonitor(rig.central.baseUrl() + "/api/v1/health",
                new OkHttpClient())) {
            monitor.addListener(service::onConnectivity);
            monitor.report(false);
            assertEquals(SyncState.OFFLINE, service.progress().state());
            monitor.start(Duration.ofMillis(50));
            assertTrue(done.await(20, TimeUnit.SECONDS), "no sync after the link came back");
        }
        rig.assertConsistent();
        assertTrue(service.lastSuccess().isPresent());
        assertEquals(0, service.counts().unsent());
    }

    @Test
    void atMostOneSyncAtATime() throws Exception {
        rig.save(1, 300);
        CompletableFuture<SyncResult> first = service.syncNow();
        CompletableFuture<SyncResult> second = service.syncNow();
        assertSame(first, second, "a second press joins the running sync");
        SyncResult r = first.get(30, TimeUnit.SECONDS);
        assertEquals(SyncOutcome.DRAINED, r.outcome());
        assertEquals(r, service.lastResult().orElseThrow());
        assertEquals(300, rig.central.central().stat("uploads"));
    }

    @Test
    void warnsWhenTooManyWaitOrTheOldestIsTooOld() {
        SyncService strict = new SyncService(rig.engine(), rig.db, SyncRig.fastConfig().withWarnings(5, 21),
                rig.clock);
        assertEquals(Optional.empty(), strict.warning());
        rig.save(1, 5);
        assertEquals(SyncWarning.Reason.PENDING_COUNT, strict.warning().orElseThrow().reason());
        assertEquals("sync.warn.pending.count", strict.warning().orElseThrow().reason().messageKey());
        SyncService aged = new SyncService(rig.engine(), rig.db, SyncRig.fastConfig().withWarnings(500, 21),
                java.time.Clock.offset(rig.clock, Duration.ofDays(22)));
        SyncWarning w = aged.warning().orElseThrow();
        assertEquals(SyncWarning.Reason.AGE, w.reason());
        assertEquals(22, w.oldestAgeDays());
        strict.close();
        aged.close();
    }

    @Test
    void historyStatesFollowTheOutbox() throws Exception {
        rig.save(1, 2);
        var id = SyncSamples.of(1).id();
        assertEquals(AttentionSyncState.PENDING, service.statusOf(id).state());
        rig.outbox.claim(1, List.of());
        assertEquals(AttentionSyncState.SENDING, service.statusOf(id).state());
        rig.outbox.resetInFlight();
        service.syncNow().get(30, TimeUnit.SECONDS);
        assertEquals(AttentionSyncState.RECEIVED, service.statusOf(id).state());
        assertEquals("sync.attention.received", service.statusOf(id).state().messageKey());
    }
}
