package pe.macexpress.desk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.Fault;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.sandbox.TrainingData;

/** Every outcome of RENIEC "Consultar", both request forms, over real HTTP against the sandbox. */
class ReniecClientTest extends SandboxedTest {

    private ReniecClient client(PideConfig.RequestForm form) {
        return new ReniecClient(Sandboxed.config(sandbox).withForm(form), Sandboxed.HTTP, Clock.systemUTC());
    }

    @ParameterizedTest
    @EnumSource(PideConfig.RequestForm.class)
    void verifiedAdultWithLenientFields(PideConfig.RequestForm form) {
        FictitiousCitizen c = sandbox.population().firstAdult();
        IdentityResult r = client(form).verify(Sandboxed.dni(c.dni()));
        assertEquals(IdentityOutcome.VERIFIED, r.outcome());
        assertEquals("0000", r.code());
        assertFalse(r.cached());
        Citizen p = r.citizen();
        assertEquals(c.givenNames(), p.givenNames());
        assertEquals(c.firstSurname(), p.firstSurname());
        assertEquals(c.civilStatus().strip(), p.civilStatus(), "trailing spaces of estadoCivil are trimmed");
        assertEquals(c.place(), p.place(), "ubigeo is kept as place names");
        assertTrue(p.hasPhoto());
        assertTrue(ReniecClient.isJpeg(p.photoJpeg()));
    }

    @ParameterizedTest
    @EnumSource(PideConfig.RequestForm.class)
    void minorAnswersWithRestrictedData(PideConfig.RequestForm form) {
        FictitiousCitizen c = sandbox.population().firstMinor();
        IdentityResult r = client(form).verify(Sandboxed.dni(c.dni()));
        assertEquals(IdentityOutcome.MINOR, r.outcome());
        assertEquals("0001", r.code());
        assertEquals(c.givenNames(), r.citizen().givenNames());
        assertFalse(r.citizen().hasPhoto());
    }

    @ParameterizedTest
    @EnumSource(PideConfig.RequestForm.class)
    void unknownDniIsNotFound(PideConfig.RequestForm form) {
        IdentityResult r = client(form).verify(Sandboxed.dni(Population.unknownDni()));
        assertEquals(IdentityOutcome.NOT_FOUND, r.outcome());
        assertEquals("0999", r.code());
        assertNull(r.citizen());
    }

    @Test
    void invalidInputCode() {
        IdentityResult r = client(PideConfig.RequestForm.POST).verify(Sandboxed.dni(SandboxServer.reservedDniForCode("1000")));
        assertEquals(IdentityOutcome.INVALID_INPUT, r.outcome());
        assertEquals("1000", r.code());
    }

    @ParameterizedTest
    @EnumSource(PideConfig.RequestForm.class)
    void wrongPasswordIsCredentialsRejected(PideConfig.RequestForm form) {
        PideCredentials wrong = new PideCredentials(TrainingData.CREDENTIALS.nuDniUsuario(),
                TrainingData.CREDENTIALS.nuRucUsuario(), "not-the-password");
        ReniecClient client = new ReniecClient(Sandboxed.config(sandbox.baseUrl(), wrong).withForm(form),
                Sandboxed.HTTP, Clock.systemUTC());
        IdentityResult r = client.verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        assertEquals(IdentityOutcome.CREDENTIALS_REJECTED, r.outcome());
        assertEquals("1001", r.code());
    }

    @Test
    void expiredPasswordThroughAdminEndpoint() throws IOException {
        Sandboxed.postFault(sandbox, "{\"passwordExpired\":true}");
        IdentityResult r = client(PideConfig.RequestForm.POST).verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        assertEquals(IdentityOutcome.PASSWORD_EXPIRED, r.outcome());
        assertEquals("1002", r.code());
    }

    @Test
    void quotaExceededByReservedDniAndByFault() throws IOException {
        assertEquals(IdentityOutcome.QUOTA_EXCEEDED,
                client(PideConfig.RequestForm.GET).verify(Sandboxed.dni(SandboxServer.reservedDniForCode("1003"))).outcome());
        Sandboxed.postFault(sandbox, "{\"kind\":\"CODE\",\"code\":\"1003\",\"times\":1}");
        IdentityResult r = client(PideConfig.RequestForm.POST).verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        assertEquals(IdentityOutcome.QUOTA_EXCEEDED, r.outcome());
        assertEquals(IdentityOutcome.VERIFIED,
                client(PideConfig.RequestForm.POST).verify(Sandboxed.dni(sandbox.population().firstAdult().dni())).outcome(),
                "a fault with times=1 applies once");
    }

    @Test
    void unknownCodeIsUnavailableButKeepsTheCode() {
        IdentityResult r = client(PideConfig.RequestForm.POST).verify(Sandboxed.dni(SandboxServer.reservedDniForCode("7777")));
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
        assertEquals("7777", r.code());
        assertFalse(r.isTransportFailure());
        assertTrue(r.reason().contains("unknown"));
    }

