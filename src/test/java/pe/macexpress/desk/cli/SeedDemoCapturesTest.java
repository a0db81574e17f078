package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.procedure.DocumentImages;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.Capture;
import pe.macexpress.desk.store.Setting;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;
import pe.macexpress.desk.testing.TestCatalogs;

/** {@code seed-demo --attentions N --captures}: demo captures with generated documents, through the counter's path. */
class SeedDemoCapturesTest {
    @TempDir
    Path home;

    @Test
    void oneAttentionInFourIsACaptureWithAReceiptAndASignature() throws Exception {
        // The catalogue in use, published and signed by this workstation's central, has the test catalogue's forms.
        java.security.KeyPair central = pe.macexpress.desk.catalog.CatalogSignature.newKeyPair();
        String key = pe.macexpress.desk.catalog.CatalogSignature.encode(central.getPublic());
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "sync.catalogKey=" + key + "\n");
        Path dbFile = DeskSettings.load(home).databaseFile();
        Files.createDirectories(dbFile.getParent());
        try (Store db = Store.open(dbFile, Clock.systemUTC())) {
            new pe.macexpress.desk.catalog.CatalogService(db, () -> key, Clock.systemUTC()).install(
                    pe.macexpress.desk.catalog.SignedCatalog.sign(TestCatalogs.channelsBytes(), central.getPrivate(),
                            central.getPublic()).toBytes(), pe.macexpress.desk.catalog.CatalogService.Source.CENTRAL);
        }

        Result seeded = DeskCli.run(home, "seed-demo", "--attentions", "8", "--captures");
        assertEquals(0, seeded.code(), seeded.out() + seeded.err());
        assertTrue(seeded.out().contains("8 atenciones") && seeded.out().contains("2 de ellas"), seeded.out());

        try (Store db = Store.open(dbFile, Clock.systemUTC())) {
            assertEquals(2, db.captures().count());
            assertEquals(8L, Sql.number(db, "SELECT count(*) FROM attention"));
            assertEquals(2L, Sql.number(db, "SELECT count(*) FROM attention WHERE channel = 'capture'"));
            assertEquals(8L, Sql.number(db, "SELECT count(*) FROM attention WHERE catalog_version = 'test-1'"),
                    "every demo attention is served under the catalogue in use");
            assertEquals(2L, Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'capture'"));
            String captureId = Sql.text(db, "SELECT id FROM capture LIMIT 1");
            Capture c = db.captures().find(UUID.fromString(captureId)).orElseThrow();
            assertEquals(Channel.CAPTURE, db.attentions().find(c.attentionId()).orElseThrow().servedVia().channel());
            List<Attachment> docs = db.attachments().ofCapture(c.id());
            assertEquals(List.of("recibo", "dni_foto", "firma"), docs.stream().map(Attachment::fieldId).toList());
            for (Attachment d : docs) {
                byte[] bytes = db.documents().read(db.attachmentsFolder().resolve(d.file())); // sealed at rest (issue 15)
                assertEquals(d.sha256(), DocumentImages.sha256(bytes));
            }
            BufferedImage receipt = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(
                    db.documents().read(db.attachmentsFolder().resolve(docs.get(0).file()))));
            assertEquals(1600, receipt.getHeight(), "the 1200x1700 receipt was bounded");
            assertTrue(docs.get(0).size() > 20_000, "a real picture, not a blank: " + docs.get(0).size());
        }
    }

    @Test
    void withoutAnyFormInTheCatalogueItSaysSoAndSavesNothing() {
        Result r = DeskCli.run(home, "seed-demo", "--attentions", "4", "--captures");
        // The bundled catalogue may or may not have forms; when it has none the command refuses.
        if (r.code() != 0) {
            assertTrue(r.out().contains("formulario"), r.out());
        } else {
            assertTrue(r.out().contains("1 de ellas"), r.out());
        }
    }
}
