package pe.macexpress.desk.central;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import pe.macexpress.desk.contract.ClosureContent;
import pe.macexpress.desk.contract.UploadBatch;
import pe.macexpress.desk.contract.UploadRecord;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.sandbox.SandboxServer;

/**
 * Raw HTTP to a sandbox central, as an attacker (or a workstation) would speak it, for the issue 15
 * tests of the central: uploads of hand-made records, enrollment, admin calls with any credential.
 */
final class CentralCalls {
    static final MediaType JSON = MediaType.get("application/json");
    static final OkHttpClient HTTP = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();

    /** A status, the Retry-After header and the body of an answer. */
    record Answer(int status, String retryAfter, String body) {
    }

    private final SandboxServer sandbox;

    CentralCalls(SandboxServer sandbox) {
        this.sandbox = sandbox;
    }

    String api(String path) {
        return sandbox.baseUrl() + "/api/v1" + path;
    }

    /** A case closure (a kind that needs no catalogue) as content, closed at {@code time}. */
    static ObjectNode closure(String reason, long time) {
        return Wire.mapper().valueToTree(new ClosureContent(UUID.randomUUID().toString(), "K7Q3-9PXA", "rechazado",
                reason, "ADV-01", time));
    }

    /** The record of {@code content} with its right hash. */
    static UploadRecord record(String id, int revision, ObjectNode content) {
        return new UploadRecord(ClosureContent.KIND, id, ClosureContent.SCHEMA.hash(content, 1), revision, 1, content);
    }

    Answer upload(String token, UploadRecord... records) throws IOException {
        return call(new Request.Builder().url(api("/records")).header("Authorization", "Bearer " + token)
                .header("Content-Encoding", "gzip")
                .post(RequestBody.create(Wire.gzipJson(new UploadBatch(List.of(records))), JSON)));
    }

    Answer enroll(String code, String workstation) throws IOException {
        return call(new Request.Builder().url(api("/enroll"))
                .post(RequestBody.create(Wire.json(new pe.macexpress.desk.contract.EnrollRequest(code, workstation)), JSON)));
    }

    /** An admin call with {@code credential} as the Authorization header (none when null). */
    Answer admin(String method, String path, String json, String credential) throws IOException {
        Request.Builder b = new Request.Builder().url(api("/admin" + path));
        if (credential != null) {
            b.header("Authorization", credential);
        }
        RequestBody body = json == null ? null : RequestBody.create(json, JSON);
        b.method(method, body == null && method.equals("POST") ? RequestBody.create(new byte[0], JSON) : body);
        return call(b);
    }

    Answer call(Request.Builder b) throws IOException {
        try (Response r = HTTP.newCall(b.build()).execute()) {
            return new Answer(r.code(), r.header("Retry-After"), r.body() == null ? "" : r.body().string());
        }
    }
}
