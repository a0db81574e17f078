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
import pe.macexpress.desk.testing.DeskCli;

/**
 * Issue 15, "strings desk.db finds names and DNIs": the whole desk as the launcher runs it fills a
 * data folder (seed-demo with the citizen's voice: attentions, complaints, suggestions, incidents,
 * orientations) and backs it up; no file of the data folder holds a surname the demo uses, and the
 * desk still reads them.
 */
class SeedDemoAtRestTest {
    private static final List<String> SURNAMES = List.of("QUISPE", "MAMANI", "HUAMAN", "CONDORI", "HUILLCA");

    @TempDir
    Path home;

    @Test
    void aSeededDataFolderAndItsBackupHoldNoCitizenSurname() throws Exception {
        assertEquals(0, DeskCli.run(home, "seed-demo", "--attentions", "60", "--voice").code());
        assertEquals(0, DeskCli.run(home, "backup").code());
        Path data = DeskSettings.load(home).dataFolder();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 3, "database and backup: " + files);
        for (Path f : files) {
            String latin = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String surname : SURNAMES) {
                assertFalse(latin.contains(surname) || latin.contains(surname.toLowerCase()),
                        "a citizen's surname is readable in " + data.relativize(f));
            }
        }
        try (pe.macexpress.desk.store.Store store = pe.macexpress.desk.store.Store.open(
                DeskSettings.load(home).databaseFile(), java.time.Clock.systemUTC())) {
            assertTrue(store.complaints().list(false).stream()
                    .anyMatch(c -> SURNAMES.stream().anyMatch(c.filing().names()::contains)), "the desk still reads them");
            assertTrue(store.attentions().recent(60).stream()
                    .anyMatch(a -> SURNAMES.stream().anyMatch(a.citizenNames()::contains)), "the desk still reads them");
        }
    }
}
