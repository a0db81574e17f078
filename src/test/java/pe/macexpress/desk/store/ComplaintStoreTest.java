package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.testing.SampleComplaints;

/** The Libro de Reclamaciones' store: numbers, restores, answers as revisions, retention. */
class ComplaintStoreTest {
    private static final String POINT = "TAMBO-DEMO-01";
    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @TempDir
    Path dir;

    private static Complaint file(Store db) {
        return db.complaints().file(SampleComplaints.filing("qu"), POINT, Instant.parse("2026-12-02T15:00:00Z"),
                LocalDate.parse("2026-12-23"), LIMA);
    }

    @Test
    void numbersFollowEachOtherAndAreQueuedWithTheirRow() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            Complaint first = file(db);
            Complaint second = file(db);
            assertEquals("TAMBO-DEMO-01-2026-000001", first.number().text());
            assertEquals("TAMBO-DEMO-01-2026-000002", second.number().text());
            assertEquals(2, Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'complaint' AND change = 'created'"));
            Complaint read = db.complaints().findByNumber("TAMBO-DEMO-01-2026-000002").orElseThrow();
            assertEquals(second.id(), read.id());
            assertEquals("qu", read.filing().language());
            assertEquals("ROSA QUISPE MAMANI", read.filing().names());
            assertTrue(read.open());
            assertEquals(2L, db.complaints().highestIssued(POINT));
            assertTrue(Files.readString(db.complaints().highWaterFile()).contains(POINT + " 2"));
        }
    }

    @Test
    void aFilingWithProblemsIsNeverStored() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            ComplaintFiling f = SampleComplaints.filing("es");
            ComplaintFiling noFacts = new ComplaintFiling(f.visitId(), f.advisorId(), f.documentType(), f.documentNumber(),
                    f.names(), f.address(), f.phone(), f.email(), f.replyVia(), f.minor(), "", "", " ", f.request(),
                    f.action(), "es", f.confirmation());
            assertEquals(List.of(ComplaintFiling.Problem.FACTS_REQUIRED), noFacts.problems());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> db.complaints().file(noFacts,
                    POINT, Instant.now(), LocalDate.now(), LIMA));
            assertFalse(e.getMessage().contains("QUISPE"), "no personal data in the message");
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM complaint"));
            assertFalse(f.toString().contains("QUISPE") || f.toString().contains("40123456"));
        }
    }

    @Test
    void aRestoredOlderBackupNeverReissuesANumberAndShowsTheGap() throws Exception {
        Path file = dir.resolve("desk.db");
        BackupService backups = new BackupService(dir.resolve("backups"), 7, Clock.systemUTC());
        Backup older;
        try (Store db = Store.open(file, Clock.systemUTC())) {
            file(db);
            file(db);
            file(db);
            older = backups.backupNow(db);
            file(db);
            file(db);
        }
        backups.restore(older.file(), file);
        try (Store db = Store.open(file, Clock.systemUTC())) {
            assertEquals(3, Sql.number(db, "SELECT max(seq) FROM complaint"), "the backup knew 3");
            assertEquals(1, db.complaints().missingNumbers(POINT).size());
            assertArrayEquals(new long[] {4, 5}, db.complaints().missingNumbers(POINT).get(0),
                    "the complaints lost with the restore are shown");
            Complaint next = file(db);
            assertEquals(6, next.number().sequence(), "above the highest ever issued");
            assertArrayEquals(new long[] {4, 5}, db.complaints().missingNumbers(POINT).get(0), "still shown");
        }
    }

    @Test
    void aMarkThatCannotBeWrittenDoesNotFailTheFilingAndTheNextOneCatchesUp() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            Path blocker = db.complaints().highWaterFile().resolveSibling(ComplaintStore.HIGH_WATER_FILE + ".part");
            Files.createDirectories(blocker.resolve("x"));
            Complaint first = file(db);
            assertEquals(1, first.number().sequence(), "filed all the same: a retry would duplicate it");
            assertTrue(db.complaints().highWaterFailed());
            assertFalse(Files.exists(db.complaints().highWaterFile()));
            Files.delete(blocker.resolve("x"));
            Files.delete(blocker);
            file(db);
            assertFalse(db.complaints().highWaterFailed());
            assertTrue(Files.readString(db.complaints().highWaterFile()).contains(POINT + " 2"));
        }
    }

    @Test
    void anAnswerClosesItAndQueuesItsNextRevisionOnce() {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            Complaint c = file(db);
            Complaint.Answer answer = new Complaint.Answer(LocalDate.parse("2026-12-10"), Complaint.AnswerVia.EMAIL,
                    "Se respondió con disculpas.", "SUP-1", Instant.parse("2026-12-10T15:00:00Z"));
            assertTrue(db.complaints().answer(c.id(), answer));
            assertFalse(db.complaints().answer(c.id(), answer), "answered once");
            Complaint read = db.complaints().find(c.id()).orElseThrow();
            assertFalse(read.open());
            assertEquals(2, read.revision());
            assertEquals(Complaint.AnswerVia.EMAIL, read.answer().via());
            assertEquals(1, Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'complaint' AND change = 'changed'"));
            assertEquals(0, db.complaints().list(true).size());
            assertEquals(1, db.complaints().list(false).size());
        }
    }

    @Test
    void retentionBlanksOnlyAnsweredAndAcknowledgedComplaints() {
        Instant now = Instant.parse("2026-12-02T15:00:00Z");
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            Complaint answered = file(db);
            Complaint open = file(db);
            db.complaints().answer(answered.id(), new Complaint.Answer(LocalDate.parse("2026-12-02"),
                    Complaint.AnswerVia.LETTER, "Respuesta enviada.", "SUP-1", now));
            Sql.execute(db, "UPDATE outbox SET state = 'acknowledged', updated_at = " + now.toEpochMilli());
            Clock later = Clock.fixed(now.plus(Duration.ofDays(91)), ZoneOffset.UTC);
            new Retention(db, later, Duration.ofDays(90)).purge();
            Complaint purged = db.complaints().find(answered.id()).orElseThrow();
            assertTrue(purged.purged());
            assertEquals("", purged.filing().names());
            assertEquals("", purged.filing().documentNumber());
            assertEquals("", purged.filing().email());
            assertEquals("", purged.filing().facts());
            assertEquals(answered.number(), purged.number(), "the book keeps its number");
            Complaint kept = db.complaints().find(open.id()).orElseThrow();
            assertFalse(kept.purged(), "an open complaint is kept whole");
            assertEquals("ROSA QUISPE MAMANI", kept.filing().names());
        }
    }
}
