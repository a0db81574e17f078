package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.testing.DeskCli;

/** A wrong macexpress.properties stops every command with one exit code and a Spanish message. */
class ConfigCommandsTest {
    @TempDir
    Path home;

    private Path file() {
        return home.resolve(DeskSettings.FILE_NAME);
    }

    private static void assertNoStackTrace(DeskCli.Result r) {
        String all = r.out() + r.err();
        assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace: " + all);
    }

    @Test
    void everyCommandThatReadsTheConfigurationRefusesATypoInModeWithCode6() throws Exception {
        String text = "# estación de prueba\nmode=produccion\n";
        Files.writeString(file(), text, StandardCharsets.UTF_8);
        List<List<String>> commands = List.of(List.of("doctor"), List.of("doctor", "--json"), List.of("sync"),
                List.of("backup"), List.of("backup", "--list"), List.of("seed-demo", "--attentions", "1"),
                List.of("point"), List.of("advisor"), List.of("restore", "--from", home.resolve("x.db").toString()),
                List.of("identity", "--purpose", "prueba", "--dni", "10117410-" + DniCheck.digit("10117410")),
                List.of("enroll", "--server", "http://127.0.0.1:9", "--code", "1234-5678"));
        for (List<String> command : commands) {
            DeskCli.Result r = DeskCli.run(home, command.toArray(String[]::new));
            assertEquals(InvalidConfiguration.EXIT_CODE, r.code(), command + ": " + r.out() + r.err());
            assertEquals(6, r.code(), "the documented code");
            assertTrue(r.err().contains("«mode»") && r.err().contains("«produccion»")
                    && r.err().contains(file().toString()) && r.err().contains("línea 2")
                    && r.err().contains("training, production")
                    && r.err().contains("No se ejecutó el comando"), command + ": " + r.err());
            assertFalse(r.out().contains("Integridad") || r.out().contains("\"integrity\""),
                    command + " must not report a healthy store: " + r.out());
            assertNoStackTrace(r);
        }
        try (Stream<Path> files = Files.list(home)) {
            assertEquals(List.of(file()), files.toList(), "nothing created beside the configuration");
        }
        assertEquals(text, Files.readString(file(), StandardCharsets.UTF_8), "the file is left as it was");
    }

    @Test
    void anUnknownKeyIsNamedWithItsLikelyMeaning() throws Exception {
        Files.writeString(file(), "mode=production\npide.readTimeotMs=20000\n");
        DeskCli.Result r = DeskCli.run(home, "doctor");
        assertEquals(6, r.code());
        assertTrue(r.err().contains("«pide.readTimeotMs»") && r.err().contains("«pide.readTimeoutMs»"), r.err());
        assertFalse(Files.exists(home.resolve("data")));
    }

    @Test
    void aBrokenEscapeIsReportedAtItsLineWithoutAStackTraceOrTheSecret() throws Exception {
        Files.writeString(file(), "mode=production\npide.password=Cl4ve\\uZZsecreta\n");
        DeskCli.Result r = DeskCli.run(home, "doctor");
        assertEquals(6, r.code());
        assertTrue(r.err().contains("línea 2") && r.err().contains("«pide.password»"), r.err());
        assertFalse(r.err().contains("Cl4ve") || r.err().contains("secreta"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void aNegativeTimeoutStopsTheCommandInsteadOfItsStartCrashing() throws Exception {
        Files.writeString(file(), "sync.readTimeoutMs=-1\n");
        DeskCli.Result r = DeskCli.run(home, "sync");
        assertEquals(6, r.code());
        assertTrue(r.err().contains("«sync.readTimeoutMs»") && r.err().contains("«-1»")
                && r.err().contains("milisegundos, de 1 a 600000"), r.err());
        assertNoStackTrace(r);
    }
}
