package pe.macexpress.desk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {
    @TempDir
    Path dir;

    private static Properties load(Path file) throws Exception {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    @Test
    void updatesSeveralKeysAndKeepsEverythingElse() throws Exception {
        Path file = dir.resolve("macexpress.properties");
        Files.writeString(file, "# estación del Napo\nmode=production\nsync.token=old\\\n  continued\nworkstation.id=PIAS-1\n");
        SettingsFile.update(file, Map.of("sync.token", "t:o=k\\en", "sync.baseUrl", "https://central.example"));
        Properties p = load(file);
        assertEquals("t:o=k\\en", p.getProperty("sync.token"));
        assertEquals("https://central.example", p.getProperty("sync.baseUrl"));
        assertEquals("production", p.getProperty("mode"));
        assertEquals("PIAS-1", p.getProperty("workstation.id"));
        String text = Files.readString(file);
        assertTrue(text.startsWith("# estación del Napo\n"), "comments kept");
        assertFalse(text.contains("continued"), "the old value's continuation line went with it");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aNewFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("sub").resolve("macexpress.properties");
        SettingsFile.update(file, Map.of("pide.password", "secreto"));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(file));
        assertEquals("secreto", load(file).getProperty("pide.password"));
    }
}
