package pe.macexpress.desk.app;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.contract.Admin;
import pe.macexpress.desk.contract.Wire;

/**
 * Training only: plays the entity that answers a case, through the practice central's admin call
 * ({@code POST /api/v1/admin/results}), so a trainee sees a result arrive at the next sync as it
 * would from a real entity. Nothing like it exists in production.
 */
public final class TrainingEntity {
    /** How the practice central took the answer. */
    public enum Outcome {
        /** Recorded: the next sync brings it to the desk. */
        RECORDED,
        /** The central does not hold that attention yet: sync first. */
        NOT_AT_THE_CENTRAL,
        /** The practice central refused or could not be reached. */
        FAILED
    }

    private static final MediaType JSON = MediaType.get("application/json");

    private final OkHttpClient http;
    private final String baseUrl;
    private final String adminToken;

    TrainingEntity(OkHttpClient http, String baseUrl, String adminToken) {
        this.http = http;
        this.baseUrl = baseUrl;
        this.adminToken = adminToken;
    }

    /** The entity answers {@code code} with {@code status} (resuelto, rechazado, entregado). Blocking. */
    public Outcome answer(String code, String status, String note) {
        BlockingCall.requireBackgroundThread("the practice entity's answer");
        Request post = new Request.Builder().url(baseUrl + "/api/v1/admin/results")
                .header("Authorization", "Bearer " + adminToken)
                .post(RequestBody.create(Wire.json(new Admin.NewResult(code, status, note)), JSON)).build();
        try (Response r = http.newCall(post).execute()) {
            return r.code() == 200 ? Outcome.RECORDED : r.code() == 404 ? Outcome.NOT_AT_THE_CENTRAL : Outcome.FAILED;
        } catch (IOException e) {
            return Outcome.FAILED;
        }
    }
}
