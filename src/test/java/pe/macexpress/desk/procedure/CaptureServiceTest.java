package pe.macexpress.desk.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.contract.Wire;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.Capture;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.sync.Central;
import pe.macexpress.desk.sync.CentralClient;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.sync.SyncEngine;
import pe.macexpress.desk.sync.SyncOutcome;
import pe.macexpress.desk.sync.SyncResult;
import pe.macexpress.desk.testing.CaptureSamples;
import pe.macexpress.desk.testing.TestCatalogs;

/**
 * A capture with two documents saved offline in one transaction with its attention, or not at all
 * (no row, no file); then synced to the reference central, which holds the capture record and
 * byte-identical copies of its documents.
 */
class CaptureServiceTest {
    private static final Catalog CATALOG = TestCatalogs.channels();
    private static final Procedure SIS = CATALOG.find("sis-afiliacion").orElseThrow();
    private static final Outcome PENDING = new Outcome(OutcomeType.PENDIENTE, "El SIS responde en 5 días hábiles");

    @TempDir
    Path dir;

    private static List<ChosenDocument> twoDocuments() {
        return List.of(new ChosenDocument("recibo", DocumentImages.photo(CaptureSamples.image(3000, 2000, "png", 11))),
                new ChosenDocument("firma", DocumentImages.signature(CaptureSamples.signaturePng())));
    }

    @Test
    void aCaptureWithTwoDocumentsIsSavedWithItsAttentionInOneTransaction() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            CaptureService service = new CaptureService(db, new AttentionService(db, Clock.systemUTC()), Clock.systemUTC());
            List<ChosenDocument> docs = twoDocuments();
            Attention a = service.save(CaptureSamples.visit(), SIS, PENDING, "es", CATALOG.version(),
                    CaptureSamples.sisAnswers(), docs);

            assertEquals(Channel.CAPTURE, db.attentions().find(a.id()).orElseThrow().servedVia().channel());
            assertEquals(CATALOG.version(), a.servedVia().catalogVersion());
            Capture c = db.captures().ofAttention(a.id()).get(0);
            assertEquals("sis-afiliacion/1", c.formId());
            Map<String, String> answers = CaptureKind.answers(c);
            assertEquals("1990-03-15", answers.get("nacimiento"), "kept in canonical form");
            assertEquals("987654321", answers.get("telefono"));
            assertEquals(9, answers.size());

