package pe.macexpress.desk.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.connectivity.ConnectivityMonitor;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.CentralClient;
import pe.macexpress.desk.sync.Enrollment;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.sync.SyncEngine;
import pe.macexpress.desk.sync.SyncOutcome;
import pe.macexpress.desk.sync.SyncResult;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.testing.SampleDocuments;
import pe.macexpress.desk.testing.SyncSamples;

/**
 * The desk's own client code talks to the reference central over loopback through every path of
 * the API (enrollment, uploads with every verdict, reconciliation, changes with paging, the
 * catalogue and its 304, 401, 429 with Retry-After, the admin calls); every request sent and every
 * answer received is then validated against {@code api/sync-v1.yaml}. Neither side can drift from
 * the file without this test failing.
 */
class SyncContractTest {
    private static final String WORKSTATION = "WS-CONTRACT-01";
    private static final MediaType JSON = MediaType.get("application/json");

    @TempDir
    Path dir;

    private final WireRecorder recorder = new WireRecorder();
    private OkHttpClient http;
    private SandboxServer sandbox;
    private Store store;

    @BeforeEach
    void start() throws IOException {
        http = new OkHttpClient.Builder().addNetworkInterceptor(recorder).build();
        sandbox = SandboxServer.start(SandboxServer.Options.loopback(0).withFaultInjection());
        store = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        store.close();
        sandbox.close();
    }

