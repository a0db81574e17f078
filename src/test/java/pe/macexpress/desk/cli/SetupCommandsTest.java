package pe.macexpress.desk.cli;

import java.time.Clock;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.advisor.PinHasher;
import pe.macexpress.desk.advisor.SignInService;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.store.AdvisorStore;
import pe.macexpress.desk.store.Store;
import picocli.CommandLine;

/** A production workstation gets its point and advisors from the command line, PIN never echoed. */
class SetupCommandsTest {
    @TempDir
    Path home;

    private int run(String stdin, StringWriter out, String... args) {
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

    @Test
    void pointAndAdvisorMakeAProductionWorkstationReadyToSignIn() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\n");
        StringWriter out = new StringWriter();
        assertEquals(0, run("", out, "point", "--home", home.toString(), "--id", "PIAS-NAPO-01", "--name",
                "PIAS Río Napo", "--type", "PIAS", "--ubigeo", "160108", "--place", "LORETO/MAYNAS/NAPO"));
        assertEquals(0, run("432198\n", out, "advisor", "--home", home.toString(), "--id", "ADV-0001", "--name",
                "Ana Quispe Huamán", "--pin"), out.toString());
        assertFalse(out.toString().contains("432198"), "the PIN is never printed");
        assertEquals(1, run("12\n", out, "advisor", "--home", home.toString(), "--id", "ADV-0002", "--name",
                "Luis Pizango", "--pin"), "a 2-digit PIN is refused");

        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            AdvisorStore store = db.advisors();
            assertEquals(PointType.PIAS, store.point().orElseThrow().type());
            assertEquals("160108", store.point().orElseThrow().ubigeo());
            assertEquals(1, store.activeAdvisors().size());
            assertTrue(store.pinHash("ADV-0001").orElseThrow().startsWith("pbkdf2-sha256k$"), "keyed with the database's key");
            SignInService signIn = new SignInService(db, new PinHasher(), false, Clock.systemUTC());
            Advisor ana = store.activeAdvisors().get(0);
            assertTrue(signIn.signIn(ana, "432198").isPresent());
            assertFalse(signIn.signIn(ana, "123456").isPresent());
        }
        assertTrue(Files.isDirectory(home.resolve("data")), "production data, not the training folder");
        assertFalse(Files.exists(home.resolve("training")));
    }
}
