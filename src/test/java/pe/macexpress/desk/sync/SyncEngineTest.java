package pe.macexpress.desk.sync;

import pe.macexpress.desk.testing.SyncSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.contract.RejectReason;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.OnFxNamedThread;

/** The engine against the real sandbox central: batches, per-record answers, quarantine, 401, offline. */
class SyncEngineTest {
    @TempDir
    Path dir;
    private SyncRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void drainsInBoundedBatchesAndASecondRunSendsNothing() {
        rig.save(1, 450);
        List<SyncProgress> progress = new ArrayList<>();
        SyncResult r = rig.engine().run(progress::add);
        assertEquals(SyncOutcome.DRAINED, r.outcome());
        assertEquals("sent=450 accepted=450 duplicate=0 rejected=0 conflict=0 pending=0 requests=5 bytes=" + r.bytes(),
                r.summaryLine(), "3 uploads + changes + catalogue");
        rig.assertConsistent();
        assertTrue(r.bytes() / 450 <= 300, r.bytes() / 450 + " bytes per attention");
        assertEquals(SyncState.IDLE, progress.get(progress.size() - 1).state());
        assertEquals(450, progress.get(progress.size() - 1).recordsSent());
        assertTrue(rig.settings.lastSync().isPresent());
        assertEquals(450, rig.count("SELECT count(*) FROM outbox WHERE result = 'accepted'"));

        SyncResult again = rig.engine().run(null);
        assertEquals(0, again.sent());
        assertEquals(2, again.requests(), "changes + catalogue (304)");
        assertEquals(450, rig.central.central().stat("uploads"));
    }

    @Test
    void rejectedAndConflictingRecordsAreQuarantinedAndNeverBlockTheRest() {
        rig.save(1, 10);
        Attention bad = SyncSamples.withUnknownProcedure(1000);
        rig.attentions.save(bad);
        Attention clash = SyncSamples.of(2000);
        rig.attentions.save(clash);
        // Other content under this workstation's own id (a central restored from another copy): a conflict.
        // Another workstation's record would refuse the whole batch (403, issue 15).
        rig.central.central().plant(clash.id().toString(), "someone-elses-hash", 0, SyncRig.WORKSTATION);
        rig.save(11, 10);

        SyncResult r = rig.engine().run(null);
        assertEquals(SyncOutcome.REMAINING, r.outcome());
        assertEquals(20, r.accepted());
        assertEquals(1, r.rejected());
        assertEquals(1, r.conflict());
        assertEquals(2, r.pending());
        SyncService service = new SyncService(rig.engine(), rig.db, SyncRig.fastConfig(),
                rig.clock);
        List<QuarantinedRecord> q = service.quarantined();
        assertEquals(List.of(RejectReason.UNKNOWN_PROCEDURE, RejectReason.CONFLICT),
                q.stream().map(QuarantinedRecord::reason).toList());
        assertEquals(new AttentionSyncStatus(AttentionSyncState.REJECTED, RejectReason.UNKNOWN_PROCEDURE),
                service.statusOf(bad.id()));
        assertEquals(new AttentionSyncStatus(AttentionSyncState.RECEIVED, null),
                service.statusOf(SyncSamples.of(1).id()));
        service.close();
    }

    @Test
    void aLaterVerificationIsSentAsANewRevision() {
        Attention a = SyncSamples.of(5);
        rig.attentions.save(a);
        assertEquals(SyncOutcome.DRAINED, rig.engine().run(null).outcome());
        rig.attentions.updateVerification(a.id(), VerificationState.NOT_FOUND, "0999", "");
        SyncResult r = rig.engine().run(null);
        assertEquals(1, r.accepted(), r.summaryLine());
        rig.assertConsistent();
    }

    @Test
    void unauthorizedKeepsEverythingQueued() {
        rig.save(1, 30);
        rig.central.central().revoke(SyncRig.WORKSTATION);
        AtomicReference<SyncProgress> last = new AtomicReference<>();
        SyncResult r = rig.engine().run(last::set);
        assertEquals(SyncOutcome.UNAUTHORIZED, r.outcome());
        assertEquals(SyncState.UNAUTHORIZED, last.get().state());
        assertEquals("sync.error.unauthorized", last.get().lastErrorKey());
        assertEquals(30, rig.count("SELECT count(*) FROM outbox WHERE state = 'pending'"));
        assertEquals(0, rig.central.central().attentions());
    }

    @Test
    void anUnreachableCentralEndsTheRunWithTheQueueIntact() throws Exception {
        rig.save(1, 30);
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        SyncConfig config = SyncRig.fastConfig().withBackoff(3, java.time.Duration.ofMillis(1),
                java.time.Duration.ofMillis(5));
        SyncResult r = rig.engine("http://127.0.0.1:" + closedPort, config).run(null);
        assertEquals(SyncOutcome.UNREACHABLE, r.outcome());
        assertEquals(3, r.requests());
        assertEquals(30, r.pending());
        assertEquals(30, rig.count("SELECT count(*) FROM outbox WHERE state = 'pending'"));
    }

