package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.DniCheck;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * Issue 15, finding "Retention": after a purge {@code strings desk.db} still found 30/30 DNIs, and
 * identity_audit, identity_cache, identity_flag, sync_inbox, backups and aside copies were never
 * purged. Here 30 citizens are purged and then every file of the data folder is read as bytes.
 */
class PurgeEverywhereTest {
    private static final Duration PERIOD = Duration.ofDays(90);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** A citizen with a DNI and a name no other test data contains (so a hit is this citizen). */
    private record Citizen(String dni, String name) {
        Document document() {
            return new Document(DocumentType.DNI, dni, String.valueOf(DniCheck.digit(dni)));
        }
    }

    private static Citizen citizen(int i) {
        String dni = String.format("7391%04d", i);
        return new Citizen(dni, "ZAQUIRA" + (char) ('A' + i % 26) + (char) ('A' + i / 26) + " TESTQUISPE");
    }

    private static Attention attention(Citizen c, long seed, Instant end) {
        Attention a = SampleAttentions.of(seed, end.minusSeconds(600));
        return new Attention(a.id(), a.code(), a.visitId(), a.advisorId(), a.pointId(),
                new Document(DocumentType.DNI, c.dni(), String.valueOf(DniCheck.digit(c.dni()))), c.name(),
                a.verification(), a.verificationCode(), a.procedureId(),
                new Outcome(OutcomeType.DERIVADO, "Llamar a " + c.name()), a.language(), a.startedAt(), end);
    }

    /** Everything a desk keeps about one citizen: attention, identity query, cache entry, flag, an inbox message. */
    private static void seed(Store db, Attention a, Citizen c, Instant at, boolean flagResolved) {
        db.attentions().save(a);
        db.identityAudit().record(new IdentityAuditRow(0, at, "ADV-1", "WS-1", a.id().toString(),
                a.document(), "reniec", "VERIFIED", "0000", false, 120, ""));
        db.identityCache().put(new CachedIdentity(a.document(), "VERIFIED", "0000", c.name(), "TESTQUISPE", "",
                "", null, at));
        db.identityFlags().flag(a.id(), "NAMES_DIFFER", "0000", c.name(), at);
        if (flagResolved) {
            db.identityFlags().resolve(a.id(), "SUP-1", at);
        }
    }

    private static void acknowledgeAll(Store db) {
        List<OutboxEntry> batch = db.outbox().claim(1000, List.of());
        db.outbox().settle(batch.stream().map(e -> new OutboxSettlement(e.id(), "accepted", null, 1)).toList());
    }

    private static void inbox(Store db, long seq, Citizen c, Instant at) {
        db.write(tx -> {
            db.inbox().receive(tx, List.of(new InboxItem(seq, "message", "ref-" + seq,
                    "{\"text\":\"Mensaje para " + c.name() + " DNI " + c.dni() + "\"}", at)));
            db.inbox().processed(tx, seq, true, at.toEpochMilli());
            return null;
        });
    }

