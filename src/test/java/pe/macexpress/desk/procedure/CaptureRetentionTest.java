package pe.macexpress.desk.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.store.Attachment;
import pe.macexpress.desk.store.AttachmentState;
import pe.macexpress.desk.store.Capture;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.CaptureSamples;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.TestCatalogs;

/**
 * A capture's answers and document files are personal data: retention blanks and deletes them once
 * the central acknowledged the record and holds every document, the period after; not before.
 */
class CaptureRetentionTest {
    private static final Procedure SIS = TestCatalogs.channels().find("sis-afiliacion").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void answersAndFilesGoOnlyOnceTheRecordAndItsDocumentsReachedTheCentral() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            CaptureService service = new CaptureService(db, new AttentionService(db, clock), clock);
            Attention a = service.save(CaptureSamples.visit(clock.instant()), SIS, new Outcome(OutcomeType.PENDIENTE, "SIS"), "es", "t",
                    CaptureSamples.sisAnswers(), List.of(
                            new ChosenDocument("recibo", DocumentImages.photo(CaptureSamples.image(800, 600, "png", 3))),
                            new ChosenDocument("firma", DocumentImages.signature(CaptureSamples.signaturePng()))));
            Capture c = db.captures().ofAttention(a.id()).get(0);
            List<Attachment> docs = db.attachments().ofCapture(c.id());
            Retention retention = new Retention(db, clock, Duration.ofDays(90));

            clock.advance(Duration.ofHours(1));
            List<OutboxEntry> batch = db.outbox().claim(10, List.of());
            db.outbox().settle(batch.stream().map(e -> new OutboxSettlement(e.id(), "accepted", null, 1)).toList());
            db.attachments().markSent(docs.get(0).id());
            // Its case (pendiente) is closed and the closure acknowledged: nothing keeps the attention.
            new pe.macexpress.desk.cases.CaseService(db, clock).close(a.id(), pe.macexpress.desk.core.CaseAnswer.ENTREGADO,
                    "", "ADV-1");
            db.outbox().settle(db.outbox().claim(10, List.of()).stream()
                    .map(e -> new OutboxSettlement(e.id(), "accepted", null, 1)).toList());

            clock.advance(Duration.ofDays(91));
            assertEquals(1, retention.purge(), "the attention goes");
            assertEquals(c.answersJson(), db.captures().find(c.id()).orElseThrow().answersJson(),
                    "one document has not reached the central yet: the capture stays whole");
            assertTrue(Files.exists(db.attachmentsFolder().resolve(docs.get(0).file())));

            db.attachments().markSent(docs.get(1).id());
            retention.purge();
            assertEquals("{}", db.captures().find(c.id()).orElseThrow().answersJson());
            for (Attachment d : docs) {
                Attachment after = db.attachments().find(d.id()).orElseThrow();
                assertEquals(AttachmentState.PURGED, after.state());
                assertEquals(d.sha256(), after.sha256(), "size and hash stay for the record");
                assertFalse(Files.exists(db.attachmentsFolder().resolve(d.file())), "the file is gone");
            }
            assertTrue(db.captures().findRetained(List.of(c.id())).isEmpty(), "a purged capture is never sent again");
        }
    }
}
