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
import pe.macexpress.desk.security.EnrollmentCode;
import pe.macexpress.desk.security.TransportPolicy;

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
        NOT_SAVED,
        /** Issue 15: what was typed cannot be a code (letters and digits in groups of four); nothing was sent. */
        MALFORMED_CODE,
        /** Issue 15: too many wrong codes from this place; the central said to wait (429). */
        TOO_MANY_TRIES,
        /** Production and not an https address (plain http only to this machine's loopback): nothing sent. */
        INSECURE,
        /** The central's token is not a token (a line break, a space, another character): nothing saved. */
        BAD_TOKEN;

        public String messageKey() {
            String tail = name().toLowerCase(Locale.ROOT).replace('_', '.');
            return this == INSECURE || this == BAD_TOKEN ? "limits.enroll." + tail : "sync.enroll." + tail;
        }
    }

    /**
     * What a token may be: the central's tokens are base64url; a token with a line break would be
     * written to macexpress.properties as two lines and make every later sync fail (issue 15).
     */
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9._~+/=-]{16,512}");

    /** True for a token this desk can keep and send in an Authorization header. */
    public static boolean wellFormedToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
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
        // A redirect is never followed: a 307 would re-post the one-time code to another host (issue 15).
        this.http = http.newBuilder().callTimeout(Duration.ofSeconds(30)).retryOnConnectionFailure(false)
                .followRedirects(false).followSslRedirects(false).build();
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
        java.util.Optional<String> canonical = EnrollmentCode.canonical(code);
        if (canonical.isEmpty()) {
            return Result.MALFORMED_CODE;
        }
        Central target = new Central(serverUrl, "").httpsOnly(central.httpsOnly());
        HttpUrl url = HttpUrl.parse(target.api() + "/enroll");
        if (url == null) {
            return Result.UNREACHABLE;
        }
        if (!TransportPolicy.allowed(target.baseUrl(), central.httpsOnly())) {
            return Result.INSECURE;
        }
        byte[] body = Wire.json(new EnrollRequest(canonical.get(), workstationId));
        String token;
        String catalogKey;
        String bundleKey;
        try (Response r = http.newCall(new Request.Builder().url(url)
                .post(RequestBody.create(body, CentralClient.JSON)).build()).execute()) {
            String type = r.header("Content-Type", "");
            if (r.code() == 403 || r.code() == 400 || r.code() == 422) {
                return Result.BAD_CODE;
            }
            if (r.code() == 429) {
                return Result.TOO_MANY_TRIES;
            }
            if (r.code() != 200 || !type.contains("json") || r.body() == null) {
                return Result.UNREACHABLE;
            }
            EnrollAnswer answer = Wire.read(r.body().byteStream().readNBytes(64 * 1024), EnrollAnswer.class);
            token = answer.token() == null ? "" : answer.token();
            if (!token.isEmpty() && !wellFormedToken(token)) {
                return Result.BAD_TOKEN;
            }
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