    /** Which of {@code needles} appear in any file under {@code root} (UTF-8 bytes), with the file. */
    private static List<String> found(Path root, List<String> needles) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (String n : needles) {
                    if (indexOf(bytes, n.getBytes(StandardCharsets.UTF_8)) >= 0) {
                        hits.add(n + " in " + root.relativize(f));
                    }
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void stringsFindsNoneOfThe30PurgedCitizensInAnyFileOfTheDataFolder() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        Path data = dir.resolve("data");
        Path dbFile = data.resolve("desk.db");
        BackupService backups = new BackupService(data.resolve("backups"), 7, clock);
        List<Citizen> purged = new ArrayList<>();
        List<String> needles = new ArrayList<>();
        Citizen young = citizen(500);
        Citizen unacknowledged = citizen(501);
        Attention youngAttention;
        Attention unacknowledgedAttention;
        try (Store db = Store.open(dbFile, clock)) {
            for (int i = 0; i < 30; i++) {
                Citizen c = citizen(i);
                purged.add(c);
                needles.add(c.dni());
                needles.add(c.name());
                seed(db, attention(c, i, clock.instant()), c, clock.instant(), true);
                inbox(db, i + 1, c, clock.instant());
            }
            acknowledgeAll(db);
            // Never acknowledged: it must stay whole, however old.
            unacknowledgedAttention = attention(unacknowledged, 501, clock.instant());
            db.attentions().save(unacknowledgedAttention);

            clock.advance(Duration.ofHours(1));
            backups.backupNow(db); // will be older than the period: deleted
            Path oldAside = data.resolve("desk-aside-" + STAMP.format(clock.instant()) + ".db");
            Files.copy(backups.list().get(0).file(), oldAside);

            clock.advance(Duration.ofDays(80));
            youngAttention = attention(young, 500, clock.instant());
            db.attentions().save(youngAttention);
            acknowledgeAll(db);
            backups.backupNow(db); // younger than the period: purged in place
            Files.copy(backups.list().get(0).file(), data.resolve("desk-aside-" + STAMP.format(clock.instant()) + ".db"),
                    StandardCopyOption.REPLACE_EXISTING);

            List<String> before = found(data, needles);
            // Without field encryption the finding reproduces: the citizens are in the database, its
            // backups and the aside copies (with it, in none; the assertion after the purge holds either way).
            System.out.println("before the purge: " + before.size() + " hits of " + needles.size() + " needles");

            clock.advance(Duration.ofDays(11));
            Retention.Report report = new Retention(db, backups, clock, PERIOD).run(Retention.SYSTEM_ACTOR);
            assertEquals(30, report.attentions());
            assertEquals(30, report.identityAudit());
            assertEquals(30, report.identityCache());
            assertEquals(60, report.identityFlags(), "30 names blanked, 30 rows deleted with their attentions");
            assertEquals(30, report.inbox());
            assertEquals(1, report.backupsDeleted());
            assertEquals(1, report.backupsPurged());
            assertEquals(1, report.asideDeleted());
            assertEquals(1, report.asidePurged());

            // Rows younger than the period, or never acknowledged, stay readable.
            assertEquals(youngAttention, db.attentions().find(youngAttention.id()).orElseThrow());
            assertEquals(unacknowledgedAttention, db.attentions().find(unacknowledgedAttention.id()).orElseThrow());

            // The audit chain has the run, with counts only.
            List<AuditChainStore.Entry> runs = db.audit().after(0, 1000).stream()
                    .filter(e -> e.action().equals(AuditActions.PURGE_RUN)).toList();
            assertEquals(1, runs.size());
            assertTrue(runs.get(0).detail().contains("attentions=30"), runs.get(0).detail());
            assertTrue(db.audit().verify().intact());
        }
        List<String> after = found(data, needles);
        assertEquals(List.of(), after, "purged citizens still readable in the data folder's files");
        assertFalse(Files.exists(data.resolve("desk.db-wal")) && Files.size(data.resolve("desk.db-wal")) > 0,
                "the WAL keeps no frames");
    }

