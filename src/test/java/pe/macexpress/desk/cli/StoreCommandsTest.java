package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.Population;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;

/** doctor, seed-demo, backup and restore, run as the launcher runs them, on a temporary home. */
class StoreCommandsTest {
    @TempDir
    Path home;

    private Result run(String... args) {
        return DeskCli.run(home, args);
    }

    private JsonNode doctorJson() throws Exception {
        Result r = run("doctor", "--json");
        assertEquals(1, r.out().strip().lines().count(), "one line: " + r.out());
        return new ObjectMapper().readTree(r.out());
    }

    @Test
    void seedDemoWritesThroughTheStoreAndDoctorCountsIt() throws Exception {
        Result seeded = run("seed-demo", "--attentions", "40");
        assertEquals(0, seeded.code(), seeded.err());
        assertTrue(seeded.out().contains("40 atenciones"), seeded.out());

        JsonNode doctor = doctorJson();
        assertEquals("ok", doctor.get("integrity").asText());
        assertEquals(pe.macexpress.desk.store.Migrations.latestVersion(), doctor.get("schemaVersion").asInt());
        assertEquals(40, doctor.get("attentions").asInt());
        assertEquals(40, doctor.get("pending").asInt());
        assertEquals(0, doctor.get("sending").asInt());
        assertEquals(0, doctor.get("quarantined").asInt());
        assertTrue(doctor.get("lastBackup").isNull());
        assertTrue(doctor.get("lastSync").isNull());
        assertTrue(Files.exists(DeskSettings.load(home).databaseFile()), "training folder by default");

        Result text = run("doctor");
        assertEquals(0, text.code());
        assertTrue(text.out().contains("Última sincronización:  nunca"), text.out());
        assertNoPersonalData(seeded.out() + text.out() + doctor);
    }

    @Test
    void backupThenRestoreAfterTheDatabaseWasDamaged() throws Exception {
        assertEquals(0, run("seed-demo", "--attentions", "5").code());
        // Issue 15 (roles): restore is a supervisor's, with their own PIN.
        assertEquals(0, DeskCli.runTyping(home, "1234\n", "advisor", "--id", "SUP-1", "--name", "Carmen Tito",
                "--role", "supervisor", "--pin").code());
        Result backup = run("backup");
        assertEquals(0, backup.code(), backup.err());
        assertFalse(doctorJson().get("lastBackup").isNull());
        Path backupFile = Files.list(DeskSettings.load(home).dataFolder().resolve("backups"))
                .filter(p -> p.toString().endsWith(".db")).findFirst().orElseThrow();

        Path db = DeskSettings.load(home).databaseFile();
        Files.writeString(db, "not a database");
        assertTrue(doctorJson().get("integrity").asText().startsWith("NOT_SQLITE"));
        assertEquals(1, run("doctor").code());
        Result refused = run("backup");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("restore --from"), refused.err());

        Result noSupervisor = run("restore", "--from", backupFile.toString());
        assertEquals(1, noSupervisor.code(), "restore without a supervisor is refused");
        Result wrongPin = DeskCli.runTyping(home, "9999\n", "restore", "--from", backupFile.toString(),
                "--supervisor", "SUP-1");
        assertEquals(1, wrongPin.code(), "a wrong supervisor PIN is refused");
        Result restored = DeskCli.runTyping(home, "1234\n", "restore", "--from", backupFile.toString(),
                "--supervisor", "SUP-1");
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("quedó aparte"), restored.out());
        assertEquals("ok", doctorJson().get("integrity").asText());
        assertEquals(5, doctorJson().get("attentions").asInt());
    }

    @Test
    void commandsRefuseToRunBesideTheApplication() {
        try (InstanceLock appLock = InstanceLock.acquire(DeskSettings.load(home).dataFolder())) {
            for (String[] args : new String[][] {{"doctor"}, {"seed-demo", "--attentions", "1"}, {"backup"}}) {
                Result r = run(args);
                assertEquals(5, r.code(), String.join(" ", args));
                assertTrue(r.err().contains("está en uso por MAC Express Desk"), r.err());
            }
        }
    }

    @Test
    void seedDemoNeverTouchesProductionData() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\n");
        Result r = run("seed-demo", "--attentions", "3");
        assertEquals(1, r.code());
        assertFalse(Files.exists(DeskSettings.load(home).databaseFile()));
    }

    private static void assertNoPersonalData(String output) {
        for (FictitiousCitizen c : Population.standard().all()) {
            assertFalse(output.contains(c.dni()), "a document number was printed");
            assertFalse(output.contains(c.firstSurname() + " "), "a surname was printed");
        }
    }
}
