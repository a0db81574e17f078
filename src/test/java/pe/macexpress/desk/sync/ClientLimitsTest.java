package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.contract.Change;
import pe.macexpress.desk.contract.ChangesPage;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.security.TextGuard;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.LoopbackHttp;
import pe.macexpress.desk.testing.LoopbackHttp.Reply;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * Issue 15, the sync client's limits, each finding reproduced against a server on loopback: a
 * central that drips bytes, a 307 at enrollment, http in production, a token with a line break,
 * a 401 with nothing to send, a 22 KB outcome detail, and a central that floods {@code /changes}.
 */
class ClientLimitsTest {
    private static final String TOKEN = "tok_abcdefghijklmnopqrstuvwxyz012345";
    private static final OkHttpClient HTTP = new OkHttpClient();

    @TempDir
    Path dir;

    private Store open() {
        return Store.open(dir.resolve("desk.db"), Clock.systemUTC());
    }

    private static SyncConfig quick() {
        return SyncConfig.defaults().withTimeouts(Duration.ofMillis(500), Duration.ofMillis(1000))
                .withBackoff(2, Duration.ofMillis(5), Duration.ofMillis(5));
    }

    @Test
    void aCentralThatDripsBytes_noLongerHoldsTheRunForever_eachCallEndsAtItsTimeout() throws Exception {
        try (LoopbackHttp.Dripping central = new LoopbackHttp.Dripping(100); Store db = open()) {
            db.attentions().save(SyncSamples.of(1));
            // Each byte comes well within the 1 s read timeout: before issue 15 nothing ever ended this call.
            SyncConfig config = quick().withDeadlines(Duration.ofMillis(1500), Duration.ofMinutes(10));
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(HTTP, new Central(central.baseUrl(), TOKEN), config), config, Clock.systemUTC());
            SyncResult r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> engine.run(null),
                    "a safety net only: the run must end by its own call timeout");
            assertEquals(SyncOutcome.UNREACHABLE, r.outcome());
            assertEquals(2, central.requests.get(), "both tries reached the server and were cut");
            assertEquals(1, db.outbox().counts().pending(), "nothing lost: the record waits for the next run");
        }
    }

    @Test
    void enrollment_a307IsNotFollowed_theCodeNeverReachesTheOtherHost() throws Exception {
        try (LoopbackHttp other = new LoopbackHttp(s -> Reply.json(200, "{\"token\":\"" + TOKEN + "\"}"));
             LoopbackHttp central = new LoopbackHttp(s -> new Reply(307, null, "",
                     Map.of("Location", other.baseUrl() + "/api/v1/enroll")))) {
            Path file = dir.resolve(DeskSettings.FILE_NAME);
            Files.writeString(file, "mode=production\nworkstation.id=PIAS-NAPO-01\n");
            Central c = new Central("", "").httpsOnly(true);
            Enrollment.Result r = new Enrollment(file, c, HTTP, "PIAS-NAPO-01").enroll(central.baseUrl(), "1234-5678");
            assertEquals(1, central.seen.size(), "the code went to the address given");
            assertEquals(List.of(), other.seen, "and never, re-posted, to the host of the 307");
            assertEquals(Enrollment.Result.UNREACHABLE, r);
            assertFalse(c.enrolled());
            assertEquals("", DeskSettings.load(dir).get(ConfigKeys.SYNC_TOKEN), "nothing saved");
        }
    }

    @Test
    void enrollment_httpInProduction_isRefusedBeforeAnythingIsSent() throws Exception {
        Path file = dir.resolve(DeskSettings.FILE_NAME);
        Files.writeString(file, "mode=production\nworkstation.id=PIAS-NAPO-01\n");
        // 192.0.2.1 (TEST-NET-1) is never reached: the refusal comes first, with its own result.
        Central production = Central.configured(DeskSettings.load(dir));
        assertTrue(production.httpsOnly(), "production is https only");
        Enrollment e = new Enrollment(file, production, HTTP, "PIAS-NAPO-01");
        assertEquals(Enrollment.Result.INSECURE, e.enroll("http://192.0.2.1:8080", "1234-5678"));
        assertEquals("limits.enroll.insecure", Enrollment.Result.INSECURE.messageKey());
        assertFalse(production.enrolled());
        assertEquals("", DeskSettings.load(dir).get(ConfigKeys.SYNC_BASE_URL));

        // The central's calls too: a production desk whose address was set to http sends nothing there.
        Central insecure = new Central("http://192.0.2.1:8080", TOKEN).httpsOnly(true);
        CentralClient client = new CentralClient(HTTP, insecure, quick());
        CentralException refused = assertThrows(CentralException.class, () -> client.changes(0));
        assertEquals(0, client.requests(), "refused before a request was made");
        assertFalse(refused.getMessage().contains(TOKEN));
    }

    @Test
    void enrollment_aTokenWithALineBreak_isRefusedAndNothingIsSaved() throws Exception {
        try (LoopbackHttp central = new LoopbackHttp(s -> Reply.json(200,
                "{\"token\":\"abcdefghijklmnop\\nsync.baseUrl=http://evil.example\"}"))) {
            Path file = dir.resolve(DeskSettings.FILE_NAME);
            Files.writeString(file, "mode=production\nworkstation.id=PIAS-NAPO-01\n");
            Central c = new Central("", "").httpsOnly(true);
            Enrollment.Result r = new Enrollment(file, c, HTTP, "PIAS-NAPO-01").enroll(central.baseUrl(), "1234-5678");
            assertEquals(Enrollment.Result.BAD_TOKEN, r);
            assertFalse(c.enrolled());
            assertEquals("mode=production\nworkstation.id=PIAS-NAPO-01\n", Files.readString(file), "file untouched");
            DeskSettings.load(dir); // and still a valid configuration
        }
        assertTrue(Enrollment.wellFormedToken(TOKEN));
        for (String bad : new String[] {"short", "abcdefghijklmnop\r", "abcdefgh ijklmnop", "abcdefghijklmnopé", ""}) {
            assertFalse(Enrollment.wellFormedToken(bad), bad);
        }
    }

    @Test
    void aTokenSavedWithALineBreak_endsTheRunUnauthorized_withoutAStackTrace() throws Exception {
        try (LoopbackHttp central = new LoopbackHttp(s -> Reply.json(200, "{\"c\":0,\"ch\":[]}")); Store db = open()) {
            db.attentions().save(SyncSamples.of(3));
            Central c = new Central(central.baseUrl(), "");
            c.set(central.baseUrl(), "abcdefghijklmnop\nsync.baseUrl=x");
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(HTTP, c, quick()), quick(), Clock.systemUTC());
            SyncResult r = engine.run(null); // before issue 15: IllegalArgumentException from OkHttp's header check
            assertEquals(SyncOutcome.UNAUTHORIZED, r.outcome());
            assertEquals(List.of(), central.seen, "nothing sent with it");
            assertEquals(1, db.outbox().counts().pending());
        }
    }

    @Test
    void a401WithNothingToSend_endsTheRunUnauthorized_notDrained() throws Exception {
        try (LoopbackHttp central = new LoopbackHttp(s -> Reply.json(401, "{\"error\":\"revoked\"}"));
             Store db = open()) {
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(HTTP, new Central(central.baseUrl(), TOKEN), quick()), quick(), Clock.systemUTC());
            SyncResult r = engine.run(null);
            assertTrue(central.seen.stream().anyMatch(s -> s.path().startsWith("/api/v1/changes")), "the pull got the 401");
            assertEquals(SyncOutcome.UNAUTHORIZED, r.outcome(), "before issue 15: DRAINED, exit 0");
            assertTrue(r.outcome().exitCode() != 0 && r.outcome().exitCode() != 4,
                    "not a code the scheduled unit counts as normal (3, 4, 5)");
        }
    }

    @Test
    void a403OnRecords_endsTheRunAtOnce_saysForbidden_andKeepsEverythingQueued() throws Exception {
        // The central binds records to the workstation that sent them first (issue 15): a desk whose
        // id changed, or a copied database, gets 403. Before, that was a "server error" retried for ever.
        try (LoopbackHttp central = new LoopbackHttp(s -> s.path().startsWith("/api/v1/records")
                ? Reply.json(403, "{\"error\":\"not yours\"}") : Reply.json(200, "{\"c\":0,\"ch\":[]}"));
             Store db = open()) {
            db.attentions().save(SyncSamples.of(3));
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(HTTP, new Central(central.baseUrl(), TOKEN), quick()), quick(), Clock.systemUTC());
            List<SyncError> errors = new ArrayList<>();
            SyncResult r = engine.run(p -> errors.add(p.lastError()));
            assertEquals(SyncError.FORBIDDEN, errors.get(errors.size() - 1), "the advisor is told why");
            assertTrue(r.outcome().exitCode() != 0, "not a success for the scheduled unit");
            assertEquals(1, central.seen.stream().filter(x -> x.path().startsWith("/api/v1/records")).count(),
                    "not retried: retrying cannot help");
            assertEquals(1, db.outbox().counts().pending(), "nothing lost");
        }
    }

    @Test
    void a22KbOutcomeDetail_alreadyQueued_isSentCut_notQuarantinedForever() throws Exception {
        String huge = "Faltan documentos \u202Eotxet\u202C; ".repeat(800); // ≈ 22 KB with bidi overrides
        assertTrue(huge.length() > 20_000);
        Attention base = SyncSamples.of(7);
        Attention queued = new Attention(base.id(), base.code(), base.visitId(), base.advisorId(), base.pointId(),
                base.document(), base.citizenNames(), base.verification(), base.verificationCode(),
                base.procedureId(), new Outcome(OutcomeType.PENDIENTE, huge), base.language(), base.startedAt(),
                base.endedAt());
        List<JsonNode> received = new ArrayList<>();
        try (LoopbackHttp central = new LoopbackHttp(s -> {
            if (s.path().startsWith("/api/v1/records")) {
                try {
                    JsonNode batch = Wire.mapper().readTree(Wire.gunzip(
                            s.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 1 << 22));
                    received.add(batch);
                    int n = batch.path("r").size();
                    return Reply.json(200, "{\"n\":" + n + ",\"a\":" + n + ",\"d\":0,\"x\":[]}");
                } catch (java.io.IOException e) {
                    return Reply.json(400, "{}");
                }
            }
            return Reply.json(200, "{\"c\":0,\"ch\":[]}");
        }); Store db = open()) {
            db.attentions().save(queued); // as a desk before issue 15 saved it
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(HTTP, new Central(central.baseUrl(), TOKEN), quick()), quick(), Clock.systemUTC());
            engine.run(null);
            assertEquals(1, received.size(), "sent once, accepted");
            assertEquals(0, db.outbox().counts().quarantined(), "not quarantined");
            String sent = received.get(0).toString();
            JsonNode od = received.get(0).findValue("od");
            assertTrue(od != null && od.asText().length() <= TextGuard.MAX_FREE_TEXT, "cut at the limit");
            assertTrue(TextGuard.isClean(od.asText()), "without the bidi overrides");
            assertTrue(od.asText().startsWith("Faltan documentos "));
            assertFalse(sent.contains("\u202E"));
        }
        assertEquals(AttentionKind.record(queued).outcomeDetail().length(), TextGuard.MAX_FREE_TEXT);
    }

    @Test
    void aCentralThatFloodsChanges_isPulledWithinBounds_perRunAndInTotal() throws Exception {
        String body = "x".repeat(60_000);
        String oversized = "y".repeat(SyncEngine.MAX_CHANGE_BODY + 1);
        AtomicLong served = new AtomicLong();
        try (LoopbackHttp central = new LoopbackHttp(s -> {
            long since = Long.parseLong(s.path().replaceAll(".*since=(\\d+).*", "$1"));
            List<Change> page = new ArrayList<>();
            for (long i = since + 1; i <= since + 50; i++) { // 3 MB a page: under the client's 4 MB answer cap
                page.add(new Change(i, "message", "", i == 1 ? oversized : body));
            }
            served.addAndGet(page.size());
            return Reply.json(200, new String(Wire.json(new ChangesPage(since + 50, true, page)),
                    java.nio.charset.StandardCharsets.UTF_8));
        }); Store db = open()) {
            SyncEngine engine = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(HTTP, new Central(central.baseUrl(), TOKEN), quick()), quick(), Clock.systemUTC());
            engine.run(null); // no change sink: what is pulled waits in the inbox, as when it cannot be applied
            var first = db.inbox().waiting();
            assertTrue(first.bytes() <= SyncEngine.MAX_PULL_BYTES, "one run: " + first.bytes() + " bytes");
            assertTrue(first.count() > 0 && first.count() <= SyncEngine.MAX_PULL_CHANGES);
            assertEquals(1, db.inbox().latest(SyncEngine.TOO_LARGE_TYPE, 10).size(),
                    "the oversized change is kept without its body, and the processor sets it aside");
            for (int run = 0; run < 8; run++) {
                engine.run(null);
            }
            var total = db.inbox().waiting();
            assertTrue(total.bytes() <= SyncEngine.MAX_INBOX_BYTES, "in total: " + total.bytes() + " bytes");
            assertTrue(served.get() > total.count(), "the central offered more than was kept");
            long cursor = ChangesReceived.cursor(db);
            assertEquals(total.count(), cursor, "the cursor moved only past what was kept: nothing skipped");
        }
    }
}