    @Test
    void everyRequestOfTheDeskAndEveryAnswerOfTheCentralFollowTheContract() throws Exception {
        // Enrollment: a wrong code, then the right one.
        Central central = new Central("", "");
        Enrollment enrollment = new Enrollment(null, central, http, WORKSTATION);
        assertEquals(Enrollment.Result.BAD_CODE, enrollment.enroll(sandbox.baseUrl(), "0000-0000"));
        assertEquals(Enrollment.Result.ENROLLED, enrollment.enroll(sandbox.baseUrl(), admin().issuedCode()));

        // Liveness, as the connectivity probe asks it.
        assertTrue(new ConnectivityMonitor(central.api() + "/health", http).probeNow());

        // Uploads with every verdict: accepted, duplicate (planted), conflict (planted), rejected.
        SyncConfig config = SyncConfig.defaults().withBatch(50)
                .withBackoff(5, Duration.ofMillis(5), Duration.ofMillis(20));
        SyncEngine engine = new SyncEngine(store, DeskContext.recordKinds(store),
                new CentralClient(http, central, config), config, Clock.systemUTC());
        pe.macexpress.desk.catalog.CatalogService catalogs =
                new pe.macexpress.desk.catalog.CatalogService(store, central::catalogKey, Clock.systemUTC());
        engine.catalogTo(catalogs.sink());
        for (long s = 1; s <= 120; s++) {
            store.attentions().save(SyncSamples.of(s));
        }
        store.attentions().save(SyncSamples.withUnknownProcedure(500));
        // A capture with two documents: its own record kind beside its attention.
        var sis = pe.macexpress.desk.testing.TestCatalogs.channels().find("sis-afiliacion").orElseThrow();
        Attention captured = new pe.macexpress.desk.procedure.CaptureService(store,
                new pe.macexpress.desk.attention.AttentionService(store, Clock.systemUTC()), Clock.systemUTC())
                .save(pe.macexpress.desk.testing.CaptureSamples.visit(), sis,
                        new pe.macexpress.desk.core.Outcome(pe.macexpress.desk.core.OutcomeType.PENDIENTE, "SIS"), "es",
                        "test", pe.macexpress.desk.testing.CaptureSamples.sisAnswers(), List.of(
                                new pe.macexpress.desk.procedure.ChosenDocument("recibo",
                                        pe.macexpress.desk.procedure.DocumentImages.photo(
                                                pe.macexpress.desk.testing.CaptureSamples.image(800, 600, "png", 1))),
                                new pe.macexpress.desk.procedure.ChosenDocument("firma",
                                        pe.macexpress.desk.procedure.DocumentImages.signature(
                                                pe.macexpress.desk.testing.CaptureSamples.signaturePng()))));
        // Its case (pendiente) closed: a closure record of its own.
        new pe.macexpress.desk.cases.CaseService(store, Clock.systemUTC()).close(captured.id(),
                pe.macexpress.desk.core.CaseAnswer.DESISTIDO, "", "ADV-DEMO-1");
        // Issue 13 (survey, suggestions and compliments): their own kinds, held to the contract too.
        var feedback = new pe.macexpress.desk.voice.Feedback(store.feedback(), Clock.systemUTC(),
                java.time.ZoneId.of("America/Lima"));
        feedback.survey("TAMBO-01", "qu", java.util.Arrays.asList(5, null, 4, 3, 5, 1), "Allin", true);
        feedback.suggestion("suggestion", "TAMBO-01", "es", "Más sillas", "Rosa", "987654321");
        feedback.suggestion("compliment", "TAMBO-01", "qu", "Sulpayki", "", "");
        // A survey is held until its day is over (FeedbackStore.releaseSurveys): as if it were tomorrow.
        store.feedback().releaseSurveys(java.time.LocalDate.now(java.time.ZoneId.of("America/Lima")).plusDays(1));
        Attention duplicate = SyncSamples.of(501);
        Attention conflict = SyncSamples.of(502);
        store.attentions().save(duplicate);
        store.attentions().save(conflict);
        sandbox.central().plant(duplicate.id().toString(),
                pe.macexpress.desk.attention.AttentionKind.hash(duplicate), 0, WORKSTATION);
        sandbox.central().plant(conflict.id().toString(), "AAAAAAAAAAAAAAAAAAAAAA", 0, WORKSTATION);
        admin().change("message", "", "Reunión de asesores el lunes a las 9");
        for (int i = 0; i < 3; i++) {
            admin().change("result", SyncSamples.of(1).id().toString(), "{\"status\":\"resuelto\"}");
        }
        SyncResult first = engine.run(null);
        assertEquals(SyncOutcome.REMAINING, first.outcome(), first.summaryLine());
        assertEquals(1, first.duplicate());
        assertEquals(1, first.conflict());
        assertEquals(1, first.rejected());
        assertEquals(4, store.inbox().size(), "changes pulled");
        assertEquals(1L, sandbox.central().countsByKind().get("capture"), "the capture record is held");
        assertEquals(1L, sandbox.central().countsByKind().get("closure"), "the closure record is held");
        for (String kind : List.of("survey", "suggestion", "compliment")) {
            assertEquals(1L, sandbox.central().countsByKind().get(kind), "the " + kind + " record is held");
        }

        // A new catalogue published (refused without the admin token), fetched and installed;
        // 429 with Retry-After, then success; the catalogue answers 304 the third time.
        assertEquals(401, admin().publish(pe.macexpress.desk.testing.TestCatalogs.channelsBytes(), "not-the-token"));
        assertEquals(200, admin().publish(pe.macexpress.desk.testing.TestCatalogs.channelsBytes(),
                sandbox.centralApi().adminToken()));
        admin().faults(new Admin.Faults(429, 0, 1, null));
        store.attentions().save(SyncSamples.of(600));
        SyncResult second = engine.run(null);
        assertEquals(1, second.accepted(), second.summaryLine());
        assertEquals("test-1", catalogs.current().version(), "the published catalogue was installed");

        // Reconciliation: the central lost everything; the desk asks once the week has passed.
        sandbox.central().forgetAll();
        store.settings().put(Setting.RECONCILED_AT, Clock.systemUTC().instant().minus(Duration.ofDays(8)).toString());
        SyncResult third = engine.run(null);
        assertTrue(third.accepted() >= 120, third.summaryLine());

        // Changes, paged: more than one page waits.
        for (int i = 0; i < 501; i++) {
            admin().change("message", "", "aviso " + i);
        }
        engine.run(null);
        assertEquals(505, store.inbox().size());

        // Documents: chunked PUTs to the end (partial, accepted), a resume that asks first (GET),
        // a 429 with Retry-After, and the central's refusals.
        for (int i = 0; i < 2; i++) {
            SampleDocuments.add(store, 70_000, i);
        }
        Attachment resumed = SampleDocuments.add(store, 70_000, 9);
        byte[] head = java.util.Arrays.copyOf(SampleDocuments.read(store.attachmentsFolder().resolve(resumed.file())),
                16_384);
        assertEquals(200, attachments().put(resumed.id().toString(), 0, resumed.size(), resumed.sha256(), 8192, head));
        store.attachments().recordProgress(resumed.id(), 8192);
        // Three busy answers: the central's changes and catalogue (asked before the documents, one try
        // each), then the first document call.
        admin().faults(new Admin.Faults(429, 0, 3, null));
        SyncResult documents = engine.run(null);
        assertEquals(SyncOutcome.REMAINING, documents.outcome(), "the two set-aside records: " + documents.summaryLine());
        assertEquals(0, store.attachments().backlog().attachments());
        String unknown = java.util.UUID.randomUUID().toString();
        assertEquals(404, attachments().get(unknown, null));
        assertEquals(409, attachments().put(unknown, 8192, 70_000, resumed.sha256(), 8192, new byte[8192]));
        assertEquals(400, attachments().put(unknown, 65_536, 70_000, resumed.sha256(), 8192, new byte[8192]),
                "past the end");
        assertEquals(413, attachments().put(unknown, 0, 20 << 20, resumed.sha256(), 8192, new byte[8192]));
        String other = sandbox.central().enroll(sandbox.central().issueCode(), "WS-CONTRACT-02").orElseThrow();
        assertEquals(403, attachments().get(resumed.id().toString(), other));

        // Revoked: 401.
        admin().revoke();
        store.attentions().save(SyncSamples.of(700));
        assertEquals(SyncOutcome.UNAUTHORIZED, engine.run(null).outcome());

        assertEquals(1L, admin().stats().captures(), "stats count the capture");
        admin().records();
        admin().clearFaults();

        Set<String> covered = new TreeSet<>();
        assertEquals(List.of(), problems(covered), "exchanges that break the contract");
        for (String expected : List.of("POST /api/v1/enroll 403", "POST /api/v1/enroll 200", "GET /api/v1/health 200",
                "POST /api/v1/records 200", "POST /api/v1/records 429", "POST /api/v1/records 401",
                "POST /api/v1/reconcile 200", "GET /api/v1/changes 200", "GET /api/v1/catalog 200",
                "GET /api/v1/catalog 304", "POST /api/v1/admin/enrollment-codes 200", "POST /api/v1/admin/changes 200",
                "POST /api/v1/admin/faults 200", "DELETE /api/v1/admin/faults 200", "POST /api/v1/admin/revoke 200",
                "GET /api/v1/admin/stats 200", "GET /api/v1/admin/records 200", "PUT /api/v1/admin/catalog 200",
                "PUT /api/v1/admin/catalog 401", "PUT /api/v1/attachments/{id} 200",
                "PUT /api/v1/attachments/{id} 409", "PUT /api/v1/attachments/{id} 400",
                "PUT /api/v1/attachments/{id} 413", "GET /api/v1/attachments/{id} 200",
                "GET /api/v1/attachments/{id} 404", "GET /api/v1/attachments/{id} 403")) {
            assertTrue(covered.contains(expected), expected + " was exercised; covered: " + covered);
        }
        // Whichever document call came first (a PUT, or the GET of the one resumed) met the 429.
        assertTrue(covered.contains("PUT /api/v1/attachments/{id} 429")
                || covered.contains("GET /api/v1/attachments/{id} 429"), "a document call got 429: " + covered);
    }

