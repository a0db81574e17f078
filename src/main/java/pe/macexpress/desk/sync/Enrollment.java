package pe.macexpress.desk.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import pe.macexpress.desk.blocking.BlockingCall;
import pe.macexpress.desk.contract.EnrollAnswer;
import pe.macexpress.desk.contract.EnrollRequest;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.SettingsFile;

/**
 * Enrolls this workstation with a central: trades a one-time code for the workstation's own token,
 * writes URL and token to {@code macexpress.properties} (atomically) and applies them at once.
 * Blocking: call it from a background task (the settings screen) or the {@code enroll} command.
 */
public final class Enrollment {

    public enum Result {
        /** Token received and saved. */
        ENROLLED,
        /** The central refused the code (unknown, used or expired). */
        BAD_CODE,
        /** No answer from the URL (or not the central's JSON: captive portal, wrong address). */
        UNREACHABLE,
        /** The token could not be saved in the configuration file. */
        NOT_SAVED;

        public String messageKey() {
            return "sync.enroll." + name().toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }

    private final Path settingsFile;
    private final Central central;
    private final OkHttpClient http;
    private final String workstationId;
    private final pe.macexpress.desk.security.AuditTrail audit;
    private final java.util.function.Supplier<String> actor;

    /** @param settingsFile {@code macexpress.properties}; null to keep the token in memory only (training) */
    public Enrollment(Path settingsFile, Central central, OkHttpClient http, String workstationId) {
        this.settingsFile = settingsFile;
        this.central = central;
        this.http = http.newBuilder().callTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false).build();
        this.workstationId = workstationId;
        this.audit = null;
        this.actor = () -> "system";
    }

    private Enrollment(Enrollment base, pe.macexpress.desk.security.AuditTrail audit, java.util.function.Supplier<String> actor) {
        this.settingsFile = base.settingsFile;
        this.central = base.central;
        this.http = base.http;
        this.workstationId = base.workstationId;
        this.audit = audit;
        this.actor = actor;
    }

    /**
     * The same enrollment, audited (issue 15): each attempt is a chain row (who, to which central)
     * written before the code is sent, refused when it cannot be written, and its result a second row.
     */
    public Enrollment audited(pe.macexpress.desk.security.AuditTrail trail, java.util.function.Supplier<String> actor) {
        return new Enrollment(this, trail, actor);
    }

    /**
     * Never logs or returns the code or the token. When audited, throws (the store's exception) without
     * sending anything if the attempt's chain row cannot be written.
     */
    public Result enroll(String serverUrl, String code) {
        BlockingCall.requireBackgroundThread("enrollment");
        if (audit == null) {
            return enrollNow(serverUrl, code);
        }
        String who = actor.get();
        String where = "server=" + pe.macexpress.desk.security.TextGuard.clean(serverUrl == null ? "" : serverUrl.strip(), 200)
                + " ws=" + workstationId;
        audit.record(new pe.macexpress.desk.security.AuditEvent(who, pe.macexpress.desk.security.AuditActions.ENROLL, "", "",
                where + " step=attempt"));
        Result r = enrollNow(serverUrl, code);
        audit.record(new pe.macexpress.desk.security.AuditEvent(who, pe.macexpress.desk.security.AuditActions.ENROLL, "", "",
                where + " result=" + r.name().toLowerCase(Locale.ROOT)));
        return r;
    }

    private Result enrollNow(String serverUrl, String code) {
        Central target = new Central(serverUrl, "");
        HttpUrl url = HttpUrl.parse(target.api() + "/enroll");
        if (url == null) {
            return Result.UNREACHABLE;
        }
        byte[] body = Wire.json(new EnrollRequest(code == null ? "" : code.strip(), workstationId));
        String token;
        String catalogKey;
        String bundleKey;
        try (Response r = http.newCall(new Request.Builder().url(url)
                .post(RequestBody.create(body, CentralClient.JSON)).build()).execute()) {
            String type = r.header("Content-Type", "");
            if (r.code() == 403 || r.code() == 400) {
                return Result.BAD_CODE;
            }
            if (r.code() != 200 || !type.contains("json") || r.body() == null) {
                return Result.UNREACHABLE;
            }
            EnrollAnswer answer = Wire.read(r.body().byteStream().readNBytes(64 * 1024), EnrollAnswer.class);
            token = answer.token() == null ? "" : answer.token();
            catalogKey = answer.catalogKey() == null ? "" : answer.catalogKey().strip();
            bundleKey = answer.bundleKey() == null ? "" : answer.bundleKey().strip();
            if (token.isBlank()) {
                return Result.UNREACHABLE;
            }
        } catch (IOException e) {
            return Result.UNREACHABLE;
        }
        if (settingsFile != null) {
            try {
                Map<String, String> saved = new java.util.HashMap<>(Map.of(ConfigKeys.SYNC_BASE_URL.name(),
                        target.baseUrl(), ConfigKeys.SYNC_TOKEN.name(), token));
                if (!catalogKey.isEmpty()) {
                    saved.put(ConfigKeys.SYNC_CATALOG_KEY.name(), catalogKey);
                }
                if (!bundleKey.isEmpty()) {
                    saved.put(ConfigKeys.SYNC_BUNDLE_KEY.name(), bundleKey);
                }
                SettingsFile.update(settingsFile, saved);
            } catch (IOException e) {
                return Result.NOT_SAVED;
            }
        }
        central.set(target.baseUrl(), token, catalogKey);
        central.pinBundleKey(bundleKey);
        return Result.ENROLLED;
    }
}
