package pe.macexpress.desk.identity;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;

/**
 * MIGRACIONES "CarnetExtranjeria" through PIDE (or a gateway), for the carné de extranjería. Same
 * outcome model as RENIEC; the code mapping is {@link IdentityOutcome#fromMigracionesCode}.
 * The answer's wrapper is not documented publicly: {@code strNumRespuesta} and the name fields are
 * looked up at the top level or inside the first objects that hold them.
 */
public final class MigracionesClient implements IdentityVerifier {

    /**
     * The audit fields MIGRACIONES asks for: {@code pide.migraciones.codInstitucion},
     * {@code pide.migraciones.mac}, {@code pide.migraciones.ip} in the configuration.
     */
    public record Access(String codInstitucion, String mac, String ip) {
        public Access {
            codInstitucion = codInstitucion == null ? "" : codInstitucion.strip();
            mac = mac == null ? "" : mac.strip();
            ip = ip == null ? "" : ip.strip();
        }

        public static Access fromSettings(DeskSettings settings) {
            return new Access(settings.get(ConfigKeys.MIGRACIONES_COD_INSTITUCION),
                    settings.get(ConfigKeys.MIGRACIONES_MAC), settings.get(ConfigKeys.MIGRACIONES_IP));
        }
    }

    private final PideConfig config;
    private final Access access;
    private final PideHttp http;
    private final Clock clock;

    public MigracionesClient(PideConfig config, Access access, OkHttpClient baseClient, Clock clock) {
        this.config = config;
        this.access = access;
        this.clock = clock;
        this.http = new PideHttp(baseClient, config.connectTimeout(), config.readTimeout(), clock, config.httpsOnly());
    }

    @Override
    public IdentityResult verify(Document document, QueryContext context) {
        if (document.type() != DocumentType.CE) {
            throw new IllegalArgumentException("MIGRACIONES answers for CE only");
        }
        Request request;
        try {
            HttpUrl url = HttpUrl.get(config.baseUrl() + "/Rest/Migraciones/CarnetExtranjeria").newBuilder()
                    .addQueryParameter("strCodInstitucion", access.codInstitucion())
                    .addQueryParameter("strMac", access.mac())
                    .addQueryParameter("strNroIp", access.ip())
                    .addQueryParameter("strNumDocumento", document.number())
                    .addQueryParameter("strTipoDocumento", "CE")
                    .addQueryParameter("out", "json")
                    .build();
            request = new Request.Builder().url(url).get().build();
        } catch (IllegalArgumentException e) {
            return IdentityResult.unavailable("bad PIDE base URL in the configuration", clock.instant());
        }
        PideHttp.Answer answer = http.call(request);
        if (answer.failure() != null) {
            return answer.failure();
        }
        JsonNode holder = answer.json().has("strNumRespuesta") ? answer.json() : answer.json().findParent("strNumRespuesta");
        String code = holder == null ? "" : PideHttp.text(holder, "strNumRespuesta").strip();
        IdentityOutcome outcome = IdentityOutcome.fromMigracionesCode(code);
        if (outcome == null) {
            return new IdentityResult(IdentityOutcome.UNAVAILABLE, code, null, false, clock.instant(),
                    code.isEmpty() ? "no strNumRespuesta in the answer" : "unknown strNumRespuesta");
        }
        if (outcome == IdentityOutcome.UNAVAILABLE) {
            return new IdentityResult(outcome, code, null, false, clock.instant(), "MIGRACIONES answered " + code);
        }
        Citizen citizen = null;
        if (outcome == IdentityOutcome.VERIFIED || outcome == IdentityOutcome.MINOR) {
            citizen = new Citizen(PideHttp.text(holder, "strNombres"), PideHttp.text(holder, "strPrimerApellido"),
                    PideHttp.text(holder, "strSegundoApellido"), "", "", "", "", null);
        }
        return new IdentityResult(outcome, code, citizen, false, clock.instant(), "");
    }

    @Override
    public String toString() {
        return "MigracionesClient[" + config.baseUrl() + "]";
    }
}