    @Test
    void changesArePulledOnceAndTheCatalogueIsFetchedOnlyWhenItChanged() {
        long seq = rig.central.central().addChange(SyncRig.WORKSTATION, "message", "", "Reunión el lunes");
        rig.central.central().addChange("WS-OTHER", "message", "", "no es para esta estación");
        rig.engine().run(null);
        assertEquals(1, rig.count("SELECT count(*) FROM sync_inbox"));
        assertEquals(String.valueOf(seq), rig.settings.get(Setting.CHANGES_CURSOR).orElseThrow());
        assertNotNull(rig.settings.get(Setting.CATALOG_ETAG).orElse(null));
        assertTrue(rig.settings.get(Setting.CATALOG_JSON).orElseThrow().contains("macexpress-signed-catalog/1"));
        assertEquals("central", rig.settings.get(Setting.CATALOG_SOURCE).orElseThrow(), "checked and installed");
        rig.settings.put(Setting.CATALOG_JSON, "kept");
        rig.engine().run(null);
        assertEquals(1, rig.count("SELECT count(*) FROM sync_inbox"));
        assertEquals("kept", rig.settings.get(Setting.CATALOG_JSON).orElseThrow(), "304: not downloaded again");
    }

    @Test
    void reconciliationRequeuesWhatTheCentralLacks() throws Exception {
        rig.save(1, 25);
        rig.engine().run(null);
        // The central lost its data (restored from an old backup): a new, empty one with this token.
        try (SandboxServer fresh = SandboxServer.start(java.net.InetAddress.getLoopbackAddress(), 0, null)) {
            SyncEngine engine = engineEnrolledAt(fresh, rig.clock);
            assertEquals(25, engine.reconcile());
            assertEquals(SyncOutcome.DRAINED, engine.run(null).outcome());
            assertEquals(rig.clientRecords(), new java.util.TreeMap<>(fresh.central().all()));
            assertEquals(0, engine.reconcile());
        }
    }

    @Test
    void reconciliationLeavesOutOldAndPurgedAttentions() throws Exception {
        rig.save(1, 10);
        rig.engine().run(null);
        String old = String.valueOf(rig.clock.millis() - java.time.Duration.ofDays(91).toMillis());
        // Two acknowledged long ago (outside the 90-day window), one purged by retention.
        Sql.execute(rig.db, "UPDATE outbox SET updated_at = " + old + " WHERE id IN (SELECT id FROM outbox LIMIT 2)",
                "UPDATE attention SET purged_at = 1 WHERE id = (SELECT record_id FROM outbox"
                        + " WHERE updated_at <> " + old + " LIMIT 1)");
        try (SandboxServer fresh = SandboxServer.start(java.net.InetAddress.getLoopbackAddress(), 0, null)) {
            SyncEngine engine = engineEnrolledAt(fresh, rig.clock);
            assertEquals(7, engine.reconcile(), "10 minus 2 outside the window minus 1 purged");
        }
    }

    @Test
    void aDrainedRunReconcilesOnceAWeekAndSendsWhatTheCentralLostInTheSameRun() throws Exception {
        MutableClock clock = new MutableClock(java.time.Instant.now());
        rig.save(1, 12);
        try (SandboxServer fresh = SandboxServer.start(java.net.InetAddress.getLoopbackAddress(), 0, null)) {
            SyncEngine engine = engineEnrolledAt(fresh, clock);
            assertEquals(SyncOutcome.DRAINED, engine.run(null).outcome());
            assertTrue(rig.settings.get(Setting.RECONCILED_AT).isPresent(), "the first drained run starts the count");
            assertEquals(0, fresh.central().stat("reconciles"), "nothing to compare on the first run");

            fresh.central().forgetAll(); // restored from an old backup
            clock.advance(java.time.Duration.ofDays(6));
            SyncResult early = engine.run(null);
            assertEquals(0, early.sent(), "not due yet");
            assertEquals(0, fresh.central().attentions());

            clock.advance(java.time.Duration.ofDays(2));
            SyncResult due = engine.run(null);
            assertEquals(SyncOutcome.DRAINED, due.outcome());
            assertEquals(12, due.sent(), due.summaryLine());
            assertEquals(12, fresh.central().attentions());
            assertEquals(clock.instant().toString(), rig.settings.get(Setting.RECONCILED_AT).orElseThrow());

            SyncResult next = engine.run(null);
            assertEquals(0, next.sent());
            assertEquals(1, fresh.central().stat("reconciles"), "once per period");
        }
    }

    /** The rig's database against another central (one that lost its data), this workstation enrolled there. */
    private SyncEngine engineEnrolledAt(SandboxServer other, java.time.Clock clock) {
        String token = other.central().enroll(other.central().issueCode(), SyncRig.WORKSTATION).orElseThrow();
        SyncConfig config = SyncRig.fastConfig();
        return new SyncEngine(rig.db, DeskContext.recordKinds(rig.db),
                new CentralClient(SyncRig.HTTP, new Central(other.baseUrl(), token), config), config, clock);
    }

    @Test
    void refusesTheFxThread() throws Exception {
        assertTrue(OnFxNamedThread.thrownBy(() -> rig.engine().run(null)) instanceof IllegalStateException);
    }

    @Test
    void notEnrolledIsReportedWithoutTouchingTheQueue() {
        rig.save(1, 3);
        SyncConfig config = SyncRig.fastConfig();
        SyncResult r = new SyncEngine(rig.db, DeskContext.recordKinds(rig.db),
                new CentralClient(SyncRig.HTTP, new Central("", ""), config), config, rig.clock).run(null);
        assertEquals(SyncOutcome.UNAUTHORIZED, r.outcome());
        assertEquals(0, r.requests());
        assertEquals(3, rig.count("SELECT count(*) FROM outbox WHERE state = 'pending'"), "the queue is untouched");
    }
}
