package pe.macexpress.desk.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;

/**
 * RENIEC "Consultar" and "Actualizar" through PIDE, or through a gateway that speaks the same
 * contract and adds the credential itself (then the workstation sends none). Every failure of the
 * transport or of the answer becomes {@link IdentityOutcome#UNAVAILABLE} with a reason: nothing a
 * server sends can crash the counter. One call, no retry: see {@link ResilientVerifier}.
 *
 * <p>The password travels only in the request; it is never part of a reason, a log line or an
 * exception message (the reasons name the kind of failure, never the URL).
 */
public final class ReniecClient implements IdentityVerifier {
    static final int MAX_BODY_BYTES = PideHttp.MAX_BODY_BYTES;
    static final int MAX_PHOTO_BYTES = 512 * 1024;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final PideConfig config;
    private final Supplier<PideCredentials> credentials;
    private final PideHttp http;
    private final Clock clock;

    public ReniecClient(PideConfig config, OkHttpClient baseClient, Clock clock) {
        this(config, new CredentialSource(config.credentials()), baseClient, clock);
    }

    /** @param credentials read at each call, so a password changed by {@link CredentialChange} is used at once */
    public ReniecClient(PideConfig config, Supplier<PideCredentials> credentials, OkHttpClient baseClient, Clock clock) {
        this.config = config;
        this.credentials = credentials;
        this.clock = clock;
        this.http = new PideHttp(baseClient, config.connectTimeout(), config.readTimeout(), clock, config.httpsOnly());
    }

    public PideConfig config() {
        return config;
    }

    @Override
    public IdentityResult verify(Document document, QueryContext context) {
        if (document.type() != DocumentType.DNI) {
            throw new IllegalArgumentException("RENIEC answers for DNI only");
        }
        Request request;
        try {
            request = consultarRequest(document.number());
        } catch (IllegalArgumentException e) {
            return IdentityResult.unavailable("bad PIDE base URL in the configuration", clock.instant());
        }
        PideHttp.Answer answer = http.call(request);
        return answer.failure() != null ? answer.failure() : interpret(answer.json());
    }

    /**
     * RENIEC "Actualizar": replaces the password of the configured official. Returns VERIFIED on
     * success ("0000"), the mapped outcome of any other code, or UNAVAILABLE.
     */
    public IdentityResult actualizar(String oldPassword, String newPassword) {
        PideCredentials cred = credentials.get();
        ObjectNode root = http.json().createObjectNode();
        ObjectNode pide = root.putObject("PIDE");
        pide.put("credencialAnterior", oldPassword);
        pide.put("credencialNueva", newPassword);
        pide.put("nuDni", cred.nuDniUsuario());
        pide.put("nuRuc", cred.nuRucUsuario());
        Request request;
        try {
            HttpUrl url = HttpUrl.get(config.baseUrl() + "/Rest/RENIEC/Actualizar").newBuilder()
                    .addQueryParameter("out", "json").build();
            request = new Request.Builder().url(url).post(RequestBody.create(root.toString(), JSON)).build();
        } catch (IllegalArgumentException e) {
            return IdentityResult.unavailable("bad PIDE base URL in the configuration", clock.instant());
        }
        PideHttp.Answer answer = http.call(request);
        if (answer.failure() != null) {
            return answer.failure();
        }
        JsonNode ret = answer.json().path("actualizarcredencialResponse").path("return");
        String code = PideHttp.text(ret, "coResultado").strip();
        IdentityOutcome outcome = IdentityOutcome.fromReniecCode(code);
        if (outcome == null) {
            return new IdentityResult(IdentityOutcome.UNAVAILABLE, code, null, false, clock.instant(),
                    code.isEmpty() ? "no coResultado" : "unknown coResultado");
        }
        return new IdentityResult(outcome, code, null, false, clock.instant(), PideHttp.text(ret, "deResultado"));
    }