    @Test
    void afterThePurgeTheWalIsEmptyAndNoFreePageIsLeftEvenWhileTheStoreIsOpen() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        Path dbFile = dir.resolve("desk.db");
        List<String> needles = new ArrayList<>();
        try (Store db = Store.open(dbFile, clock)) {
            for (int i = 0; i < 30; i++) {
                Citizen c = citizen(i);
                needles.add(c.dni());
                needles.add(c.name());
                seed(db, attention(c, i, clock.instant()), c, clock.instant(), true);
            }
            acknowledgeAll(db);
            clock.advance(Duration.ofDays(91));
            new Retention(db, clock, PERIOD).purge();
            Path wal = dir.resolve("desk.db-wal");
            assertTrue(!Files.exists(wal) || Files.size(wal) == 0, "WAL truncated");
            db.database().read(c -> {
                assertEquals(0, SqliteFiles.scalar(c, "PRAGMA freelist_count"), "no free page keeps old cells");
                assertEquals(1, SqliteFiles.scalar(c, "PRAGMA secure_delete"));
                assertEquals(2, SqliteFiles.scalar(c, "PRAGMA auto_vacuum"), "incremental");
                return null;
            });
            assertEquals(List.of(), found(dir, needles), "while the store is still open");
        }
    }

    @Test
    void anExistingDatabaseWithoutAutoVacuumIsSwitchedByOneFullVacuumAtItsFirstPurge() throws Exception {
        Path dbFile = dir.resolve("desk.db");
        try (Connection c = SqliteFiles.connect(dbFile)) {
            Migrations.apply(c); // as an older release created it: auto_vacuum NONE
            assertEquals(0, SqliteFiles.scalar(c, "PRAGMA auto_vacuum"));
        }
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        try (Store db = Store.open(dbFile, clock)) {
            Retention retention = new Retention(db, clock, PERIOD);
            assertTrue(retention.run(Retention.SYSTEM_ACTOR).fullVacuum(), "first purge: one full VACUUM");
            assertFalse(retention.run(Retention.SYSTEM_ACTOR).fullVacuum(), "then incremental");
            assertEquals(2L, (long) db.database().read(c -> SqliteFiles.scalar(c, "PRAGMA auto_vacuum")));
        }
    }

    @Test
    void identityAuditCacheFlagsAndInboxKeepOnlyWhatIsYoungerThanThePeriodOrStillOpen() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            Citizen old = citizen(1);
            Citizen openFlag = citizen(2);
            Attention oldAttention = attention(old, 1, clock.instant());
            Attention openAttention = attention(openFlag, 2, clock.instant());
            seed(db, oldAttention, old, clock.instant(), true);
            seed(db, openAttention, openFlag, clock.instant(), false); // the supervisor has not looked yet
            inbox(db, 1, old, clock.instant());
            acknowledgeAll(db);

            clock.advance(Duration.ofDays(80));
            Citizen young = citizen(3);
            Attention youngAttention = attention(young, 3, clock.instant());
            seed(db, youngAttention, young, clock.instant(), true);
            inbox(db, 2, young, clock.instant());
            acknowledgeAll(db);
            db.write(tx -> {
                db.inbox().receive(tx, List.of(new InboxItem(3, "message", "ref-3", "{}", clock.instant())));
                return null;
            });

            clock.advance(Duration.ofDays(11));
            Retention.Report r = new Retention(db, clock, PERIOD).run(Retention.SYSTEM_ACTOR);

            // identity_audit: the old queries lose their document number; who, when and outcome stay.
            List<IdentityAuditRow> audit = db.identityAudit().recent(10);
            assertEquals(3, audit.size(), "audit rows are kept");
            assertEquals("", audit.stream().filter(a -> a.reference().equals(oldAttention.id().toString()))
                    .findFirst().orElseThrow().document().number());
            assertEquals(young.dni(), audit.stream().filter(a -> a.reference().equals(youngAttention.id().toString()))
                    .findFirst().orElseThrow().document().number(), "younger than the period: kept");
            assertEquals(2, r.identityAudit());

            // identity_cache: old entries deleted, young kept.
            assertTrue(db.identityCache().lookup(old.document(), Instant.EPOCH).isEmpty());
            assertTrue(db.identityCache().lookup(young.document(), Instant.EPOCH).isPresent());

            // identity_flag: an open flag keeps its attention whole; the resolved old one goes with its attention.
            assertEquals(openFlag.name(), db.attentions().find(openAttention.id()).orElseThrow().citizenNames());
            assertEquals(1, db.identityFlags().openCount());
            assertEquals("", db.attentions().find(oldAttention.id()).orElseThrow().citizenNames());
            assertEquals(0L, (long) db.database().read(c -> SqliteFiles.scalar(c,
                    "SELECT count(*) FROM identity_flag WHERE attention_id = '" + oldAttention.id() + "'")),
                    "the old flag row is deleted");
            assertTrue(db.identityFlags().pending(10).stream().noneMatch(p -> p.attentionId().equals(oldAttention.id())),
                    "a purged attention is never re-verified");

            // sync_inbox: processed 91 days ago deleted; processed 11 days ago and unprocessed kept.
            assertEquals(1, r.inbox());
            assertEquals(1, db.inbox().count("done"));
            assertEquals(1, db.inbox().count("new"));
        }
    }

    @Test
    void aDocumentFileNoRowNamesIsDeletedOnceADayOldNotBefore() throws Exception {
        MutableClock clock = new MutableClock(Instant.now());
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            Path folder = Files.createDirectories(db.attachmentsFolder());
            Path crashLeftover = Files.writeString(folder.resolve(UUID.randomUUID() + ".tmp"), "DNI 73919999");
            Path beingWritten = Files.writeString(folder.resolve(UUID.randomUUID() + ".jpg"), "DNI 73919998");
            Files.setLastModifiedTime(crashLeftover, java.nio.file.attribute.FileTime.from(
                    clock.instant().minus(Duration.ofDays(2))));
            Retention.Report r = new Retention(db, clock, PERIOD).run(Retention.SYSTEM_ACTOR);
            assertEquals(1, r.documents());
            assertFalse(Files.exists(crashLeftover), "a crash's leftover document is not kept forever");
            assertTrue(Files.exists(beingWritten), "a file written moments ago may be about to get its row");
        }
    }

    @Test
    void whenEveryBackupIsOlderThanThePeriodTheyGoAndAFreshPurgedOneTakesTheirPlace() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        Path data = dir.resolve("data");
        BackupService backups = new BackupService(data.resolve("backups"), 7, clock);
        Citizen c = citizen(7);
        try (Store db = Store.open(data.resolve("desk.db"), clock)) {
            seed(db, attention(c, 7, clock.instant()), c, clock.instant(), true);
            acknowledgeAll(db);
            clock.advance(Duration.ofHours(1));
            backups.backupNow(db);
            clock.advance(Duration.ofDays(1));
            backups.backupNow(db);
            clock.advance(Duration.ofDays(100));
            Retention.Report r = new Retention(db, backups, clock, PERIOD).run(Retention.SYSTEM_ACTOR);
            assertEquals(2, r.backupsDeleted());
            List<Backup> left = backups.list();
            assertEquals(1, left.size(), "the desk is never left without a backup");
            assertEquals(clock.instant().getEpochSecond(), left.get(0).takenAt().getEpochSecond());
        }
        assertEquals(List.of(), found(data, List.of(c.dni(), c.name())));
    }

    @Test
    void aDamagedAsideCopyWaitsUntilItIsOlderThanThePeriodThenGoes() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        Path data = dir.resolve("data");
        try (Store db = Store.open(data.resolve("desk.db"), clock)) {
            Path damaged = data.resolve("desk-aside-" + STAMP.format(clock.instant()) + ".db");
            Files.writeString(damaged, "SQLite format 3\0 damaged ... DNI 73915555");
            Retention retention = new Retention(db, clock, PERIOD);
            Retention.Report young = retention.run(Retention.SYSTEM_ACTOR);
            assertEquals(0, young.asidePurged() + young.asideDeleted());
            assertTrue(Files.exists(damaged), "cannot be purged inside: kept while younger than the period");
            clock.advance(PERIOD.plusMinutes(1));
            assertEquals(1, retention.run(Retention.SYSTEM_ACTOR).asideDeleted());
            assertFalse(Files.exists(damaged));
        }
    }
}
