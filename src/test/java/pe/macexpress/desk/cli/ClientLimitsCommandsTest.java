package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.LoopbackHttp;
import pe.macexpress.desk.testing.LoopbackHttp.Reply;
import picocli.CommandLine;

/**
 * Issue 15, the command line's findings: {@code sync} exited 0 after a 401; {@code advisor --pin 5678}
 * took the PIN from the command line; {@code identity --endpoint URL} sent the stored PIDE credential
 * to any URL; {@code enroll} saved a token with a line break; http accepted in production.
 */
class ClientLimitsCommandsTest {
    private static final String PASSWORD = "pide-Secreto-9931";

    @TempDir
    Path home;

    private void production(String extra) throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=PIAS-NAPO-01\n"
                + "sync.maxAttempts=1\nsync.connectTimeoutMs=500\nsync.readTimeoutMs=2000\n" + extra);
    }

    @Test
    void sync_a401_exitsNonZero_andSaysToEnrollAgain() throws Exception {
        try (LoopbackHttp central = new LoopbackHttp(s -> Reply.json(401, "{\"error\":\"revoked\"}"))) {
            production("sync.baseUrl=" + central.baseUrl() + "\nsync.token=tok_abcdefghijklmnopqrstuvwxyz\n");
            DeskCli.Result r = DeskCli.run(home, "sync");
            assertFalse(central.seen.isEmpty(), "the central was asked and answered 401");
            assertEquals(7, r.code(), "before issue 15: 0 with an empty queue; now its own code: " + r.out());
            assertTrue(r.out().contains("enroll --server"), "says how to enroll again: " + r.out());
            assertFalse(r.out().contains("tok_abcdefghijklmnopqrstuvwxyz"), "the token never shows");
        }
    }

    @Test
    void enroll_httpInProduction_refused_andATokenWithANewline_refused_nothingSaved() throws Exception {
        production("");
        DeskCli.addSupervisor(home); // enrolling is the supervisor's (issue 15, roles)
        String before = Files.readString(home.resolve(DeskSettings.FILE_NAME));
        DeskCli.Result insecure = DeskCli.asSupervisor(home, "enroll", "--server", "http://192.0.2.1:8080", "--code",
                "1234-5678");
        assertEquals(1, insecure.code(), insecure.out());
        assertTrue(insecure.out().contains("https://"), insecure.out());
        try (LoopbackHttp central = new LoopbackHttp(s -> Reply.json(200, "{\"token\":\"abcdefghijklmnopq\\nx=y\"}"))) {
            DeskCli.Result bad = DeskCli.asSupervisor(home, "enroll", "--server", central.baseUrl(), "--code", "1234-5678");
            assertEquals(3, bad.code(), bad.out());
            assertTrue(bad.out().contains("token no válido"), bad.out());
        }
        assertEquals(before, Files.readString(home.resolve(DeskSettings.FILE_NAME)), "nothing saved");
    }

    @Test
    void advisor_anInlinePin_isRefused_andThePinOnStdinStillWorks() throws Exception {
        production("");
        StringWriter out = new StringWriter();
        assertEquals(1, runWithStdin("", out, "advisor", "--home", home.toString(), "--id", "ADV-0001", "--name",
                "Ana Quispe Huamán", "--pin", "567890"), out.toString());
        assertTrue(out.toString().contains("línea de comandos"), out.toString());
        assertEquals(1, runWithStdin("", out, "advisor", "--home", home.toString(), "--id", "ADV-0001", "--name",
                "Ana Quispe Huamán", "--pin=567890"), out.toString());
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            assertEquals(List.of(), db.advisors().activeAdvisors(), "nothing saved from an inline PIN");
        }
        StringWriter ok = new StringWriter();
        assertEquals(0, runWithStdin("567890\n", ok, "advisor", "--home", home.toString(), "--id", "ADV-0001",
                "--name", "Ana Quispe Huamán", "--pin"), ok.toString());
        assertFalse(ok.toString().contains("567890"), "never echoed");
        assertTrue(AdvisorCommand.pinGivenInline(List.of("advisor", "--pin", "1234")));
        assertFalse(AdvisorCommand.pinGivenInline(List.of("advisor", "--pin", "--home", "x")));
    }

    @Test
    void identity_anEndpointOtherThanTheConfiguredOne_getsNoStoredCredential() throws Exception {
        try (LoopbackHttp other = new LoopbackHttp(s -> Reply.json(200, "{\"consultarResponse\":{}}"))) {
            production("pide.baseUrl=https://ws2.pide.gob.pe\npide.nuDniUsuario=40404040\n"
                    + "pide.nuRucUsuario=20100070970\npide.password=" + PASSWORD + "\n");
            String dni = "45451232";
            DeskCli.Result r = DeskCli.run(home, "identity", "--purpose", "prueba de pasarela", "--dni",
                    dni + "-" + DniCheck.digit(dni), "--endpoint", other.baseUrl());
            assertEquals(1, other.seen.size(), "the diagnostic query went: " + r.out() + r.err());
            LoopbackHttp.Seen seen = other.seen.get(0);
            String all = seen.path() + seen.headers() + seen.body();
            assertFalse(all.contains(PASSWORD), "the stored PIDE password never leaves for another address");
            assertFalse(all.contains("40404040"), "nor the PIDE user's DNI");
            assertTrue(r.err().contains("sin la credencial"), r.err());
        }
    }

    @Test
    void identity_httpPideInProduction_isRefusedBeforeSending() throws Exception {
        production("pide.baseUrl=http://192.0.2.1:8080\npide.nuDniUsuario=40404040\n"
                + "pide.nuRucUsuario=20100070970\npide.password=" + PASSWORD + "\n");
        String dni = "45451232";
        DeskCli.Result r = DeskCli.run(home, "identity", "--purpose", "prueba", "--dni", dni + "-" + DniCheck.digit(dni));
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("not https"), r.out());
    }

    private static int runWithStdin(String stdin, StringWriter out, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            CommandLine cl = new CommandLine(new DeskCommand());
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(out, true));
            return cl.execute(args);
        } finally {
            System.setIn(before);
        }
    }
}
