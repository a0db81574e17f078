package pe.macexpress.desk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.OutboxEntry;
import pe.macexpress.desk.store.OutboxSettlement;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.SampleAttentions;

/**
 * Issue 15, finding "Retention ... only when the app opens" (support had no way to purge now) and
 * "{@code retention.days=-5} silently means 0": {@code purge} purges, says what in counts only, in
 * the command line's language, and is an audit row; a bad period stops it before it touches anything.
 */
class PurgeCommandTest {
    @TempDir
    Path home;

    /** Three attentions acknowledged 100 days ago, as if the desk had run then. */
    private List<Attention> seedOld() {
        MutableClock clock = new MutableClock(Instant.now().minus(Duration.ofDays(100)));
        List<Attention> saved = List.of(SampleAttentions.of(1, clock.instant()), SampleAttentions.of(2, clock.instant()),
                SampleAttentions.of(3, clock.instant()));
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), clock)) {
            saved.forEach(db.attentions()::save);
            clock.advance(Duration.ofHours(1));
            List<OutboxEntry> batch = db.outbox().claim(100, List.of());
            db.outbox().settle(batch.stream().map(e -> new OutboxSettlement(e.id(), "accepted", null, 1)).toList());
        }
        return saved;
    }

    @Test
    void purgePrintsWhatItPurgedInCountsOnlyAndIsAudited() {
        List<Attention> old = seedOld();
        DeskCli.Result r = DeskCli.run(home, "purge");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Depuración hecha (plazo: 90 días"), r.out());
        assertTrue(r.out().contains("registros: 3 atenciones"), r.out());
        assertTrue(r.out().contains("copias de seguridad depuradas"), r.out());
        for (Attention a : old) {
            assertFalse(r.out().contains(a.document().number()), "no document number in the output");
        }
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), java.time.Clock.systemUTC())) {
            for (Attention a : old) {
                assertEquals("", db.attentions().find(a.id()).orElseThrow().citizenNames());
            }
            List<AuditChainStore.Entry> runs = db.audit().after(0, 100).stream()
                    .filter(e -> e.action().equals(AuditActions.PURGE_RUN)).toList();
            assertEquals(1, runs.size());
            assertTrue(runs.get(0).actor().startsWith("cli:"), runs.get(0).actor());
            assertTrue(runs.get(0).detail().contains("attentions=3"), runs.get(0).detail());
            assertTrue(db.audit().verify().intact());
        }

        DeskCli.Result qu = DeskCli.run(home, "--lang", "qu", "purge");
        assertEquals(0, qu.code(), qu.err());
        assertTrue(qu.out().contains("Pichasqa (90 p'unchaw"), qu.out());
        assertTrue(qu.out().contains("0 atencionkuna"), qu.out());
    }

    @Test
    void purgeWithRetentionDaysMinusFiveIsRefusedAndTouchesNothing() throws Exception {
        List<Attention> old = seedOld();
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "retention.days=-5\n", StandardCharsets.UTF_8);
        DeskCli.Result r = DeskCli.run(home, "purge");
        assertEquals(6, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("retention.days") && r.err().contains("de 1 a 3650"), r.err());
        Files.delete(home.resolve(DeskSettings.FILE_NAME));
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), java.time.Clock.systemUTC())) {
            assertEquals(old.get(0).citizenNames(), db.attentions().find(old.get(0).id()).orElseThrow().citizenNames(),
                    "a refused period purges nothing (it is never read as 0)");
        }
    }

    @Test
    void theScheduledSyncRunsTheDaysPurgeWhenTheAppDidNot() {
        List<Attention> old = seedOld();
        DeskCli.Result r = DeskCli.run(home, "sync");
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), java.time.Clock.systemUTC())) {
            assertEquals("", db.attentions().find(old.get(0).id()).orElseThrow().citizenNames(), r.out() + r.err());
            assertEquals(1, db.audit().after(0, 100).stream()
                    .filter(e -> e.action().equals(AuditActions.PURGE_RUN)).count());
        }
        DeskCli.run(home, "sync");
        try (Store db = Store.open(DeskSettings.load(home).databaseFile(), java.time.Clock.systemUTC())) {
            assertEquals(1, db.audit().after(0, 100).stream()
                    .filter(e -> e.action().equals(AuditActions.PURGE_RUN)).count(), "once a day");
        }
    }
}