    @Test
    void resultsAndCodeLookUpsFollowTheContract() throws Exception {
        Central central = new Central("", "");
        assertEquals(Enrollment.Result.ENROLLED,
                new Enrollment(null, central, http, WORKSTATION).enroll(sandbox.baseUrl(), admin().issuedCode()));
        SyncConfig config = SyncConfig.defaults();
        CentralClient client = new CentralClient(http, central, config);
        Attention sent = SyncSamples.of(3);
        store.attentions().save(sent);
        assertEquals(SyncOutcome.DRAINED, new SyncEngine(store, DeskContext.recordKinds(store), client, config,
                Clock.systemUTC()).run(null).outcome());
        String token = sandbox.centralApi().adminToken();
        assertEquals(200, admin().result(token, sent.code(), "rechazado", "Falta la partida de nacimiento"));
        assertEquals(200, admin().result(token, sent.code(), "entregado", null));
        assertEquals(401, admin().result("not-the-admin-token", sent.code(), "resuelto", ""));
        assertEquals(400, admin().result(token, sent.code(), "aprobado", ""));
        assertEquals(404, admin().result(token, "ZZZZ-ZZZZ", "resuelto", ""));

        // Another point asks, through the desk's own client: found, unknown, malformed, no token.
        String other = sandbox.central().enroll(sandbox.central().issueCode(), "WS-CONTRACT-02").orElseThrow();
        CentralClient asOther = new CentralClient(http, new Central(sandbox.baseUrl(), other), config);
        assertEquals(2, asOther.lookup(sent.code()).orElseThrow().results().size());
        assertTrue(asOther.lookup("ZZZZ-ZZZZ").isEmpty());
        assertEquals(400, admin().code("/codes/K7Q3-9PXI", other));
        assertEquals(401, admin().code("/codes/" + sent.code(), null));

        // Issue 15, each refusal as the contract describes it: another workstation's record (403),
        // an admin call without the admin token (401), wrong enrollment codes until the lockout (429).
        var content = pe.macexpress.desk.attention.AttentionKind.content(sent);
        var upload = new pe.macexpress.desk.contract.UploadBatch(List.of(new pe.macexpress.desk.contract.UploadRecord(
                "attention", sent.id().toString(), pe.macexpress.desk.attention.AttentionKind.hash(sent), 5,
                AttentionContent.SCHEMA.current(), content)));
        try (Response r = http.newCall(new Request.Builder().url(sandbox.baseUrl() + "/api/v1/records")
                .header("Authorization", "Bearer " + other).header("Content-Encoding", "gzip")
                .post(RequestBody.create(Wire.gzipJson(upload), JSON)).build()).execute()) {
            assertEquals(403, r.code());
        }
        try (Response r = http.newCall(new Request.Builder().url(sandbox.baseUrl() + "/api/v1/admin/stats").get()
                .build()).execute()) {
            assertEquals(401, r.code());
        }
        Enrollment guesser = new Enrollment(null, new Central("", ""), http, "WS-CONTRACT-03");
        for (int i = 0; i < 5; i++) {
            assertEquals(Enrollment.Result.BAD_CODE, guesser.enroll(sandbox.baseUrl(), "2345-678" + i));
        }
        assertEquals(Enrollment.Result.TOO_MANY_TRIES, guesser.enroll(sandbox.baseUrl(), "2345-6789"));

        Set<String> covered = new TreeSet<>();
        assertEquals(List.of(), problems(covered), "exchanges that break the contract");
        for (String expected : List.of("POST /api/v1/admin/results 200", "POST /api/v1/admin/results 401",
                "POST /api/v1/admin/results 400", "POST /api/v1/admin/results 404", "GET /api/v1/codes/"
                + sent.code() + " 200", "GET /api/v1/codes/ZZZZ-ZZZZ 404", "GET /api/v1/codes/K7Q3-9PXI 400",
                "GET /api/v1/codes/" + sent.code() + " 401", "POST /api/v1/records 403", "GET /api/v1/admin/stats 401",
                "POST /api/v1/enroll 403", "POST /api/v1/enroll 429")) {
            assertTrue(covered.contains(expected), expected + " was exercised; covered: " + covered);
        }
    }