    /** Each misbehaviour, through the admin endpoint: UNAVAILABLE with a reason, never an exception. */
    @ParameterizedTest
    @EnumSource(value = Fault.Kind.class, names = {"HTTP_500", "HTML", "TRUNCATED", "HUGE", "NESTED", "RESET", "NOT_JPEG"})
    void misbehavingServerIsUnavailableWithReason(Fault.Kind kind) throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"" + kind + "\"}");
        long start = System.nanoTime();
        IdentityResult r = client(PideConfig.RequestForm.POST).verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome(), kind + ": " + r.reason());
        assertFalse(r.reason().isBlank());
        assertNull(r.citizen());
        assertTrue(ms < 5_000, kind + " took " + ms + " ms");
        String expected = switch (kind) {
            case HTTP_500 -> "HTTP 500";
            case HTML -> "HTML";
            case TRUNCATED -> "truncated";
            case HUGE -> "larger than";
            case NESTED -> "too deep";
            case NOT_JPEG -> "not a JPEG";
            case RESET -> "I/O";
            default -> throw new AssertionError("no expected reason for " + kind);
        };
        assertTrue(r.reason().contains(expected), kind + " reason was: " + r.reason());
        if (kind != Fault.Kind.NOT_JPEG) {
            assertTrue(r.isTransportFailure(), kind + " is a transport failure: " + r.reason());
        }
    }

    @Test
    void reservedDnisShowFaultsWithoutAdminCall() {
        ReniecClient client = client(PideConfig.RequestForm.GET);
        assertTrue(client.verify(Sandboxed.dni(SandboxServer.reservedDni(Fault.Kind.HTML))).reason().contains("HTML"));
        assertTrue(client.verify(Sandboxed.dni(SandboxServer.reservedDni(Fault.Kind.HTTP_500))).reason().contains("500"));
    }

    @Test
    void readTimeoutWhenSandboxStalls() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"DELAY\",\"delayMs\":3000,\"times\":1}");
        ReniecClient client = new ReniecClient(Sandboxed.config(sandbox).withTimeouts(Sandboxed.CONNECT,
                java.time.Duration.ofMillis(300)), Sandboxed.HTTP, Clock.systemUTC());
        long start = System.nanoTime();
        IdentityResult r = client.verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
        assertTrue(r.reason().startsWith(IdentityResult.TIMEOUT), r.reason());
        assertTrue(ms < 2_500, "gave up after " + ms + " ms");
    }

    @Test
    void refusedConnectionIsUnavailable() throws IOException {
        ReniecClient client = new ReniecClient(Sandboxed.config(Sandboxed.closedUrl(), TrainingData.CREDENTIALS),
                Sandboxed.HTTP, Clock.systemUTC());
        IdentityResult r = client.verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
        assertTrue(r.isTransportFailure());
        assertTrue(r.reason().contains("refused"), r.reason());
    }

    @Test
    void tlsFailureIsUnavailable() throws Exception {
        // https:// to a server that answers the ClientHello with plain text: the handshake fails.
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Thread t = new Thread(() -> {
                try (java.net.Socket s = plain.accept()) {
                    s.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                    Thread.sleep(500);
                } catch (IOException | InterruptedException ignored) {
                    // The client gave up first.
                }
            }, "plain-text-tls-peer");
            t.setDaemon(true);
            t.start();
            ReniecClient client = new ReniecClient(Sandboxed.config("https://127.0.0.1:" + plain.getLocalPort(),
                    TrainingData.CREDENTIALS), Sandboxed.HTTP, Clock.systemUTC());
            IdentityResult r = client.verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
        assertTrue(r.isTransportFailure(), r.reason());
            assertTrue(r.reason().contains("TLS"), r.reason());
        }
    }

    @ParameterizedTest
    @EnumSource(PideConfig.RequestForm.class)
    void gatewayModeSendsNoCredential(PideConfig.RequestForm form) {
        ReniecClient client = new ReniecClient(Sandboxed.config(sandbox.gatewayUrl(), PideCredentials.NONE).withForm(form),
                Sandboxed.HTTP, Clock.systemUTC());
        assertEquals(PideConfig.Mode.GATEWAY, client.config().mode());
        IdentityResult r = client.verify(Sandboxed.dni(sandbox.population().firstAdult().dni()));
        assertEquals(IdentityOutcome.VERIFIED, r.outcome());
        assertFalse(sandbox.lastRequestHadPassword());
    }

    @Test
    void lenientParsingOfSparseAnswer() {
        ReniecClient client = client(PideConfig.RequestForm.POST);
        String json = "{\"consultarResponse\":{\"return\":{\"coResultado\":\" 0000 \",\"datosPersona\":{"
                + "\"prenombres\":\"  ROSA   ELVA \",\"apPrimer\":null,\"estadoCivil\":\"VIUDO   \","
                + "\"ubigeo\":\"PUNO/PUNO/AMANTANI\",\"extra\":{\"a\":1}}}}}";
        IdentityResult r = client.parse(json.getBytes(StandardCharsets.UTF_8));
        assertEquals(IdentityOutcome.VERIFIED, r.outcome());
        assertEquals("ROSA ELVA", r.citizen().fullName());
        assertEquals("VIUDO", r.citizen().civilStatus());
        assertEquals("PUNO/PUNO/AMANTANI", r.citizen().place());
        assertFalse(r.citizen().hasPhoto());
        assertEquals(IdentityOutcome.UNAVAILABLE, client.parse("{}".getBytes(StandardCharsets.UTF_8)).outcome());
        assertEquals(IdentityOutcome.UNAVAILABLE, client.parse("[1,2]".getBytes(StandardCharsets.UTF_8)).outcome());
        assertEquals(IdentityOutcome.UNAVAILABLE, client.parse(new byte[0]).outcome());
        IdentityResult garbage = client.parse("\u0000\u0001garbage".getBytes(StandardCharsets.UTF_8));
        assertEquals(IdentityOutcome.UNAVAILABLE, garbage.outcome());
        assertFalse(garbage.reason().isBlank(), "the reason says what was wrong");
    }
}
