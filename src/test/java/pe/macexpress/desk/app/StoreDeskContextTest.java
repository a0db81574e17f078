package pe.macexpress.desk.app;

import pe.macexpress.desk.store.BackupService;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.store.OutboxCounts;
import pe.macexpress.desk.store.StoreException;
import pe.macexpress.desk.testing.SampleAttentions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.config.DeskSettings;

/** What the application does with the store when it opens and closes. */
class StoreDeskContextTest {
    @TempDir
    Path home;

    @Test
    void openResetsInFlightEntriesCloseBacksUpAndADamagedFileIsRefused() throws Exception {
        DeskSettings settings = DeskSettings.load(home);
        try (DeskContext ctx = DeskContext.open(settings, Clock.systemUTC())) {
            ctx.attentions().save(SampleAttentions.of(1));
            // The attention, and the audit rows of what opening did (issue 15: the day's purge), all in flight.
            var claimed = ctx.outbox().claim(10, List.of());
            assertEquals(1, claimed.stream().filter(e -> e.kind().equals("attention")).count());
            assertEquals(ctx.store().audit().verify().rows() + 1, claimed.size());
        }
        BackupService backups = BackupService.of(settings, Clock.systemUTC());
        assertEquals(1, backups.list().size(), "the day's backup was taken at close");
        assertTrue(backups.list().get(0).automatic());

        try (DeskContext ctx = DeskContext.open(settings, Clock.systemUTC())) {
            // The attention, back to pending, and the backups' audit chain rows (issue 15), queued with them.
            assertEquals(new OutboxCounts(1 + (int) ctx.store().audit().verify().rows(), 0, 0, 0), ctx.outbox().counts(),
                    "nothing stays 'sending'");
            assertTrue(ctx.backupProblem().isEmpty());
        }

        Files.writeString(settings.databaseFile(), "dañado");
        byte[] damaged = Files.readAllBytes(settings.databaseFile());
        StoreException e = assertThrows(StoreException.class, () -> DeskContext.open(settings, Clock.systemUTC()));
        assertEquals(StoreException.Kind.CORRUPT, e.kind());
        assertArrayEquals(damaged, Files.readAllBytes(settings.databaseFile()));
        InstanceLock.acquire(settings.dataFolder()).close(); // the failed open released the lock
    }
}