    /**
     * Every exchange recorded so far checked against the contract: the problems found; {@code covered}
     * receives "METHOD path status" of each (a UUID at the end of the path written {id}).
     */
    private List<String> problems(Set<String> covered) throws IOException {
        List<String> problems = new ArrayList<>();
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(OpenApiFileTest.text()).withBasePathOverride("/api/v1").build();
        for (WireRecorder.Exchange x : recorder.exchanges()) {
            covered.add(x.method() + " " + x.path().replaceAll("[0-9a-f-]{36}$", "{id}") + " " + x.status());
            // Requests that break the contract on purpose (a document over 10 MB, an unknown status, a
            // malformed code, no admin token): only the central's answer is checked.
            boolean onPurpose = x.status() == 413 && x.path().startsWith("/api/v1/attachments/")
                    || x.status() == 400 && (x.path().startsWith("/api/v1/codes/")
                    || x.path().equals("/api/v1/admin/results"))
                    // Issue 15: an admin call without the admin token, to see it refused.
                    || x.status() == 401 && x.path().startsWith("/api/v1/admin/");
            ValidationReport report = onPurpose
                    ? validator.validateResponse(x.path(),
                            com.atlassian.oai.validator.model.Request.Method.valueOf(x.method()), response(x))
                    : validator.validate(request(x), response(x));
            if (report.hasErrors()) {
                problems.add(x + ": " + report.getMessages());
            }
        }
        return problems;
    }

