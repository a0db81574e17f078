package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.IncidentSeverity;
import pe.macexpress.desk.core.IncidentType;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.voice.IncidentExport;
import pe.macexpress.desk.voice.IncidentService;

/** {@code export --what incidents --format csv}: the register for support, its free texts quoted. */
class IncidentExportCommandTest {
    @TempDir
    Path home;

    @Test
    void theRegisterIsWrittenAsCsvWithItsColumns() throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        Files.createDirectories(settings.databaseFile().getParent());
        try (Store db = Store.open(settings.databaseFile(), Clock.systemUTC())) {
            new IncidentService(db.incidents(), Clock.systemUTC(), () -> { }).register(IncidentType.AGGRESSION,
                    IncidentSeverity.MODERADA, Instant.now().minusSeconds(60), "Insultos, gritos \"fuertes\"",
                    "=Se llamó al serenazgo", "ADV-1", "PT-1");
        }
        Path out = home.resolve("incidents.csv");
        DeskCli.Result r = DeskCli.asSupervisor(home, "export", "--what", "incidents", "--format", "csv", "--out", out.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(String.join(",", IncidentExport.COLUMNS), lines.get(0));
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).contains(",aggression,moderada,1,"), lines.get(1));
        assertTrue(lines.get(1).contains("\"Insultos, gritos \"\"fuertes\"\"\""), "free text quoted: " + lines.get(1));
        assertTrue(lines.get(1).contains("'=Se llamó"), "a formula is defused: " + lines.get(1));
    }
}
