package pe.macexpress.desk.cli;

import pe.macexpress.desk.testing.SyncSamples;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.config.ConfigKeys;
import pe.macexpress.desk.config.DeskSettings;
import pe.macexpress.desk.sandbox.SandboxServer;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.store.InstanceLock;
import pe.macexpress.desk.testing.DeskCli;
import pe.macexpress.desk.testing.DeskCli.Result;

/** {@code enroll} then {@code sync}: the summary line and the exit codes 0, 3, 4 and 5. */
class SyncCommandTest {
    private static final String SUMMARY =
            "sent=\\d+ accepted=\\d+ duplicate=\\d+ rejected=\\d+ conflict=\\d+ pending=\\d+ requests=\\d+ bytes=\\d+";

    @TempDir
    Path home;

    private Result run(String... args) {
        return DeskCli.run(home, args);
    }

    private void save(long from, int n, boolean unknownProcedure) {
        DeskSettings s = DeskSettings.load(home);
        try (Store db = Store.open(s.databaseFile(), Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            for (long i = from; i < from + n; i++) {
                store.save(unknownProcedure ? SyncSamples.withUnknownProcedure(i) : SyncSamples.of(i));
            }
        }
    }

    @Test
    void enrollThenSyncExitCodes() throws Exception {
        Files.writeString(home.resolve(DeskSettings.FILE_NAME), "mode=production\nworkstation.id=PIAS-NAPO-01\n"
                + "sync.maxAttempts=2\nsync.backoffBaseMs=5\nsync.connectTimeoutMs=500\nsync.readTimeoutMs=2000\n");
        try (SandboxServer central = SandboxServer.start(InetAddress.getLoopbackAddress(), 0, null)) {
            central.central().addCode("7777-1111");
            Result enroll = DeskCli.asSupervisor(home, "enroll", "--server", central.baseUrl(), "--code", "7777-1111");
            assertEquals(0, enroll.code(), enroll.out() + enroll.err());
            String token = DeskSettings.load(home).get(ConfigKeys.SYNC_TOKEN);
            assertFalse(token.isEmpty());
            assertFalse(enroll.out().contains(token), "the token never shows");

            save(1, 250, false);
            Result sync = run("sync");
            assertEquals(0, sync.code(), sync.out() + sync.err());
            assertTrue(sync.last().matches(SUMMARY), sync.last());
            // 250 attentions and three audit chain rows (issue 15): the supervisor's authorization, and the
            // enrollment's attempt and result.
            assertTrue(sync.last().startsWith("sent=253 accepted=253 duplicate=0 rejected=0 conflict=0 pending=0 "),
                    sync.last());
            for (String name : new String[] {"QUISPE", "HUAMAN", "PIZANGO", "APAZA", "CHOQUEHUANCA", token}) {
                assertFalse(sync.out().contains(name), "output shows " + name);
            }

            save(1000, 1, true);
            Result quarantined = run("sync");
            assertEquals(4, quarantined.code(), quarantined.out());
            // The refused attention, and what the audit chain wrote since (issue 15: the day's purge after a sync).
            assertTrue(quarantined.last().matches("sent=(\\d+) accepted=\\d+ duplicate=0 rejected=1 conflict=0 pending=1 .*"),
                    quarantined.last());

            try (InstanceLock lock = InstanceLock.acquire(DeskSettings.load(home).dataFolder())) {
                Result busy = run("sync");
                assertEquals(5, busy.code(), "in use, not unreachable (3)");
                assertTrue(busy.err().contains("en uso"), busy.err());
            }
        }
        save(2000, 3, false);
        Result offline = run("sync");
        assertEquals(3, offline.code(), offline.out());
        assertTrue(offline.last().matches(SUMMARY), offline.last());
        assertTrue(offline.last().contains("pending=4 "), offline.last());
    }
}
