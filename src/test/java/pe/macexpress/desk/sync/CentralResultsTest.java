package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.CodeStatus;
import pe.macexpress.desk.contract.ResultNotice;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.InboxItem;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * The reference central plays the entity: a result posted by attention code (admin token) reaches
 * the workstation that sent the attention through a real sync, and any other enrolled point can
 * look the code up, learning the procedure's state and never the citizen's name or document.
 * Real parts only: the sandbox central on loopback, SQLite files in a temporary folder.
 */
class CentralResultsTest {
    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    private SyncRig rig;
    private SyncEngine engine;
    private final Attention sent = SyncSamples.of(7);

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
        rig.attentions.save(sent);
        engine = rig.engine();
        // These tests read the raw pulled changes; the desk applies them (and purges results) after a
        // pull, which CaseSyncTest covers, and the end of the first test checks.
        engine.changesTo(null);
        assertEquals(SyncOutcome.DRAINED, engine.run(null).outcome(), "the central holds the attention");
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    @Test
    void aResultPostedAtTheCentralReachesTheDeskThatSentTheAttention() throws Exception {
        String other = rig.central.enroll("WS-TEST-02");
        Answer posted = postResult(adminToken(), sent.code(), "resuelto", "  Recoja su constancia en la oficina  ");
        assertEquals(200, posted.status(), posted.body());
        long seq = Wire.read(posted.bytes(), Admin.ResultAdded.class).seq();
        assertTrue(seq > 0);

        engine.run(null);
        List<InboxItem> inbox = rig.db.inbox().latest("result", 10);
        assertEquals(1, inbox.size(), "one result pulled");
        InboxItem item = inbox.get(0);
        assertEquals(seq, item.seq(), "the change the admin call answered");
        assertEquals(sent.id().toString(), item.ref(), "ref is the attention id");
        // The wire format everybody relies on: exactly c, st, no, t in this order.
        JsonNode body = Wire.tree(item.body().getBytes(StandardCharsets.UTF_8));
        List<String> names = new ArrayList<>();
        body.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("c", "st", "no", "t"), names, item.body());
        ResultNotice notice = Wire.read(item.body().getBytes(StandardCharsets.UTF_8), ResultNotice.class);
        assertEquals(sent.code(), notice.code());
        assertEquals("resuelto", notice.status());
        assertEquals("Recoja su constancia en la oficina", notice.note(), "spaces around are trimmed");
        assertTrue(Math.abs(notice.at() - System.currentTimeMillis()) < 60_000, "recorded now: " + notice.at());

