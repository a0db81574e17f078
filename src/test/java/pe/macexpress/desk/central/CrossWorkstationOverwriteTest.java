package pe.macexpress.desk.central;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.contract.ReconcileAnswer;
import pe.macexpress.desk.contract.ReconcileRequest;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.sandbox.SandboxServer;

/**
 * Issue 15, the central's finding "any enrolled token can overwrite another workstation's record by
 * sending a higher revision": a record belongs to the workstation that sent it first; another's
 * token gets 403 and nothing of its batch is stored; revisions never go backwards; /reconcile and
 * /changes answer only about the caller's own records.
 */
class CrossWorkstationOverwriteTest {
    private SandboxServer sandbox;
    private CentralCalls calls;
    private String owner;
    private String intruder;

    @BeforeEach
    void start() throws Exception {
        sandbox = SandboxServer.start(0);
        calls = new CentralCalls(sandbox);
        owner = sandbox.central().enroll(sandbox.central().issueCode("WS-OWNER-01"), "WS-OWNER-01").orElseThrow();
        intruder = sandbox.central().enroll(sandbox.central().issueCode("WS-ROGUE-02"), "WS-ROGUE-02").orElseThrow();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void anotherWorkstationsHigherRevisionIsRefusedWith403AndNothingOfItsBatchIsStored() throws Exception {
        String id = UUID.randomUUID().toString();
        UploadRecord original = CentralCalls.record(id, 0, CentralCalls.closure("Falta la firma", 1_764_600_000_000L));
        assertEquals(200, calls.upload(owner, original).status());

        // The attack: the same id, a higher revision, other content, another workstation's token.
        UploadRecord forged = CentralCalls.record(id, 7, CentralCalls.closure("Todo conforme", 1_764_600_000_000L));
        String innocent = UUID.randomUUID().toString();
        CentralCalls.Answer answer = calls.upload(intruder, forged,
                CentralCalls.record(innocent, 0, CentralCalls.closure("Otro", 1_764_600_000_000L)));

        assertEquals(403, answer.status(), answer.body());
        assertTrue(answer.body().contains("not yours"), answer.body());
        assertEquals(original.hash(), sandbox.central().all().get(id), "the owner's content stays");
        assertEquals("WS-OWNER-01", sandbox.central().owner(id).orElseThrow());
        assertTrue(sandbox.central().owner(innocent).isEmpty(), "nothing of the refused batch is stored");
        // The owner itself still changes its record with a higher revision.
        assertEquals(200, calls.upload(owner, forged).status());
        assertEquals(forged.hash(), sandbox.central().all().get(id));
    }

    @Test
    void revisionsNeverGoBackwardsNorReuseANumberForOtherContent() throws Exception {
        String id = UUID.randomUUID().toString();
        UploadRecord second = CentralCalls.record(id, 2, CentralCalls.closure("Segunda", 1_764_600_000_000L));
        assertEquals(200, calls.upload(owner, second).status());
        UploadRecord older = CentralCalls.record(id, 1, CentralCalls.closure("Primera", 1_764_600_000_000L));
        UploadRecord sameNumber = CentralCalls.record(id, 2, CentralCalls.closure("Otra", 1_764_600_000_000L));
        CentralCalls.Answer a = calls.upload(owner, older, sameNumber);
        assertEquals(200, a.status());
        assertTrue(a.body().contains("[0,\"c\"]") && a.body().contains("[1,\"c\"]"), "both conflicts: " + a.body());
        assertEquals(second.hash(), sandbox.central().all().get(id));

        UploadRecord negative = CentralCalls.record(UUID.randomUUID().toString(), -1,
                CentralCalls.closure("Negativa", 1_764_600_000_000L));
        assertTrue(calls.upload(owner, negative).body().contains("[0,\"r\",\"invalid\"]"), "a negative revision");
        assertTrue(sandbox.central().owner(negative.id()).isEmpty());
    }

    @Test
    void reconcileAndChangesAnswerOnlyAboutTheCallersOwnRecords() throws Exception {
        String id = UUID.randomUUID().toString();
        UploadRecord mine = CentralCalls.record(id, 0, CentralCalls.closure("Mío", 1_764_600_000_000L));
        assertEquals(200, calls.upload(owner, mine).status());
        sandbox.central().addChange("WS-OWNER-01", "message", "", "solo para el dueño");

        // The intruder probes with the owner's id and a wrong hash: "missing", never "held otherwise".
        ReconcileAnswer probe = reconcile(intruder, id, "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(List.of(0), probe.missing());
        assertEquals(List.of(), probe.differing());
        ReconcileAnswer own = reconcile(owner, id, "AAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(List.of(0), own.differing(), "the owner learns its record differs");

        CentralCalls.Answer changes = calls.call(new Request.Builder().url(calls.api("/changes?since=0"))
                .header("Authorization", "Bearer " + intruder).get());
        assertEquals(200, changes.status());
        assertTrue(!changes.body().contains("solo para el"), changes.body());
    }

    private ReconcileAnswer reconcile(String token, String id, String hash) throws Exception {
        CentralCalls.Answer a = calls.call(new Request.Builder().url(calls.api("/reconcile"))
                .header("Authorization", "Bearer " + token).header("Content-Encoding", "gzip")
                .post(RequestBody.create(Wire.gzipJson(new ReconcileRequest("closure",
                        List.of(new ReconcileRequest.Pair(id, hash)))), CentralCalls.JSON)));
        assertEquals(200, a.status(), a.body());
        return Wire.read(a.body().getBytes(java.nio.charset.StandardCharsets.UTF_8), ReconcileAnswer.class);
    }
}
