package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.SandboxServer;

/** A workstation trades a one-time code for its own token, kept in macexpress.properties. */
class SyncEnrollmentTest {
    @TempDir
    Path home;

    @Test
    void aCodeGivesAToken_savedAtomicallyBesideTheOtherSettings_andUsableAtOnce() throws Exception {
        Path file = home.resolve(DeskSettings.FILE_NAME);
        Files.writeString(file, "# estación del PIAS\nmode=production\nworkstation.id=PIAS-NAPO-01\n");
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null)) {
            central.central().addCode("1234-5678");
            Central c = new Central("", "");
            Enrollment e = new Enrollment(file, c, new OkHttpClient(), "PIAS-NAPO-01");
            assertEquals(Enrollment.Result.ENROLLED, e.enroll(central.baseUrl() + "/", "1234-5678"));
            assertTrue(c.enrolled());
            DeskSettings s = DeskSettings.load(home);
            assertEquals(DeskSettings.Mode.PRODUCTION, s.get(ConfigKeys.MODE));
            assertEquals(central.baseUrl(), s.get(ConfigKeys.SYNC_BASE_URL));
            assertEquals(c.token(), s.get(ConfigKeys.SYNC_TOKEN));
            assertTrue(Files.readString(file).startsWith("# estación del PIAS"));
            assertFalse(c.toString().contains(c.token()), "the token never shows");
            assertEquals(java.util.List.of(DeskSettings.FILE_NAME),
                    Files.list(home).map(p -> p.getFileName().toString()).toList(), "no temporary file left");

            assertEquals(Enrollment.Result.BAD_CODE, e.enroll(central.baseUrl(), "1234-5678"), "codes are single-use");
            assertEquals(Enrollment.Result.BAD_CODE, e.enroll(central.baseUrl(), "0000-0000"));
            assertEquals(Enrollment.Result.UNREACHABLE, e.enroll("http://127.0.0.1:1", "2345-6789"));
            assertEquals(Enrollment.Result.MALFORMED_CODE, e.enroll("http://127.0.0.1:1", "x"),
                    "what cannot be a code is not sent (issue 15)");
        }
    }
}
