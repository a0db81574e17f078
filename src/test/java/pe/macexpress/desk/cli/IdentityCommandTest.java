package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.identity.IdentityAudit;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.store.Store;

/** {@code identity --dni …}: one JSON line and the documented exit codes. */
class IdentityCommandTest {
    static SandboxServer sandbox;
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path home;

    record Run(int exit, JsonNode json, String out) {
    }

    @BeforeAll
    static void start() throws IOException {
        sandbox = SandboxServer.start(0);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private Run run(String... args) throws IOException {
        DeskCli.Result r = DeskCli.run(args);
        String text = r.out().strip();
        assertEquals(1, text.lines().count(), "exactly one line: " + text);
        return new Run(r.code(), JSON.readTree(text), text);
    }

    private static String withCheck(String dni) {
        return dni + "-" + DniCheck.digit(dni);
    }

    @Test
    void trainingModeWorksOutOfTheBoxWithMaskedNames() throws IOException {
        FictitiousCitizen c = Population.standard().firstAdult();
        Run r = run("identity", "--purpose", "prueba de enlace", "--dni", withCheck(c.dni()), "--home", home.toString());
        assertEquals(0, r.exit());
        assertEquals("VERIFIED", r.json().get("outcome").asText());
        assertEquals("0000", r.json().get("code").asText());
        assertFalse(r.json().get("cached").asBoolean());
        assertTrue(r.json().get("elapsedMs").isNumber());
        String names = r.json().get("names").asText();
        assertFalse(names.contains(c.firstSurname()), "masked: " + names);
        assertTrue(names.startsWith(c.givenNames().substring(0, 1) + "***"));
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            IdentityAudit.Entry row = new IdentityAudit(db.identityAudit(), db.audit(), Clock.systemUTC())
                    .forReference("cli").get(0);
            assertTrue(row.advisorId().startsWith("cli:"), row.advisorId());
        }
    }

    @Test
    void showNamesAgainstAGivenEndpoint() throws IOException {
        FictitiousCitizen c = sandbox.population().firstAdult();
        Run r = run("identity", "--purpose", "prueba de enlace", "--dni", withCheck(c.dni()), "--home", home.toString(), "--endpoint", sandbox.baseUrl(),
                "--show-names");
        assertEquals(0, r.exit());
        assertTrue(r.json().get("names").asText().contains(c.firstSurname()));
    }

    @Test
    void badInputIsNeverSent() throws IOException {
        int before = sandbox.consultations();
        Run r = run("identity", "--purpose", "prueba de enlace", "--dni", "10117410-3", "--home", home.toString(), "--endpoint", sandbox.baseUrl());
        assertEquals(2, r.exit());
        assertEquals("INVALID_INPUT", r.json().get("outcome").asText());
        assertFalse(r.json().get("sent").asBoolean());
        assertEquals(2, run("identity", "--purpose", "prueba de enlace", "--dni", "1234", "--home", home.toString()).exit());
        assertEquals(before, sandbox.consultations());
    }

    @Test
    void unreachableEndpointExitsThree() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("identity", "--purpose", "prueba de enlace", "--dni", withCheck("10117410"), "--home", home.toString(), "--endpoint",
                "http://127.0.0.1:" + port);
        assertEquals(3, r.exit());
        assertEquals("UNAVAILABLE", r.json().get("outcome").asText());
        assertTrue(r.json().get("reason").asText().contains("refused"));
    }

    @Test
    void otherOutcomesExitOne() throws IOException {
        Run r = run("identity", "--purpose", "prueba de enlace", "--dni", withCheck(Population.unknownDni()), "--home", home.toString(),
                "--endpoint", sandbox.baseUrl(), "--form", "get");
        assertEquals(1, r.exit());
        assertEquals("NOT_FOUND", r.json().get("outcome").asText());
    }

    @Test
    void maskKeepsInitialsOnly() {
        assertEquals("J*** C*** Q***", pe.macexpress.desk.core.CitizenNames.masked(" JUAN  CARLOS QUISPE "));
    }
}
