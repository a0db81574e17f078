package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;

/**
 * Issue 15 (roles) on the command line: exports with personal data, enrollment and restore need a
 * supervisor's id and own PIN, asked (never on the command line); an advisor's PIN does not do;
 * roles are set with {@code advisor --role}; production PINs have 6 digits; no trainer in production.
 */
class SupervisorCommandsTest {
    @TempDir
    Path home;

    private final Localization text = Localization.bundledOnly();

    private void production() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\n");
    }

    @Test
    void anExportWithPersonalDataIsRefusedWithoutASupervisorAndWithAnAdvisorsPin() throws Exception {
        production();
        assertEquals(0, DeskCli.runTyping(home, "135790\n", "advisor", "--id", "ADV-1", "--name", "Ana Quispe",
                "--pin").code());
        Path csv = home.resolve("complaints.csv");
        DeskCli.Result none = DeskCli.run(home, "export", "--what", "complaints", "--out", csv.toString());
        assertEquals(1, none.code(), "the finding: anyone exported citizens' free texts");
        assertTrue(none.err().contains(text.text("es", "roles.cli.supervisor.needed")), none.err());
        assertFalse(Files.exists(csv));

        DeskCli.Result advisor = DeskCli.runTyping(home, "135790\n", "export", "--what", "complaints", "--out",
                csv.toString(), "--supervisor", "ADV-1");
        assertEquals(1, advisor.code(), "an advisor's own right PIN is not a supervisor's");
        assertTrue(advisor.err().contains(text.text("es", "roles.gate.not.supervisor")), advisor.err());
        assertFalse(Files.exists(csv));

        DeskCli.Result ok = DeskCli.asSupervisor(home, "export", "--what", "complaints", "--out", csv.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(Files.exists(csv));
        assertFalse((ok.out() + ok.err()).contains(DeskCli.SUPERVISOR_PIN), "the PIN is never printed");
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            List<AuditChainStore.Entry> rows = db.audit().after(0, 100);
            assertTrue(rows.stream().anyMatch(r -> r.action().equals(pe.macexpress.desk.advisor.SupervisorGate.Action.PERSONAL_EXPORT.audit())
                    && r.actor().equals(DeskCli.SUPERVISOR) && r.detail().equals("export complaints")), rows.toString());
            assertTrue(rows.stream().anyMatch(r -> r.action().equals("supervisor.refused") && r.actor().equals("ADV-1")));
        }
        // A table without personal data needs no supervisor.
        assertEquals(0, DeskCli.run(home, "export", "--what", "surveys", "--out", home.resolve("s.csv").toString()).code());
    }

    @Test
    void anInlineSupervisorPinIsRefused() throws Exception {
        production();
        DeskCli.addSupervisor(home);
        Path csv = home.resolve("complaints.csv");
        // Typed input is there too, so that a parser that asked for it would not hang the test.
        DeskCli.Result inline = DeskCli.runTyping(home, DeskCli.SUPERVISOR_PIN + "\n", "export", "--what", "complaints", "--out", csv.toString(),
                "--supervisor", DeskCli.SUPERVISOR, "--supervisor-pin", DeskCli.SUPERVISOR_PIN);
        assertNotEquals(0, inline.code(), "a PIN on the command line stays in the shell history: refused");
        assertFalse(Files.exists(csv));
    }

    @Test
    void enrollmentNeedsASupervisor() throws Exception {
        production();
        DeskCli.Result none = DeskCli.run(home, "enroll", "--server", "https://127.0.0.1:9", "--code", "1234-5678");
        assertEquals(1, none.code());
        assertTrue(none.err().contains(text.text("es", "roles.cli.supervisor.needed")), none.err());
        assertTrue(DeskSettings.load(home).get(pe.macexpress.desk.config.ConfigKeys.SYNC_BASE_URL).isEmpty(),
                "nothing enrolled");
        DeskCli.addSupervisor(home);
        DeskCli.Result wrong = DeskCli.runTyping(home, "000000\n", "enroll", "--server", "https://127.0.0.1:9",
                "--code", "1234-5678", "--supervisor", DeskCli.SUPERVISOR);
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().contains(text.text("es", "roles.gate.wrong.pin")), wrong.err());
    }

    @Test
    void rolesAreSetOnTheCommandLineWithSixDigitPinsAndNoTrainerInProduction() throws Exception {
        production();
        DeskCli.Result shortPin = DeskCli.runTyping(home, "1234\n", "advisor", "--id", "ADV-1", "--name", "Ana Quispe",
                "--pin");
        assertEquals(1, shortPin.code(), "4 digits are refused in production");
        assertTrue(shortPin.err().contains(text.text("es", "roles.cli.pin.short", 6)), shortPin.err());
        DeskCli.Result trainer = DeskCli.runTyping(home, "135790\n", "advisor", "--id", "TRN-1", "--name", "Julio Apaza",
                "--role", "trainer", "--pin");
        assertEquals(1, trainer.code(), "a trainer exists only in training mode");
        DeskCli.Result bad = DeskCli.runTyping(home, "135790\n", "advisor", "--id", "X-1", "--name", "X", "--role", "jefe",
                "--pin");
        assertEquals(1, bad.code());
        assertEquals(0, DeskCli.runTyping(home, "135790\n", "advisor", "--id", "SUP-1", "--name", "Carmen Tito",
                "--role", "supervisor", "--pin").code());
        DeskCli.Result list = DeskCli.run(home, "advisor");
        assertTrue(list.out().contains("SUP-1  supervisor  Carmen Tito"), list.out());
    }
}