    /** The request as the API describes it: the gzip body inflated (the header stays). */
    private static SimpleRequest request(WireRecorder.Exchange x) throws IOException {
        SimpleRequest.Builder b = new SimpleRequest.Builder(x.method(), x.path());
        copyHeaders(x.requestHeaders(), b::withHeader);
        if (x.query() != null) {
            for (String pair : x.query().split("&")) {
                String[] kv = pair.split("=", 2);
                b.withQueryParam(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        if (x.requestBody().length > 0) {
            b.withBody(text(x.requestHeaders(), x.requestBody()));
        }
        return b.build();
    }

    private static SimpleResponse response(WireRecorder.Exchange x) throws IOException {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(x.status());
        copyHeaders(x.responseHeaders(), b::withHeader);
        if (x.responseBody().length > 0) {
            b.withBody(text(x.responseHeaders(), x.responseBody()));
        }
        return b.build();
    }

    private interface HeaderSink {
        void add(String name, String... values);
    }

    private static void copyHeaders(Headers headers, HeaderSink sink) {
        for (String name : headers.names()) {
            sink.add(name, headers.values(name).toArray(String[]::new));
        }
    }

    private static String text(Headers headers, byte[] body) throws IOException {
        byte[] plain = "gzip".equalsIgnoreCase(headers.get("Content-Encoding")) ? Wire.gunzip(body, 64 << 20) : body;
        return new String(plain, StandardCharsets.UTF_8);
    }

    private AdminCalls admin() {
        return new AdminCalls();
    }

    private AttachmentCalls attachmentCalls;

    private AttachmentCalls attachments() {
        if (attachmentCalls == null) {
            attachmentCalls = new AttachmentCalls();
        }
        return attachmentCalls;
    }

    /** Attachment calls outside the desk's uploader (the central's refusals), through the recording client. */
    private final class AttachmentCalls {
        private String url(String id) {
            return sandbox.baseUrl() + "/api/v1/attachments/" + id;
        }

        /** Another token of the same workstation: its attachments are this one's too. */
        private final String token = sandbox.central().enroll(sandbox.central().issueCode(WORKSTATION), WORKSTATION)
                .orElseThrow();

        int put(String id, long offset, long size, String sha, int chunk, byte[] body) throws IOException {
            return code(new Request.Builder().url(url(id)).header("Authorization", "Bearer " + token)
                    .header(AttachmentStatus.OFFSET_HEADER, Long.toString(offset))
                    .header(AttachmentStatus.LENGTH_HEADER, Long.toString(size))
                    .header(AttachmentStatus.SHA256_HEADER, sha)
                    .header(AttachmentStatus.CHUNK_HEADER, Integer.toString(chunk))
                    .put(RequestBody.create(body, MediaType.get("application/octet-stream"))).build());
        }

        int get(String id, String asToken) throws IOException {
            return code(new Request.Builder().url(url(id))
                    .header("Authorization", "Bearer " + (asToken == null ? token : asToken)).get().build());
        }

        private int code(Request request) throws IOException {
            try (Response r = http.newCall(request).execute()) {
                r.body().bytes();
                return r.code();
            }
        }
    }

    /** The reference central's admin calls, made with the contract's records through the recording client. */
    private final class AdminCalls {
        String issuedCode() throws IOException {
            return post("/enrollment-codes", Admin.Code.forWorkstation(WORKSTATION), Admin.Code.class).code();
        }

        void change(String type, String ref, String body) throws IOException {
            post("/changes", new Admin.NewChange(WORKSTATION, type, ref, body), Admin.ChangeAdded.class);
        }

        int publish(byte[] catalog, String adminToken) throws IOException {
            try (okhttp3.Response r = http.newCall(new Request.Builder().url(url("/catalog"))
                    .header("Authorization", "Bearer " + adminToken)
                    .put(okhttp3.RequestBody.create(catalog, okhttp3.MediaType.get("application/json"))).build())
                    .execute()) {
                return r.code();
            }
        }

        /** POST /admin/results with {@code adminToken}; the status answered. */
        int result(String adminToken, String code, String status, String note) throws IOException {
            return code(new Request.Builder().url(url("/results")).header("Authorization", "Bearer " + adminToken)
                    .post(RequestBody.create(Wire.json(new Admin.NewResult(code, status, note)), JSON)).build());
        }

        /** A GET of {@code path} under /api/v1 with a workstation's token (none when null); the status answered. */
        int code(String path, String token) throws IOException {
            Request.Builder b = new Request.Builder().url(sandbox.baseUrl() + "/api/v1" + path).get();
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return code(b.build());
        }

        private int code(Request request) throws IOException {
            try (Response r = http.newCall(request).execute()) {
                r.body().bytes();
                return r.code();
            }
        }

        void faults(Admin.Faults faults) throws IOException {
            post("/faults", faults, Admin.FaultsSet.class);
        }

        void clearFaults() throws IOException {
            call(new Request.Builder().url(url("/faults")).delete().build(), Admin.FaultsSet.class);
        }

        void revoke() throws IOException {
            post("/revoke", new Admin.Revoke(WORKSTATION), Admin.Revoked.class);
        }

        Admin.Stats stats() throws IOException {
            return call(new Request.Builder().url(url("/stats")).get().build(), Admin.Stats.class);
        }

        void records() throws IOException {
            call(new Request.Builder().url(url("/records")).get().build(), Admin.Records.class);
        }

        private String url(String path) {
            return sandbox.baseUrl() + "/api/v1/admin" + path;
        }

        private <T> T post(String path, Object body, Class<T> answer) throws IOException {
            return call(new Request.Builder().url(url(path)).post(RequestBody.create(Wire.json(body), JSON)).build(),
                    answer);
        }

        private <T> T call(Request request, Class<T> answer) throws IOException {
            request = request.newBuilder().header("Authorization", "Bearer " + sandbox.adminToken()).build();
            try (Response r = http.newCall(request).execute()) {
                assertEquals(200, r.code(), request.url().encodedPath());
                return Wire.read(r.body().bytes(), answer);
            }
        }
    }
}
