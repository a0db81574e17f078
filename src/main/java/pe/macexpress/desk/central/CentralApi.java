package pe.macexpress.desk.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.sync.AttentionRecords;
import pe.macexpress.desk.sync.RejectReason;

/**
 * The reference central of {@code src/main/resources/api/sync-v1.yaml} under {@code /api/v1}, on the
 * sandbox's HTTP server. Idempotent: an upload stores a batch in one transaction and answers per
 * record. Admin endpoints (stats, records, codes, revoke, changes, faults) are for tests and
 * training; like the whole sandbox it listens on loopback only.
 */
final class CentralApi {
    static final int MAX_BATCH_BYTES = 256 * 1024;
    static final int MAX_RECORDS = 200;
    private static final int MAX_INFLATED = 8 * 1024 * 1024;
    private static final int MAX_RECORD = 16 * 1024;

    private final CentralStore store;
    private final ObjectMapper mapper = AttentionRecords.mapper();
    private final Set<String> procedures = Catalog.bundled().all().stream().map(Procedure::id)
            .collect(Collectors.toSet());
    private final byte[] catalog;
    private final byte[] catalogGzip;
    private final String catalogEtag;
    private int faultStatus;
    private int faultRetryAfter;
    private int faultTimes;
    private boolean faultDropAfterCommit;

