package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;
import pe.macexpress.desk.testing.TestCatalogs;

/**
 * A catalogue change made at the central reaches a desk without a release: published with the
 * admin token, signed by the central, fetched by {@code sync}, shown by {@code catalog --json};
 * carried to a PIAS on a USB file ({@code --export}/{@code --import}); a file with one byte
 * changed is refused and the catalogue in use stays.
 */
class CatalogCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;
    @TempDir
    Path pias;
    @TempDir
    Path usb;

    @Test
    void aCatalogPublishedAtTheCentralReachesTheDeskAndTravelsOnAUsbFile() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=TAMBO-01\n"
                + "sync.maxAttempts=2\nsync.backoffBaseMs=5\nsync.connectTimeoutMs=500\nsync.readTimeoutMs=5000\n");
        Files.writeString(pias.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=PIAS-NAPO-01\n");
        JsonNode bundled = status(home);
        assertEquals("bundled", bundled.path("source").asText());
        assertEquals(Catalog.bundled().version(), bundled.path("version").asText());
        assertEquals(Catalog.bundled().all().size(), bundled.path("procedures").asInt());

        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null)) {
            central.central().addCode("7777-2222");
            assertEquals(0, DeskCli.asSupervisor(home, "enroll", "--server", central.baseUrl(), "--code", "7777-2222").code());
            String pinned = DeskSettings.load(home).get(ConfigKeys.SYNC_CATALOG_KEY);
            assertEquals(central.centralApi().catalogKey(), pinned, "enrollment pins the central's key");

            byte[] next = TestCatalogs.channelsBytes();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> anonymous = http.send(publish(central, next, "wrong"), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, anonymous.statusCode(), "publishing needs the admin token");
            ObjectNode broken = (ObjectNode) JSON.readTree(next);
            broken.put("format", 7);
            HttpResponse<String> bad = http.send(publish(central, JSON.writeValueAsBytes(broken),
                    central.centralApi().adminToken()), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, bad.statusCode(), "the central refuses what the desk would refuse");
            HttpResponse<String> ok = http.send(publish(central, next, central.centralApi().adminToken()),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), ok.body());
            assertEquals("test-1", JSON.readTree(ok.body()).path("version").asText());

            Result sync = DeskCli.run(home, "sync");
            assertEquals(0, sync.code(), sync.out() + sync.err());
            JsonNode now = status(home);
            assertEquals("test-1", now.path("version").asText());
            assertEquals("central", now.path("source").asText());
            assertEquals(5, now.path("procedures").asInt());
            assertEquals(4, now.path("entities").asInt());
            assertFalse(now.path("installedAt").isNull());
        }

        Path file = usb.resolve("catalogo.json");
        Result export = DeskCli.run(home, "catalog", "--export", file.toString());
        assertEquals(0, export.code(), export.out() + export.err());

        // The PIAS was enrolled once at installation with the same central: its key is pinned.
        Files.writeString(pias.resolve(DeskSettings.FILE_NAME), "sync.catalogKey="
                + DeskSettings.load(home).get(ConfigKeys.SYNC_CATALOG_KEY) + "\n", java.nio.file.StandardOpenOption.APPEND);
        Path tampered = usb.resolve("alterado.json");
        ObjectNode envelope = (ObjectNode) JSON.readTree(Files.readAllBytes(file));
        byte[] inner = Base64.getDecoder().decode(envelope.path("catalog").asText());
        inner[inner.length / 2] ^= 0x01;
        envelope.put("catalog", Base64.getEncoder().encodeToString(inner));
        Files.write(tampered, JSON.writeValueAsBytes(envelope));
        Result refused = DeskCli.run(pias, "catalog", "--import", tampered.toString());
        assertEquals(1, refused.code(), refused.out());
        assertTrue(refused.out().contains("firma"), refused.out());
        assertEquals("bundled", status(pias).path("source").asText(), "a refused file changes nothing");
        assertEquals("signature", status(pias).path("lastRefused").path("problem").asText());

        Result imported = DeskCli.run(pias, "catalog", "--import", file.toString());
        assertEquals(0, imported.code(), imported.out() + imported.err());
        JsonNode onBoard = status(pias);
        assertEquals("test-1", onBoard.path("version").asText());
        assertEquals("file", onBoard.path("source").asText());
        assertTrue(onBoard.path("lastRefused").isMissingNode());
        Result human = DeskCli.run(pias, "catalog");
        assertTrue(human.last().contains("test-1") && human.last().contains("5"), human.last());
    }

    @Test
    void theBundledCatalogueExportsAndImportsBackWithoutAKey() throws Exception {
        Path file = usb.resolve("incluido.json");
        assertEquals(0, DeskCli.run(home, "catalog", "--export", file.toString()).code());
        Result back = DeskCli.run(pias, "catalog", "--import", file.toString());
        assertEquals(0, back.code(), back.out());
        assertEquals("bundled", status(pias).path("source").asText());
        ObjectNode envelope = (ObjectNode) JSON.readTree(Files.readAllBytes(file));
        envelope.put("catalog", Base64.getEncoder().encodeToString(TestCatalogs.channelsBytes()));
        Files.write(file, JSON.writeValueAsBytes(envelope));
        Result unsigned = DeskCli.run(pias, "catalog", "--import", file.toString());
        assertEquals(1, unsigned.code(), "an unsigned catalogue other than the bundled one is refused");
    }

    private static JsonNode status(Path home) throws Exception {
        Result r = DeskCli.run(home, "catalog", "--json");
        assertEquals(0, r.code(), r.out() + r.err());
        return JSON.readTree(r.last());
    }

    private static HttpRequest publish(SandboxServer central, byte[] body, String token) {
        return HttpRequest.newBuilder(URI.create(central.baseUrl() + "/api/v1/admin/catalog"))
                .header("Authorization", "Bearer " + token)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
