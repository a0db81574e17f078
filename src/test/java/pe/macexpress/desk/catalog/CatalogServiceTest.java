package pe.macexpress.desk.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.TestCatalogs;

/** What may replace the catalogue in use: never an unsigned answer from the network, never an older one. */
class CatalogServiceTest {
    @TempDir
    Path dir;

    private final KeyPair central = CatalogSignature.newKeyPair();

    private byte[] signed(byte[] catalog) {
        return SignedCatalog.sign(catalog, central.getPrivate(), central.getPublic()).toBytes();
    }

    @Test
    void theNetworkCannotRevertToTheBundledCatalogueNorReplayAnOlderOne() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            CatalogService catalogs = new CatalogService(db, () -> CatalogSignature.encode(central.getPublic()),
                    Clock.systemUTC());
            catalogs.install(signed(TestCatalogs.channelsBytes()), CatalogService.Source.CENTRAL);
            assertEquals("test-1", catalogs.current().version());

            byte[] bundledEnvelope = SignedCatalog.bundled(Catalog.bundled()).toBytes();
            assertEquals(CatalogException.Problem.SIGNATURE, assertThrows(CatalogException.class,
                    () -> catalogs.install(bundledEnvelope, CatalogService.Source.CENTRAL)).problem());
            assertEquals("test-1", catalogs.current().version(), "still the central's");

            ObjectMapper json = new ObjectMapper();
            ObjectNode older = (ObjectNode) json.readTree(TestCatalogs.channelsBytes());
            older.put("version", "test-0").put("published", "2026-11-01");
            CatalogException stale = assertThrows(CatalogException.class,
                    () -> catalogs.install(signed(json.writeValueAsBytes(older)), CatalogService.Source.FILE));
            assertEquals(CatalogException.Problem.INVALID, stale.problem());
            assertEquals("published", stale.entry());
            assertEquals("test-1", catalogs.current().version());

            ObjectNode newer = (ObjectNode) json.readTree(TestCatalogs.channelsBytes());
            newer.put("version", "test-2").put("published", "2026-12-15");
            catalogs.install(signed(json.writeValueAsBytes(newer)), CatalogService.Source.CENTRAL);
            assertEquals("test-2", catalogs.current().version());

            // A supervisor with a USB file may still go back to the catalogue the application ships.
            catalogs.install(bundledEnvelope, CatalogService.Source.FILE);
            assertEquals(CatalogService.Source.BUNDLED, catalogs.source());
        }
    }
}