    CentralApi(CentralStore store) {
        this.store = store;
        try (InputStream in = CentralApi.class.getResourceAsStream("/catalog/procedures.json")) {
            this.catalog = in == null ? "{}".getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        this.catalogGzip = AttentionRecords.gzip(catalog);
        this.catalogEtag = "\"" + AttentionRecords.hash(mapper.createObjectNode().put("c",
                new String(catalog, StandardCharsets.UTF_8))) + "\"";
    }

    void register(HttpServer http) {
        http.createContext("/api/v1/health", ex -> handle(ex, () -> json(ex, 200, "{\"status\":\"ok\"}")));
        http.createContext("/api/v1/enroll", ex -> handle(ex, () -> enroll(ex)));
        http.createContext("/api/v1/attentions", ex -> handle(ex, () -> upload(ex)));
        http.createContext("/api/v1/reconcile", ex -> handle(ex, () -> reconcile(ex)));
        http.createContext("/api/v1/changes", ex -> handle(ex, () -> changes(ex)));
        http.createContext("/api/v1/catalog", ex -> handle(ex, () -> catalog(ex)));
        http.createContext("/api/v1/admin", ex -> handle(ex, () -> admin(ex)));
    }

    CentralStore store() {
        return store;
    }

    private interface Handler {
        void run() throws IOException;
    }

    private void handle(HttpExchange ex, Handler h) {
        try {
            h.run();
        } catch (IOException | RuntimeException e) {
            // The client went away, or the request was unreadable after the headers: nothing to answer.
        } finally {
            ex.close();
        }
    }

    /** The admin-injected fault for the next API call: true when it was answered (or dropped) here. */
    private synchronized boolean takeStatusFault(HttpExchange ex) throws IOException {
        if (faultTimes <= 0 || faultStatus == 0) {
            return false;
        }
        faultTimes--;
        if (faultRetryAfter >= 0) {
            ex.getResponseHeaders().set("Retry-After", String.valueOf(faultRetryAfter));
        }
        json(ex, faultStatus, "{\"error\":\"injected\"}");
        return true;
    }

    private synchronized boolean takeDropFault() {
        if (faultTimes <= 0 || !faultDropAfterCommit) {
            return false;
        }
        faultTimes--;
        return true;
    }

    private String workstation(HttpExchange ex) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            var ws = store.workstation(auth.substring(7).strip());
            if (ws.isPresent()) {
                return ws.get();
            }
        }
        json(ex, 401, "{\"error\":\"unauthorized\"}");
        return null;
    }

    private void enroll(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            json(ex, 405, "{\"error\":\"POST\"}");
            return;
        }
        JsonNode body = mapper.readTree(ex.getRequestBody().readNBytes(4096));
        String ws = body.path("w").asText("").strip();
        var token = ws.isEmpty() ? java.util.Optional.<String>empty() : store.enroll(body.path("code").asText("").strip(), ws);
        if (token.isEmpty()) {
            json(ex, 403, "{\"error\":\"bad code\"}");
            return;
        }
        json(ex, 200, mapper.writeValueAsString(mapper.createObjectNode().put("token", token.get()).put("w", ws)));
    }

    private JsonNode gzipJson(HttpExchange ex) throws IOException {
        byte[] raw = ex.getRequestBody().readNBytes(MAX_BATCH_BYTES + 1);
        if (raw.length > MAX_BATCH_BYTES) {
            json(ex, 413, "{\"error\":\"too large\"}");
            return null;
        }
        try {
            byte[] plain = "gzip".equalsIgnoreCase(ex.getRequestHeaders().getFirst("Content-Encoding"))
                    ? AttentionRecords.gunzip(raw, MAX_INFLATED) : raw;
            return mapper.readTree(plain);
        } catch (IOException e) {
            json(ex, 400, "{\"error\":\"unreadable\"}");
            return null;
        }
    }

    private void upload(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex)) {
            return;
        }
        String ws = workstation(ex);
        if (ws == null) {
            return;
        }
        JsonNode batch = gzipJson(ex);
        if (batch == null) {
            return;
        }
        JsonNode r = batch.path("r");
        if (!r.isArray() || r.size() > MAX_RECORDS) {
            json(ex, r.isArray() ? 413 : 400, "{\"error\":\"bad batch\"}");
            return;
        }
        List<CentralStore.Incoming> valid = new ArrayList<>();
        List<Integer> validIndex = new ArrayList<>();
        Map<Integer, RejectReason> rejected = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            JsonNode rec = r.get(i);
            RejectReason why = validate(rec);
            if (why != null) {
                rejected.put(i, why);
            } else {
                valid.add(new CentralStore.Incoming(rec.path("i").asText(), rec.path("h").asText(),
                        rec.path("v").asInt(0), mapper.writeValueAsString(rec.path("a"))));
                validIndex.add(i);
            }
        }
        List<CentralStore.Verdict> verdicts = store.store(ws, valid, System.currentTimeMillis());
        if (takeDropFault()) {
            return; // committed, then the answer is lost: the client must resend and get duplicates
        }
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode x = mapper.createArrayNode();
        int accepted = 0;
        int duplicates = 0;
        Map<Integer, CentralStore.Verdict> byIndex = new HashMap<>();
        for (int k = 0; k < verdicts.size(); k++) {
            byIndex.put(validIndex.get(k), verdicts.get(k));
        }
        for (int i = 0; i < r.size(); i++) {
            if (rejected.containsKey(i)) {
                x.addArray().add(i).add("r").add(rejected.get(i).code());
                continue;
            }
            switch (byIndex.get(i)) {
                case ACCEPTED -> accepted++;
                case DUPLICATE -> {
                    duplicates++;
                    x.addArray().add(i).add("d");
                }
                case CONFLICT -> x.addArray().add(i).add("c");
            }
        }
        answer.put("n", r.size()).put("a", accepted).put("d", duplicates).set("x", x);
        json(ex, 200, mapper.writeValueAsString(answer));
    }

    private RejectReason validate(JsonNode rec) {
        try {
            UUID.fromString(rec.path("i").asText(""));
        } catch (IllegalArgumentException e) {
            return RejectReason.INVALID;
        }
        JsonNode a = rec.path("a");
        if (!a.isObject()) {
            return RejectReason.INVALID;
        }
        if (rec.toString().length() > MAX_RECORD) {
            return RejectReason.TOO_LARGE;
        }
        for (String f : AttentionRecords.FIELDS) {
            if (!a.hasNonNull(f)) {
                return RejectReason.INVALID;
            }
        }
        if (!a.path("s").canConvertToLong() || !a.path("e").canConvertToLong() || a.path("e").asLong() < a.path("s").asLong()
                || a.path("c").asText().isBlank()) {
            return RejectReason.INVALID;
        }
        if (!AttentionRecords.hash(a).equals(rec.path("h").asText())) {
            return RejectReason.HASH_MISMATCH;
        }
        if (!procedures.contains(a.path("pr").asText())) {
            return RejectReason.UNKNOWN_PROCEDURE;
        }
        return null;
    }

    private void reconcile(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex)) {
            return;
        }
        String ws = workstation(ex);
        if (ws == null) {
            return;
        }
        JsonNode body = gzipJson(ex);
        if (body == null) {
            return;
        }
        List<String> ids = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (JsonNode p : body.path("p")) {
            ids.add(p.path(0).asText(""));
            hashes.add(p.path(1).asText(""));
        }
        List<String> held = store.hashes(ids);
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode m = answer.putArray("m");
        ArrayNode c = answer.putArray("c");
        for (int i = 0; i < ids.size(); i++) {
            if (held.get(i) == null) {
                m.add(i);
            } else if (!held.get(i).equals(hashes.get(i))) {
                c.add(i);
            }
        }
        json(ex, 200, mapper.writeValueAsString(answer));
    }

    private void changes(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex)) {
            return;
        }
        String ws = workstation(ex);
        if (ws == null) {
            return;
        }
        Map<String, String> q = query(ex.getRequestURI().getRawQuery());
        long since = parse(q.get("since"), 0);
        int limit = (int) Math.max(1, Math.min(500, parse(q.get("limit"), 500)));
        List<Object[]> rows = store.changes(ws, since, limit + 1);
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode ch = mapper.createArrayNode();
        long cursor = since;
        for (Object[] row : rows.subList(0, Math.min(limit, rows.size()))) {
            cursor = ((Number) row[0]).longValue();
            ObjectNode n = ch.addObject().put("s", cursor).put("t", (String) row[1]);
            if (!((String) row[2]).isEmpty()) {
                n.put("ref", (String) row[2]);
            }
            n.put("b", (String) row[3]);
        }
        answer.put("c", cursor);
        if (rows.size() > limit) {
            answer.put("more", true);
        }
        answer.set("ch", ch);
        json(ex, 200, mapper.writeValueAsString(answer));
    }

    private void catalog(HttpExchange ex) throws IOException {
        if (takeStatusFault(ex) || workstation(ex) == null) {
            return;
        }
        ex.getResponseHeaders().set("ETag", catalogEtag);
        if (catalogEtag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
            return;
        }
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (accept != null && accept.contains("gzip")) {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, catalogGzip);
        } else {
            send(ex, 200, catalog);
        }
    }

    /** GET stats | GET records | POST codes | POST revoke {"w"} | POST changes {"w","t","ref","b"} | POST/DELETE faults. */
    private void admin(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath().substring("/api/v1/admin".length());
        String method = ex.getRequestMethod();
        JsonNode body = "POST".equals(method) ? mapper.readTree(ex.getRequestBody().readNBytes(16 * 1024)) : null;
        if (body == null || body.isMissingNode()) {
            body = mapper.createObjectNode();
        }
        switch (path) {
            case "/stats" -> json(ex, 200, mapper.writeValueAsString(mapper.createObjectNode()
                    .put("attentions", store.attentions()).put("uploads", store.stat("uploads"))
                    .put("duplicates", store.stat("duplicates"))));
            case "/records" -> {
                ArrayNode list = mapper.createArrayNode();
                store.all().forEach((id, h) -> list.addArray().add(id).add(h));
                json(ex, 200, mapper.writeValueAsString(mapper.createObjectNode().set("records", list)));
            }
            case "/enrollment-codes" -> {
                String code = body.hasNonNull("code") ? body.path("code").asText() : store.issueCode();
                store.addCode(code);
                json(ex, 200, mapper.writeValueAsString(mapper.createObjectNode().put("code", code)));
            }
            case "/revoke" -> json(ex, 200, "{\"revoked\":" + store.revoke(body.path("w").asText("")) + "}");
            case "/changes" -> json(ex, 200, "{\"s\":" + store.addChange(body.path("w").asText(""),
                    body.path("t").asText("message"), body.path("ref").asText(""), body.path("b").asText("")) + "}");
            case "/faults" -> {
                synchronized (this) {
                    faultStatus = "DELETE".equals(method) ? 0 : body.path("status").asInt(0);
                    faultRetryAfter = body.path("retryAfter").asInt(-1);
                    faultTimes = "DELETE".equals(method) ? 0 : body.path("times").asInt(1);
                    faultDropAfterCommit = body.path("dropAfterCommit").asBoolean(false);
                }
                json(ex, 200, "{\"faults\":\"set\"}");
            }
            default -> json(ex, 404, "{\"error\":\"unknown admin path\"}");
        }
    }

    private static long parse(String s, long fallback) {
        try {
            return s == null ? fallback : Long.parseLong(s);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> m = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    m.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return m;
    }

    /** JSON, gzip when the client accepts it and it is worth it (small answers grow with gzip). */
    private static void json(HttpExchange ex, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        String accept = ex.getRequestHeaders().getFirst("Accept-Encoding");
        if (body.length > 512 && accept != null && accept.contains("gzip")) {
            body = AttentionRecords.gzip(body);
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        send(ex, status, body);
    }

    private static void send(HttpExchange ex, int status, byte[] body) throws IOException {
        if (!ex.getResponseHeaders().containsKey("Content-Type")) {
            ex.getResponseHeaders().set("Content-Type", "application/json");
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }
}
