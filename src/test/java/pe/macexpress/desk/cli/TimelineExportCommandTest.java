package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;
import pe.macexpress.desk.voice.OrientationDemo;
import pe.macexpress.desk.voice.OrientationsTable;
import pe.macexpress.desk.voice.VisitsTable;

/** Issue 13 (timeline): {@code export --what visits|orientations} as support runs it. */
class TimelineExportCommandTest {
    @TempDir
    Path home;

    @Test
    void visitsAndOrientationsAreExportedAsCsv() {
        assertEquals(0, DeskCli.run(home, "seed-demo", "--attentions", "24").code());
        int seeded;
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            seeded = OrientationDemo.seed(db, new Random(3), Clock.systemUTC(), 24);
        }
        Path orientationsCsv = home.resolve("orientations.csv");
        Result orientations = DeskCli.run(home, "export", "--what", "orientations", "--format", "csv", "--out",
                orientationsCsv.toString());
        assertEquals(0, orientations.code(), orientations.err());
        List<String> lines = read(orientationsCsv).strip().lines().toList();
        assertEquals(String.join(",", new OrientationsTable().columns()), lines.get(0));
        assertEquals(seeded, lines.size() - 1, "one line per orientation or unmet request");
        assertTrue(seeded >= 3, "24 attentions: about 3 orientations and 1 unmet request");

        Path visitsCsv = home.resolve("visits.csv");
        Result visits = DeskCli.run(home, "export", "--what", "visits", "--out", visitsCsv.toString());
        assertEquals(0, visits.code(), visits.err());
        assertEquals(String.join(",", new VisitsTable().columns()), read(visitsCsv).strip().lines().findFirst()
                .orElse(""));
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