            List<Attachment> rows = db.attachments().ofCapture(c.id());
            assertEquals(2, rows.size());
            Path folder = db.attachmentsFolder();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
            for (Attachment row : rows) {
                // Issue 15: the file on disk is sealed; the store opens it to the document's own bytes.
                assertTrue(pe.macexpress.desk.store.SealedDocuments.isSealed(folder.resolve(row.file())));
                byte[] bytes = db.documents().read(folder.resolve(row.file()));
                assertEquals(row.size(), bytes.length);
                assertEquals(row.sha256(), DocumentImages.sha256(bytes), "SHA-256 of the file's bytes");
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(row.file()))));
            }
            assertEquals(List.of("image/jpeg", "image/png"), rows.stream().map(Attachment::mediaType).toList());
            assertEquals(1L, Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'capture'"));
            assertEquals(1L, Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'attention'"));
        }
    }

    @Test
    void whenTheDatabaseRefusesTheTransactionNoRowAndNoFileRemain() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            CaptureService service = new CaptureService(db, new AttentionService(db, Clock.systemUTC()), Clock.systemUTC());
            // The attachment insert fails inside the transaction, after the attention and the capture were written.
            Sql.execute(db, "CREATE TRIGGER refuse BEFORE INSERT ON attachment BEGIN SELECT RAISE(ABORT, 'disk says no'); END");

            assertThrows(StoreException.class, () -> service.save(CaptureSamples.visit(), SIS, PENDING, "es",
                    CATALOG.version(), CaptureSamples.sisAnswers(), twoDocuments()));

            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM attention"));
            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM capture"));
            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM attachment"));
            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM outbox"));
            try (var left = Files.list(db.attachmentsFolder())) {
                assertEquals(List.of(), left.toList(), "no orphan document file");
            }

            // The same capture saves once the cause is gone: nothing typed is lost.
            Sql.execute(db, "DROP TRIGGER refuse");
            service.save(CaptureSamples.visit(), SIS, PENDING, "es", CATALOG.version(), CaptureSamples.sisAnswers(),
                    twoDocuments());
            try (var left = Files.list(db.attachmentsFolder())) {
                assertEquals(2, left.count());
            }
        }
    }

    @Test
    void whatTheScreenShouldHaveRefusedIsRefusedHereWithoutTheValue() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            CaptureService service = new CaptureService(db, new AttentionService(db, Clock.systemUTC()), Clock.systemUTC());
            Map<String, String> answers = new java.util.LinkedHashMap<>(CaptureSamples.sisAnswers());
            answers.put("telefono", "12345");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> service.save(
                    CaptureSamples.visit(), SIS, PENDING, "es", CATALOG.version(), answers, twoDocuments()));
            assertTrue(e.getMessage().contains("capture.error.phone") && !e.getMessage().contains("12345"), e.getMessage());
            // The receipt photo is required.
            assertThrows(IllegalArgumentException.class, () -> service.save(CaptureSamples.visit(), SIS, PENDING, "es",
                    CATALOG.version(), CaptureSamples.sisAnswers(), List.of()));
            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM attention"));
        }
    }

    @Test
    void theCaptureReachesTheReferenceCentralAsARecordOfItsOwnKind() throws Exception {
        try (SandboxServer sandbox = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null);
             Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            String token = sandbox.central().enroll(sandbox.central().issueCode(), "WS-CAPTURE").orElseThrow();
            CaptureService service = new CaptureService(db, new AttentionService(db, Clock.systemUTC()), Clock.systemUTC());
            Attention a = service.save(CaptureSamples.visit(), SIS, PENDING, "qu", CATALOG.version(),
                    CaptureSamples.sisAnswers(), twoDocuments());
            Capture c = db.captures().ofAttention(a.id()).get(0);
            List<Attachment> rows = db.attachments().ofCapture(c.id());

            SyncConfig config = SyncConfig.defaults();
            SyncResult result = new SyncEngine(db, DeskContext.recordKinds(db),
                    new CentralClient(new OkHttpClient(), new Central(sandbox.baseUrl(), token), config), config,
                    Clock.systemUTC()).run(null);

            assertEquals(SyncOutcome.DRAINED, result.outcome(), result.summaryLine());
            assertEquals(2, result.accepted(), "the attention and the capture");
            JsonNode held = Wire.mapper().readTree(sandbox.central().body(c.id().toString()).orElseThrow());
            assertEquals(a.id().toString(), held.get("at").asText());
            assertEquals("sis-afiliacion/1", held.get("f").asText());
            assertEquals("080101", held.get("an").get("ubigeo").asText());
            assertEquals(2, held.get("d").size());
            for (int i = 0; i < 2; i++) {
                assertEquals(rows.get(i).sha256(), held.get("d").get(i).get("sh").asText());
                assertEquals(rows.get(i).size(), held.get("d").get(i).get("sz").asLong());
                assertEquals(rows.get(i).fieldId(), held.get("d").get(i).get("fi").asText());
            }
            assertEquals(1L, sandbox.central().countsByKind().get("capture"));
            // The same run carried the two documents after the records: the central holds identical bytes.
            for (Attachment doc : rows) {
                java.nio.file.Path held2 = sandbox.centralApi().attachmentFile(doc.id().toString()).orElseThrow(
                        () -> new AssertionError("the central holds " + doc));
                org.junit.jupiter.api.Assertions.assertArrayEquals(
                        db.documents().read(db.attachmentsFolder().resolve(doc.file())),
                        java.nio.file.Files.readAllBytes(held2), "identical bytes of " + doc.fieldId());
                assertEquals(pe.macexpress.desk.store.AttachmentState.SENT,
                        db.attachments().find(doc.id()).orElseThrow().state());
            }
        }
    }
}