        assertEquals(1, rig.central.central().results(sent.id().toString()).size(), "kept at the central");
        assertTrue(rig.central.central().changes("WS-TEST-02", 0, 10).isEmpty(),
                "another workstation receives nothing: " + other.length());
        engine.run(null);
        assertEquals(1, rig.db.inbox().latest("result", 10).size(), "pulled once");
        new pe.macexpress.desk.cases.ChangeProcessor(rig.db, rig.clock).process();
        assertEquals(pe.macexpress.desk.core.CaseAnswer.RESUELTO,
                rig.db.cases().find(sent.id()).orElseThrow().result().status(), "applied to the attention's case");
    }

    @Test
    void theAdminCallRefusesWhatItCannotTrustAndStoresNothingThen() throws Exception {
        String code = sent.code();
        assertEquals(401, postResult(null, code, "resuelto", "").status(), "no token");
        assertEquals(401, postResult("not-the-admin-token-at-all", code, "resuelto", "").status(), "wrong token");
        assertEquals(401, postResult(rig.token, code, "resuelto", "").status(), "a workstation's token is not the admin's");
        assertEquals(400, postResult(adminToken(), code, "aprobado", "").status(), "unknown status");
        assertEquals(400, postResult(adminToken(), code, "RESUELTO", "").status(), "statuses are lower case");
        assertEquals(400, postResult(adminToken(), code, null, "").status(), "no status");
        assertEquals(400, postResult(adminToken(), code, "rechazado", "x".repeat(1001)).status(), "note too long");
        assertEquals(400, postResult(adminToken(), code, "rechazado", "línea uno\nlínea dos").status(), "newline");
        assertEquals(400, postResult(adminToken(), code, "rechazado", "campana\u0007").status(), "bell");
        assertEquals(400, postResult(adminToken(), "K7Q3-9PXI", "resuelto", "").status(), "I is not in the alphabet");
        assertEquals(400, postResult(adminToken(), null, "resuelto", "").status(), "no code");
        assertEquals(404, postResult(adminToken(), "ZZZZ-ZZZZ", "resuelto", "").status(), "a code nobody sent");
        assertEquals(400, call(new Request.Builder().url(url("/admin/results"))
                .header("Authorization", "Bearer " + adminToken())
                .post(RequestBody.create("{not json", JSON))).status(), "unreadable body");
        assertEquals(405, call(new Request.Builder().url(url("/admin/results"))
                .header("Authorization", "Bearer " + adminToken()).get()).status(), "GET");
        assertTrue(rig.central.central().results(sent.id().toString()).isEmpty(), "nothing stored");
        assertTrue(rig.central.central().changes(SyncRig.WORKSTATION, 0, 10).isEmpty(), "nothing queued");

        // The limits themselves pass: 1000 characters (ñ and an emoji count as one each).
        String longest = "ñ".repeat(998) + "\uD83D\uDE00" + "x";
        assertEquals(200, postResult(adminToken(), code, "rechazado", longest).status());
        assertEquals(longest, rig.central.central().results(sent.id().toString()).get(0).note());
    }

    @Test
    void anyEnrolledPointLooksACodeUpAndLearnsNoNameNorDocument() throws Exception {
        assertEquals(200, postResult(adminToken(), sent.code(), "rechazado", "Falta la partida").status());
        assertEquals(200, postResult(adminToken(), sent.code(), "entregado", "").status());
        String otherToken = rig.central.enroll("WS-OTRO-PUNTO");
        CentralClient other = new CentralClient(SyncRig.HTTP, new Central(rig.central.baseUrl(), otherToken),
                SyncRig.fastConfig());

        CodeStatus status = other.lookup("  " + sent.code().toLowerCase(Locale.ROOT) + " ").orElseThrow();
        assertEquals(sent.code(), status.code());
        assertEquals(sent.procedureId(), status.procedureId());
        assertEquals(sent.outcome().type().name(), status.outcome());
        assertEquals(sent.pointId(), status.pointId());
        assertEquals(sent.endedAt().toEpochMilli(), status.endedAt());
        assertEquals(List.of("rechazado", "entregado"), status.results().stream().map(ResultNotice::status).toList(),
                "newest last");
        assertEquals("Falta la partida", status.results().get(0).note());

        Answer raw = call(new Request.Builder().url(url("/codes/" + sent.code()))
                .header("Authorization", "Bearer " + otherToken).get());
        assertEquals(200, raw.status());
        assertFalse(raw.body().contains(sent.citizenNames()), "no name: " + raw.body());
        assertFalse(raw.body().contains(sent.document().number()), "no document number: " + raw.body());
        assertFalse(raw.body().contains("\"n\"") || raw.body().contains("\"dn\"") || raw.body().contains("\"dc\""),
                "no name or document fields: " + raw.body());
        assertTrue(rig.central.central().body(sent.id().toString()).orElseThrow().contains(sent.citizenNames()),
                "the central does hold the name: the answer leaves it out on purpose");

        // The desk's own way in, off the sync thread.
        SyncService service = new SyncService(engine, rig.db, SyncRig.fastConfig(), rig.clock);
        try {
            assertEquals(status, service.lookup(sent.code()).orElseThrow());
        } finally {
            service.close();
        }

        assertTrue(other.lookup("ZZZZ-ZZZZ").isEmpty(), "unknown code: empty");
        int before = other.requests();
        assertThrows(IllegalArgumentException.class, () -> other.lookup("K7Q3-9PX"));
        assertEquals(before, other.requests(), "a malformed code is never sent");
        assertEquals(400, call(new Request.Builder().url(url("/codes/K7Q3-9PXI"))
                .header("Authorization", "Bearer " + otherToken).get()).status(), "shape checked by the central too");
        assertEquals(401, call(new Request.Builder().url(url("/codes/" + sent.code())).get()).status(), "no token");
        assertEquals(401, call(new Request.Builder().url(url("/codes/" + sent.code()))
                .header("Authorization", "Bearer " + adminToken()).get()).status(), "the admin token is no workstation's");
        CentralException revoked = assertThrows(CentralException.class,
                () -> new CentralClient(SyncRig.HTTP, new Central(rig.central.baseUrl(), "stolen-or-revoked"),
                        SyncRig.fastConfig()).lookup(sent.code()));
        assertEquals(SyncError.UNAUTHORIZED, revoked.error());
    }

    @Test
    void aCodeTwoPointsDrewAlikeIsNeitherAnsweredNorGivenAResult() throws Exception {
        // Another point's attention with the same code (40 random bits: rare, not impossible).
        rig.central.central().store("WS-OTRO-PUNTO", List.of(new CentralStore.Incoming("attention",
                "00000000-0000-0000-0000-000000000042", "h", 0, 1, "{\"c\":\"" + sent.code() + "\",\"pr\":\"x\"}")),
                1L);
        assertEquals(409, postResult(adminToken(), sent.code(), "resuelto", "").status());
        assertTrue(rig.central.central().changes(SyncRig.WORKSTATION, 0, 10).isEmpty(), "nothing queued");
        Answer raw = call(new Request.Builder().url(url("/codes/" + sent.code()))
                .header("Authorization", "Bearer " + rig.token).get());
        assertEquals(409, raw.status());
        CentralException e = assertThrows(CentralException.class, () -> engine.client().lookup(sent.code()));
        assertEquals(SyncError.SERVER, e.error());
    }

    @Test
    void theSandboxTakesTheAdminTokenItIsGiven() throws Exception {
        String chosen = "aula-tambo-2026-token";
        try (SandboxServer s = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null, chosen)) {
            assertEquals(chosen, s.centralApi().adminToken());
        }
        assertThrows(IllegalArgumentException.class,
                () -> SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null, "corto"));
        DeskCli.Result refused = DeskCli.run("sandbox", "--port", "0", "--admin-token", "corto");
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("--admin-token"), refused.err());
    }

    private String adminToken() {
        return rig.central.centralApi().adminToken();
    }

    private String url(String path) {
        return rig.central.baseUrl() + "/api/v1" + path;
    }

    private record Answer(int status, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Answer postResult(String token, String code, String status, String note) throws IOException {
        Request.Builder b = new Request.Builder().url(url("/admin/results"))
                .post(RequestBody.create(Wire.json(new Admin.NewResult(code, status, note)), JSON));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return call(b);
    }

    private static Answer call(Request.Builder request) throws IOException {
        try (Response r = SyncRig.HTTP.newCall(request.build()).execute()) {
            return new Answer(r.code(), r.body().bytes());
        }
    }
}
