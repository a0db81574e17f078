package pe.macexpress.desk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pe.macexpress.desk.attention.IdentityCheck;
import pe.macexpress.desk.sandbox.FictitiousForeigner;
import pe.macexpress.desk.sandbox.Population;

/** Carné de extranjería through the MIGRACIONES contract, same outcome model. */
class MigracionesClientTest extends SandboxedTest {
    MigracionesClient client;

    @BeforeEach
    void setUp() throws IOException {
        client = new MigracionesClient(Sandboxed.config(sandbox), new MigracionesClient.Access("INST-1", "00:11:22:33:44:55",
                "10.0.0.7"), Sandboxed.HTTP, Clock.systemUTC());
    }

    @Test
    void holderIsVerified() {
        FictitiousForeigner f = sandbox.population().firstForeigner();
        IdentityResult r = client.verify(Sandboxed.ce(f.ce()));
        assertEquals(IdentityOutcome.VERIFIED, r.outcome());
        assertEquals("0000", r.code());
        assertEquals(f.secondSurname(), r.citizen().secondSurname(), "trailing spaces trimmed");
        assertEquals(String.join(" ", f.givenNames(), f.firstSurname(), f.secondSurname()), r.citizen().fullName());
    }

    @Test
    void minorAndUnknown() {
        assertEquals(IdentityOutcome.MINOR, client.verify(Sandboxed.ce(sandbox.population().firstForeignMinor().ce())).outcome());
        assertEquals(IdentityOutcome.NOT_FOUND, client.verify(Sandboxed.ce(Population.unknownCe())).outcome());
    }

    @ParameterizedTest
    @CsvSource({"999000002,UNAVAILABLE", "999000003,UNAVAILABLE", "999000005,CREDENTIALS_REJECTED",
        "999000006,INVALID_INPUT", "999000004,UNAVAILABLE"})
    void reservedNumbersShowEachCode(String number, IdentityOutcome expected) {
        IdentityResult r = client.verify(Sandboxed.ce(number));
        assertEquals(expected, r.outcome());
        assertEquals("000" + number.charAt(8), r.code());
    }

    @Test
    void transportFaultsAreUnavailable() throws IOException {
        Sandboxed.postFault(sandbox, "{\"kind\":\"TRUNCATED\",\"service\":\"MIGRACIONES\"}");
        IdentityResult r = client.verify(Sandboxed.ce(sandbox.population().firstForeigner().ce()));
        assertEquals(IdentityOutcome.UNAVAILABLE, r.outcome());
        assertTrue(r.isTransportFailure());
    }

    @Test
    void identityCheckRoutesCeToMigraciones() {
        IdentityCheck check = new IdentityCheck(
                new ReniecClient(Sandboxed.config(sandbox), Sandboxed.HTTP, Clock.systemUTC()), client, Clock.systemUTC());
        IdentityResult r = check.verify(Sandboxed.ce(sandbox.population().firstForeigner().ce()),
                new QueryContext("ADV-DEMO-1", "WS-1", "visit", QueryContext.PURPOSE_VISIT)).orElseThrow();
        assertEquals(IdentityOutcome.VERIFIED, r.outcome());
    }
}
