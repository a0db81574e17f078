package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import pe.macexpress.desk.central.store.CentralStore;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.CodeStatus;
import pe.macexpress.desk.contract.ErrorAnswer;
import pe.macexpress.desk.contract.ResultNotice;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.AttentionCode;

/**
 * Entities' answers for attentions: an entity (an operator, training, a test) records one by
 * attention code ({@code POST /admin/results}) and it is queued for the workstation that sent the
 * attention; any enrolled point looks a code up ({@code GET /codes/{code}}) and learns where the
 * procedure stands, never who the citizen is. Callers have checked the token already.
 */
final class Results {
    private final CentralStore store;

    Results(CentralStore store) {
        this.store = store;
    }

    /** {@code POST /admin/results}, the admin token and the method already checked. */
    void record(HttpExchange ex, Admin.NewResult body, long now) throws IOException {
        String code = body.code() == null ? "" : body.code().strip();
        String status = body.status() == null ? "" : body.status().strip();
        String note = body.note() == null ? "" : body.note().strip();
        if (!ResultNotice.STATUSES.contains(status)) {
            CentralApi.json(ex, 400, new ErrorAnswer("unknown status"));
            return;
        }
        if (!ResultNotice.acceptableNote(note)) {
            CentralApi.json(ex, 400, new ErrorAnswer("bad note"));
            return;
        }
        CentralStore.HeldAttention attention = held(ex, code);
        if (attention == null) {
            return;
        }
        ResultNotice notice = new ResultNotice(code, status, note, now);
        long seq = store.addResult(attention, new CentralStore.StoredResult(code, status, note, now),
                new String(Wire.json(notice), StandardCharsets.UTF_8));
        CentralApi.json(ex, 200, new Admin.ResultAdded(seq));
    }

    /** {@code GET /codes/{code}}, the workstation's token already checked. */
    void lookup(HttpExchange ex, String code) throws IOException {
        if (!"GET".equals(ex.getRequestMethod())) {
            ex.getResponseHeaders().set("Allow", "GET");
            CentralApi.json(ex, 405, new ErrorAnswer("method"));
            return;
        }
        CentralStore.HeldAttention attention = held(ex, code);
        if (attention == null) {
            return;
        }
        JsonNode a = Wire.tree(attention.body().getBytes(StandardCharsets.UTF_8));
        List<ResultNotice> results = store.results(attention.id()).stream()
                .map(r -> new ResultNotice(r.code(), r.status(), r.note(), r.at())).toList();
        // Field by field on purpose: names and document numbers of the content never reach the answer.
        CentralApi.json(ex, 200, new CodeStatus(code, a.path("pr").asText(""), a.path("o").asText(""),
                a.hasNonNull("ch") ? a.get("ch").asText() : null, a.path("p").asText(""), a.path("e").asLong(),
                results));
    }

    /**
     * The one attention named by {@code code}; null once 400 (not a code's shape, checked before
     * any look-up), 404 (none) or 409 (two points drew the same code: no way to tell which) was answered.
     */
    private CentralStore.HeldAttention held(HttpExchange ex, String code) throws IOException {
        if (!AttentionCode.isWellFormed(code)) {
            CentralApi.json(ex, 400, new ErrorAnswer("bad code"));
            return null;
        }
        List<CentralStore.HeldAttention> found = store.attentionsByCode(code);
        if (found.isEmpty()) {
            CentralApi.json(ex, 404, new ErrorAnswer("unknown code"));
            return null;
        }
        if (found.size() > 1) {
            CentralApi.json(ex, 409, new ErrorAnswer("ambiguous code"));
            return null;
        }
        return found.get(0);
    }
}