    private Request consultarRequest(String dni) {
        PideCredentials cred = credentials.get();
        if (config.form() == PideConfig.RequestForm.GET) {
            HttpUrl.Builder url = HttpUrl.get(config.baseUrl() + "/Rest/Reniec/Consultar").newBuilder()
                    .addQueryParameter("nuDniConsulta", dni);
            if (cred.isPresent()) {
                url.addQueryParameter("nuDniUsuario", cred.nuDniUsuario())
                        .addQueryParameter("nuRucUsuario", cred.nuRucUsuario())
                        .addQueryParameter("password", cred.password());
            }
            return new Request.Builder().url(url.addQueryParameter("out", "json").build()).get().build();
        }
        ObjectNode root = http.json().createObjectNode();
        ObjectNode pide = root.putObject("PIDE");
        pide.put("nuDniConsulta", dni);
        if (cred.isPresent()) {
            pide.put("nuDniUsuario", cred.nuDniUsuario());
            pide.put("nuRucUsuario", cred.nuRucUsuario());
            pide.put("password", cred.password());
        }
        HttpUrl url = HttpUrl.get(config.baseUrl() + "/Rest/RENIEC/Consultar").newBuilder()
                .addQueryParameter("out", "json").build();
        return new Request.Builder().url(url).post(RequestBody.create(root.toString(), JSON)).build();
    }

    /** Parses a raw answer (for tests and tools). */
    IdentityResult parse(byte[] bytes) {
        PideHttp.Answer answer = http.parse(bytes, "application/json");
        return answer.failure() != null ? answer.failure() : interpret(answer.json());
    }

    private IdentityResult interpret(JsonNode root) {
        JsonNode ret = root.path("consultarResponse").path("return");
        String code = PideHttp.text(ret, "coResultado").strip();
        IdentityOutcome outcome = IdentityOutcome.fromReniecCode(code);
        if (outcome == null) {
            return new IdentityResult(IdentityOutcome.UNAVAILABLE, code, null, false, clock.instant(),
                    code.isEmpty() ? "no coResultado in the answer" : "unknown coResultado");
        }
        Citizen citizen = null;
        JsonNode p = ret.path("datosPersona");
        if (p.isObject() && (outcome == IdentityOutcome.VERIFIED || outcome == IdentityOutcome.MINOR)) {
            String foto = PideHttp.text(p, "foto");
            byte[] photo = null;
            if (!foto.isBlank()) {
                PhotoCheck check = checkPhoto(foto);
                if (check.problem != null) {
                    return new IdentityResult(IdentityOutcome.UNAVAILABLE, code, null, false, clock.instant(),
                            check.problem);
                }
                photo = check.bytes;
            }
            citizen = new Citizen(PideHttp.text(p, "prenombres"), PideHttp.text(p, "apPrimer"),
                    PideHttp.text(p, "apSegundo"), PideHttp.text(p, "direccion"), PideHttp.text(p, "estadoCivil"),
                    PideHttp.text(p, "ubigeo"), PideHttp.text(p, "restriccion"), photo);
        }
        return new IdentityResult(outcome, code, citizen, false, clock.instant(), PideHttp.text(ret, "deResultado"));
    }

    private record PhotoCheck(byte[] bytes, String problem) {
    }

    /** A photo is accepted only if it decodes, fits the cap and starts with JPEG's FF D8 FF. */
    private static PhotoCheck checkPhoto(String base64) {
        if (base64.length() > MAX_PHOTO_BYTES * 4 / 3 + 8) {
            return new PhotoCheck(null, "photo larger than " + MAX_PHOTO_BYTES + " bytes");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            return new PhotoCheck(null, "photo is not valid base64");
        }
        if (bytes.length > MAX_PHOTO_BYTES) {
            return new PhotoCheck(null, "photo larger than " + MAX_PHOTO_BYTES + " bytes");
        }
        return isJpeg(bytes) ? new PhotoCheck(bytes, null) : new PhotoCheck(null, "photo is not a JPEG");
    }

    static boolean isJpeg(byte[] bytes) {
        return bytes != null && bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8
                && (bytes[2] & 0xff) == 0xFF;
    }

    @Override
    public String toString() {
        return "ReniecClient[" + config + "]";
    }
}
