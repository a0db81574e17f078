package pe.macexpress.desk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.security.AuditActions;
import pe.macexpress.desk.store.AuditChainStore;
import pe.macexpress.desk.store.Retention;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;

/**
 * Issue 15, finding "Retention runs only when the app opens": the counter app purges at start and
 * again when the day changes while it stays open; each run is one audit row (counts, no names).
 */
class DailyPurgeTest {
    @TempDir
    Path dir;

    private static List<AuditChainStore.Entry> runs(Store store) {
        return store.audit().after(0, 1000).stream().filter(e -> e.action().equals(AuditActions.PURGE_RUN)).toList();
    }

    @Test
    void aDeskLeftOpenPurgesAgainWhenTheDayChangesAndOnlyOnceADay() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T23:00:00Z"));
        try (Store store = Store.open(dir.resolve("desk.db"), clock)) {
            DailyPurge daily = new DailyPurge(new Retention(store, clock, Retention.DEFAULT_PERIOD));
            assertTrue(daily.check().isPresent(), "first check of the day runs");
            clock.advance(Duration.ofMinutes(30));
            assertTrue(daily.check().isEmpty(), "same day: not again");
            clock.advance(Duration.ofMinutes(45)); // 00:15 the next day
            assertTrue(daily.check().isPresent(), "the day changed while the desk stayed open");
            assertTrue(new DailyPurge(new Retention(store, clock, Retention.DEFAULT_PERIOD)).check().isEmpty(),
                    "the last run is kept in the database: a restart or the scheduled sync does not repeat it");
            List<AuditChainStore.Entry> runs = runs(store);
            assertEquals(2, runs.size());
            assertEquals(Retention.SYSTEM_ACTOR, runs.get(0).actor());
            assertTrue(runs.get(0).detail().startsWith("attentions=0 "), runs.get(0).detail());
        }
    }

    @Test
    void openingTheDeskPurgesEverythingBeforeAnyScreenBeyondSignIn() {
        DeskSettings settings = DeskSettings.load(dir);
        DeskContext ctx = DeskContext.openForSignIn(settings, Clock.systemUTC());
        try {
            // The sign-in screen shows no citizen's data: the purge runs behind it, off its start-up path,
            // and the screens beyond it are built only once it is done (ready()).
            assertEquals(0, runs(ctx.store()).size(), "not on the sign-in screen's path");
            // What the sign-in screen's first frame lists, read with the folder (off the FX thread).
            assertEquals(ctx.signIn().advisors(), ctx.advisorsAtOpen().orElseThrow());
            ctx.buildRest();
            ctx.ready().join();
            assertEquals(1, runs(ctx.store()).size(), "one purge at start, audited, before the rest is ready");
            ctx.buildRest();
            assertEquals(1, runs(ctx.store()).size(), "once per start");
            assertTrue(ctx.store().audit().verify().intact());
        } finally {
            ctx.close();
        }
    }
}
