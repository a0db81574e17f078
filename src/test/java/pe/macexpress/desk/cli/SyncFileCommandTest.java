package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;

/**
 * {@code sync --to-file} and {@code sync --from-file} on demo data written by {@code seed-demo}
 * (attentions and captures with their documents), through the reference central on loopback.
 */
class SyncFileCommandTest {
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .readTimeout(java.time.Duration.ofMinutes(2)).build();

    @TempDir
    Path home;

    @Test
    void demoAttentionsAndDocumentsGoByUsbAndComeBackAcknowledged() throws Exception {
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null)) {
            String token = central.central().enroll(central.central().issueCode(), "PIAS-NAPO-01").orElseThrow();
            Path usb = Files.createDirectories(home.resolve("usb"));
            Result notEnrolled = DeskCli.run(home, "sync", "--to-file", usb.resolve("envio.mxb").toString());
            assertEquals(4, notEnrolled.code(), notEnrolled.out());
            assertTrue(notEnrolled.out().contains("enroll"), notEnrolled.out());
            Files.writeString(home.resolve(DeskSettings.FILE_NAME), "workstation.id=PIAS-NAPO-01\nsync.token=" + token
                    + "\nsync.bundleKey=" + central.bundleKey() + "\nsync.catalogKey=" + central.catalogKey() + "\n");
            Result seeded = DeskCli.run(home, "seed-demo", "--attentions", "200", "--captures");
            assertEquals(0, seeded.code(), seeded.out() + seeded.err());
            long records = deskNumber("SELECT count(*) FROM outbox WHERE state = 'pending'");
            long documents = deskNumber("SELECT count(*) FROM attachment WHERE state = 'pending'");
            assertEquals(250, records, "200 attentions, 50 of them with a capture record");
            // The forms are drawn at random; some have no photo or signature, others two: at least one in 50.
            assertTrue(documents > 0, "documents of the captures: " + documents);

            Result written = DeskCli.run(home, "sync", "--to-file", usb.resolve("envio.mxb").toString());

            assertEquals(0, written.code(), written.out() + written.err());
            assertTrue(written.last().matches("bundle=[0-9a-f-]{36} records=250 documents=" + documents + " bytes=\\d+"),
                    written.last());
            assertFalse(written.out().contains(token), "the token never shows");
            assertEquals(250, deskNumber("SELECT count(*) FROM outbox WHERE state = 'pending'"));

            Path answer = usb.resolve("respuesta.mxa");
            try (Response r = HTTP.newCall(new Request.Builder().url(central.baseUrl() + "/api/v1/bundles")
                    .post(RequestBody.create(usb.resolve("envio.mxb").toFile(),
                            MediaType.get("application/octet-stream"))).build()).execute()) {
                assertEquals(200, r.code());
                Files.write(answer, r.body().bytes());
            }
            assertEquals(200, central.central().attentions());
            assertEquals(50, central.central().countsByKind().get("capture"));
            assertEquals(documents, central.central().attachmentTotals()[0]);
            assertEquals(deskNumber("SELECT sum(size) FROM attachment"), central.central().attachmentTotals()[1]);

            Result applied = DeskCli.run(home, "sync", "--from-file", answer.toString());

            assertEquals(0, applied.code(), applied.out() + applied.err());
            assertTrue(applied.last().startsWith("acknowledged=250 set_aside=0 already=0 documents=" + documents + " "),
                    applied.last());
            assertEquals(0, deskNumber("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"));
            assertEquals(0, deskNumber("SELECT count(*) FROM attachment WHERE state = 'pending'"));

            Result twice = DeskCli.run(home, "sync", "--from-file", answer.toString());
            assertEquals(0, twice.code(), twice.out());
            assertTrue(twice.last().startsWith("acknowledged=0 set_aside=0 already=250 documents=0 "), twice.last());
            assertTrue(twice.out().contains("Ya se había aplicado"), twice.out());

            byte[] whole = Files.readAllBytes(answer);
            Path cut = usb.resolve("cortada.mxa");
            Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
            Result refused = DeskCli.run(home, "sync", "--from-file", cut.toString());
            assertEquals(1, refused.code(), refused.out());
            assertTrue(refused.out().contains("No se aplicó nada"), refused.out());
        }
    }

    private long deskNumber(String sql) {
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), Clock.systemUTC())) {
            return Sql.number(db, sql);
        }
    }
}
