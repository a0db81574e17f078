package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;

/**
 * Issue 13 point 8: {@code seed-demo --voice} adds every kind of the citizen's voice beside the
 * attentions, and {@code export --what …} hands each back as CSV with its own header.
 */
class SeedVoiceCommandTest {
    @TempDir
    Path home;

    @Test
    void seededVoiceComesBackInEveryExport() throws IOException {
        Result seeded = DeskCli.run(home, "seed-demo", "--attentions", "600", "--voice");
        assertEquals(0, seeded.code(), seeded.out() + seeded.err());
        assertTrue(seeded.out().contains("encuestas"), seeded.out());
        for (String table : List.of("surveys", "complaints", "suggestions", "incidents", "orientations", "visits")) {
            Path csv = home.resolve(table + ".csv");
            Result export = DeskCli.asSupervisor(home, "export", "--what", table, "--format", "csv", "--out", csv.toString());
            assertEquals(0, export.code(), table + ": " + export.out() + export.err());
            List<String> lines = Files.readString(csv).strip().lines().toList();
            assertTrue(lines.get(0).contains(","), table + " has a header line: " + lines.get(0));
            int point = List.of(lines.get(0).split(",")).indexOf(table.equals("visits") || table.equals("orientations")
                    || table.equals("incidents") ? "point_id" : "point");
            for (String line : lines.subList(1, lines.size())) {
                assertTrue(point < 0 || line.contains("DEMO"), table + " rows name the demo's point: " + line);
            }
            if (!table.equals("visits")) {
                // 600 attentions: ~200 surveys, ~3 complaints, ~32 suggestions and compliments, ~4 incidents.
                assertTrue(lines.size() > 1, table + " has seeded rows: " + lines.size());
            }
        }
        Result unknown = DeskCli.run(home, "export", "--what", "citizens");
        assertEquals(1, unknown.code());
        assertTrue(unknown.out().contains("surveys"), "names the tables there are: " + unknown.out());
        Result badFormat = DeskCli.run(home, "export", "--what", "surveys", "--format", "xlsx");
        assertEquals(1, badFormat.code());
        assertTrue(badFormat.out().contains("csv"), badFormat.out());
    }
}
