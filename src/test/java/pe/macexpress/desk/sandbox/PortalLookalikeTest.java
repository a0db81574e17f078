package pe.macexpress.desk.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pe.macexpress.desk.procedure.PortalCheck;
import pe.macexpress.desk.testing.TestCatalogs;

/** The sandbox's look-alike portal pages and the desk's check of a portal, over real HTTP on loopback. */
class PortalLookalikeTest {
    private static final String DNI = "10117410";
    private SandboxServer sandbox;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws IOException {
        sandbox = SandboxServer.start(0);
        sandbox.portals().serve(TestCatalogs.channels());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPortalProcedureHasAFormTitledLikeTheEntitysService() throws Exception {
        HttpResponse<String> r = get("/portal/bn-pago-tasas");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(r.body().contains("<title>Banco de la Nación — Pago de tasas del Estado (Págalo.pe)</title>"),
                r.body());
        assertTrue(r.body().contains("name=\"dni\"") && r.body().contains("name=\"nombres\"")
                && r.body().contains("name=\"apellidos\""));
        assertTrue(r.body().contains("action=\"/portal/bn-pago-tasas\""));
        assertFalse(r.body().contains("<script"), "plain HTML: no JavaScript needed");
    }

    @Test
    void onlyPortalProceduresOfTheServedCatalogueHaveAPage() throws Exception {
        assertEquals(404, get("/portal/sis-afiliacion").statusCode(), "a capture procedure has no portal");
        assertEquals(404, get("/portal/no-such-procedure").statusCode());
        assertEquals(404, get("/portal/BN-PAGO-TASAS").statusCode());
        assertEquals(404, get("/portal/").statusCode());
        String renamed = new String(TestCatalogs.channelsBytes(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("bn-pago-tasas", "bn-pago-tasas-v2");
        sandbox.portals().serve(pe.macexpress.desk.catalog.Catalog.parse(
                renamed.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(200, get("/portal/bn-pago-tasas-v2").statusCode());
        assertEquals(404, get("/portal/bn-pago-tasas").statusCode(), "follows the catalogue it is told to serve");
    }

    @Test
    void submittingTheFormAnswersAnOperationNumberThatDependsOnlyOnProcedureAndDni() throws Exception {
        HttpResponse<String> r = post("/portal/bn-pago-tasas", "dni=" + DNI + "&nombres=ANA&apellidos=QUISPE+MAMANI");
        assertEquals(200, r.statusCode());
        String number = PortalLookalike.operationNumber("bn-pago-tasas", DNI);
        assertTrue(number.matches("[1-9][0-9]{7}"), number);
        assertTrue(r.body().contains("N.º de operación: <strong id=\"operacion\">" + number + "</strong>"), r.body());
        assertTrue(r.body().contains("QUISPE MAMANI"));
        assertTrue(post("/portal/bn-pago-tasas", "dni=" + DNI + "&nombres=ANA&apellidos=Q").body().contains(number),
                "the same citizen gets the same number: tests can predict it");
        assertNotEquals(number, PortalLookalike.operationNumber("bn-pago-tasas", "20000001"));
        assertNotEquals(number, PortalLookalike.operationNumber("pnp-antecedentes-policiales", DNI));
    }

    @Test
    void badInputIsAskedAgainAndNeverEchoedAsHtml() throws Exception {
        HttpResponse<String> bad = post("/portal/bn-pago-tasas", "dni=123&nombres=&apellidos=X");
        assertEquals(200, bad.statusCode());
        assertTrue(bad.body().contains("id=\"error\""));
        assertFalse(bad.body().contains("operacion"));

        HttpResponse<String> sneaky = post("/portal/bn-pago-tasas",
                "dni=" + DNI + "&nombres=%3Cscript%3Ealert(1)%3C%2Fscript%3E&apellidos=" + "A".repeat(500));
        assertTrue(sneaky.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertFalse(sneaky.body().contains("<script>alert"));
        assertFalse(sneaky.body().contains("A".repeat(PortalLookalike.MAX_FIELD + 1)), "fields are cut to their bound");

        HttpResponse<String> huge = post("/portal/bn-pago-tasas", "dni=" + DNI + "&x=" + "B".repeat(20_000));
        assertEquals(413, huge.statusCode());
    }

    @Test
    void faultsAimedAtThePortalApplyThereAndNowhereElse() throws Exception {
        sandbox.inject(Fault.of(Fault.Kind.HTTP_500).times(1));
        assertEquals(200, get("/portal/bn-pago-tasas").statusCode(), "a fault for every service leaves the portal alone");
        sandbox.clearFaults();
        sandbox.inject(new Fault(Fault.Kind.HTTP_500, "", 0, 1, "PORTAL"));
        assertEquals(500, get("/portal/bn-pago-tasas").statusCode());
        assertEquals(200, get("/portal/bn-pago-tasas").statusCode(), "used once");
    }

    @Test
    void theDesksCheckNamesWhatThePortalAnswered() throws Exception {
        OkHttpClient base = new OkHttpClient();
        PortalCheck check = PortalCheck.http(base, Duration.ofSeconds(5));
        assertEquals(PortalCheck.Result.REACHABLE, check.check(sandbox.baseUrl() + "/portal/bn-pago-tasas"));
        assertEquals(PortalCheck.Result.HTTP_ERROR, check.check(sandbox.baseUrl() + "/portal/sis-afiliacion"));
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertEquals(PortalCheck.Result.UNREACHABLE, check.check("http://127.0.0.1:" + closed + "/portal/x"));
        assertEquals(PortalCheck.Result.UNREACHABLE, check.check("not a url"));

        sandbox.inject(new Fault(Fault.Kind.DELAY, "", 3_000, 1, "PORTAL"));
        PortalCheck impatient = PortalCheck.http(base, Duration.ofMillis(500));
        assertEquals(PortalCheck.Result.TIMEOUT, impatient.check(sandbox.baseUrl() + "/portal/bn-pago-tasas"));
    }
}
