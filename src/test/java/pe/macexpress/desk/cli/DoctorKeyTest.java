package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.security.KeyRing;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;

/**
 * Issue 15, key storage as support sees it: {@code doctor} says where the database's key is, calls
 * a key file weaker (in the user's language), and a data folder whose key is gone is refused by the
 * commands with a message that says what to do.
 */
class DoctorKeyTest {
    @TempDir
    Path home;

    @Test
    void doctorCallsAKeyFileWeakerAndAMissingKeyIsRefusedWithWhatToDo() throws Exception {
        assertEquals(0, DeskCli.run(home, "seed-demo", "--attentions", "3").code());
        Result text = DeskCli.run(home, "doctor");
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("Llave de cifrado:") && text.out().contains("más débil"), text.out());
        assertEquals("file", new ObjectMapper().readTree(DeskCli.run(home, "doctor", "--json").out())
                .get("keyStorage").asText());

        Path db = DeskSettings.load(home).databaseFile();
        String keyId = pe.macexpress.desk.store.HealthReport.keyId(db);
        Path key = KeyRing.file(keyId);
        Path moved = home.resolve("moved.key");
        Files.move(key, moved);
        try {
            Result doctor = DeskCli.run(home, "doctor");
            assertTrue(doctor.out().contains("NO ENCONTRADA"), doctor.out());
            Result backup = DeskCli.run(home, "backup");
            assertEquals(2, backup.code());
            assertTrue(backup.err().contains("llave de cifrado") && backup.err().contains("restaure"), backup.err());
        } finally {
            Files.move(moved, key);
        }
    }
}
