package pe.macexpress.desk.identity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Base64;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;

/**
 * RENIEC "Consultar" through PIDE. Every failure of the transport or of the answer becomes
 * {@link IdentityOutcome#UNAVAILABLE} with a reason: nothing a server sends can crash the counter.
 */
public final class ReniecClient implements IdentityVerifier {
    static final int MAX_BODY_BYTES = 2 * 1024 * 1024;
    static final int MAX_PHOTO_BYTES = 512 * 1024;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final PideConfig config;
    private final OkHttpClient http;
    private final Clock clock;
    private final ObjectMapper mapper;

    public ReniecClient(PideConfig config, OkHttpClient baseClient, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = baseClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .retryOnConnectionFailure(false)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                .build();
        this.mapper = new ObjectMapper(factory);
    }

    @Override
    public IdentityResult verify(Document document) {
        if (document.type() != DocumentType.DNI) {
            throw new IllegalArgumentException("RENIEC answers for DNI only");
        }
        Request request;
        try {
            request = buildRequest(document.number());
        } catch (IllegalArgumentException e) {
            return IdentityResult.unavailable("bad PIDE base URL", clock.instant());
        }
        try (Response response = http.newCall(request).execute()) {
            if (!response.isSuccessful()) {
                return IdentityResult.unavailable("HTTP " + response.code(), clock.instant());
            }
            ResponseBody body = response.body();
            if (body == null) {
                return IdentityResult.unavailable("empty body", clock.instant());
            }
            byte[] bytes = readCapped(body.byteStream());
            if (bytes == null) {
                return IdentityResult.unavailable("body larger than " + MAX_BODY_BYTES + " bytes", clock.instant());
            }
            return parse(bytes);
        } catch (IOException e) {
            // Timeouts, refused connections, DNS, TLS, resets: PIDE is unavailable, not an error.
            return IdentityResult.unavailable(e.getClass().getSimpleName(), clock.instant());
        }
    }

    private Request buildRequest(String dni) {
        PideCredentials cred = config.credentials();
        if (config.form() == PideConfig.RequestForm.GET) {
            HttpUrl url = HttpUrl.get(config.baseUrl() + "/Rest/Reniec/Consultar").newBuilder()
                    .addQueryParameter("nuDniConsulta", dni)
                    .addQueryParameter("nuDniUsuario", cred.nuDniUsuario())
                    .addQueryParameter("nuRucUsuario", cred.nuRucUsuario())
                    .addQueryParameter("password", cred.password())
                    .addQueryParameter("out", "json")
                    .build();
            return new Request.Builder().url(url).get().build();
        }
        ObjectNode root = mapper.createObjectNode();
        ObjectNode pide = root.putObject("PIDE");
        pide.put("nuDniConsulta", dni);
        pide.put("nuDniUsuario", cred.nuDniUsuario());
        pide.put("nuRucUsuario", cred.nuRucUsuario());
        pide.put("password", cred.password());
        HttpUrl url = HttpUrl.get(config.baseUrl() + "/Rest/RENIEC/Consultar").newBuilder()
                .addQueryParameter("out", "json").build();
        return new Request.Builder().url(url).post(RequestBody.create(root.toString(), JSON)).build();
    }

    /** Reads at most MAX_BODY_BYTES; null when the body is larger (a 50 MB answer is cut, not read). */
    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    IdentityResult parse(byte[] bytes) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (IOException e) {
            // A captive portal's HTML page, truncated JSON, nesting bombs: all land here.
            return IdentityResult.unavailable("answer is not JSON", clock.instant());
        }
        if (root == null || !root.isObject()) {
            return IdentityResult.unavailable("answer is not a JSON object", clock.instant());
        }
        JsonNode ret = root.path("consultarResponse").path("return");
        String code = ret.path("coResultado").asText("").strip();
        IdentityOutcome outcome = IdentityOutcome.fromReniecCode(code);
        if (outcome == null) {
            return new IdentityResult(IdentityOutcome.UNAVAILABLE, code, null, false, clock.instant(),
                    code.isEmpty() ? "no coResultado" : "unknown coResultado");
        }
        Citizen citizen = null;
        JsonNode p = ret.path("datosPersona");
        if (p.isObject() && (outcome == IdentityOutcome.VERIFIED || outcome == IdentityOutcome.MINOR)) {
            citizen = new Citizen(text(p, "prenombres"), text(p, "apPrimer"), text(p, "apSegundo"),
                    text(p, "direccion"), text(p, "estadoCivil"), text(p, "ubigeo"), text(p, "restriccion"),
                    photo(text(p, "foto")));
        }
        return new IdentityResult(outcome, code, citizen, false, clock.instant(),
                ret.path("deResultado").asText(""));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? "" : v.asText("");
    }

    /** A photo is kept only if it decodes, fits the cap and starts with JPEG's FF D8 FF. */
    static byte[] photo(String base64) {
        if (base64 == null || base64.isBlank() || base64.length() > MAX_PHOTO_BYTES * 4 / 3 + 4) {
            return null;
        }
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(base64.strip());
            boolean jpeg = bytes.length > 3 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xD8
                    && (bytes[2] & 0xff) == 0xFF;
            return jpeg && bytes.length <= MAX_PHOTO_BYTES ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
