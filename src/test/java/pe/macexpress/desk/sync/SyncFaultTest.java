package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.testing.FaultProxy;
import pe.macexpress.desk.testing.FaultProxy.Fault;

/**
 * Each fault of a bad link, injected by a proxy on the second upload of three; after each the
 * central holds exactly the client's attentions, none lost, none twice, none left 'sending'.
 */
class SyncFaultTest {
    private static final int ATTENTIONS = 450; // three batches of ≤ 200

    @TempDir
    Path dir;
    private SyncRig rig;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
        proxy = new FaultProxy(rig.central.port());
        rig.save(1, ATTENTIONS);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        rig.close();
    }

    /** One sync with {@code fault} on the second upload; the central must end up equal to the client. */
    private SyncResult survive(Fault fault) {
        proxy.script(Fault.PASS, fault);
        SyncResult r = rig.engine(proxy.baseUrl(), SyncRig.fastConfig()).run(null);
        assertEquals(SyncOutcome.DRAINED, r.outcome(), r.summaryLine());
        assertEquals(1, proxy.injected());
        rig.assertConsistent();
        assertEquals(ATTENTIONS, r.accepted() + r.duplicate());
        // At most the batch in flight went twice.
        long resent = rig.central.central().stat("uploads") - ATTENTIONS;
        assertTrue(resent <= SyncConfig.MAX_RECORDS, "resent " + resent);
        assertEquals(resent, rig.central.central().stat("duplicates"));
        return r;
    }

    @Test
    void connectionResetMidRequest() {
        SyncResult r = survive(Fault.RESET_MID_REQUEST);
        assertEquals(0, r.duplicate(), "the central never saw the cut request");
    }

    @Test
    void connectionResetMidResponse() {
        SyncResult r = survive(Fault.RESET_MID_RESPONSE);
        assertEquals(200, r.duplicate(), "the central had committed the batch");
    }

    @Test
    void centralCommitsThenTheConnectionDropsBeforeTheAnswer() {
        SyncResult r = survive(Fault.DROP_AFTER_COMMIT);
        assertEquals(200, r.duplicate());
        assertEquals(ATTENTIONS - 200, r.accepted());
    }

    @Test
    void http500() {
        assertEquals(0, survive(Fault.HTTP_500).duplicate());
    }

    @Test
    void http502() {
        assertEquals(0, survive(Fault.HTTP_502).duplicate());
    }

    @Test
    void http429HonoursRetryAfter() {
        long start = System.nanoTime();
        survive(Fault.HTTP_429);
        assertTrue(System.nanoTime() - start >= 1_000_000_000L, "Retry-After: 1 was not honoured");
    }

    @Test
    void http503HonoursRetryAfter() {
        long start = System.nanoTime();
        survive(Fault.HTTP_503);
        assertTrue(System.nanoTime() - start >= 1_000_000_000L, "Retry-After: 1 was not honoured");
    }

    @Test
    void stallPastTheReadTimeout() {
        SyncResult r = survive(Fault.STALL);
        assertEquals(200, r.duplicate(), "the central had committed before the stall");
    }

    @Test
    void truncatedGzipRequestBody() {
        assertEquals(0, survive(Fault.TRUNCATE_REQUEST_GZIP).duplicate(), "a cut gzip stores nothing");
    }

    @Test
    void truncatedResponseBody() {
        assertEquals(200, survive(Fault.TRUNCATE_RESPONSE).duplicate());
    }

    @Test
    void captivePortalHtmlWith200IsNotSuccess() {
        SyncResult r = survive(Fault.HTML_200);
        assertEquals(0, r.duplicate());
        assertEquals(ATTENTIONS, r.accepted());
    }
}
