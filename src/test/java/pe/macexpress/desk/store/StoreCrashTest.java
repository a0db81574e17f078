package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;

/**
 * Crash safety, proven with SIGKILL: a child JVM saves attentions in a loop and prints each one
 * after its commit returned; it is killed at random moments (some during start-up, most in the
 * middle of writing) and the same database is reopened each time.
 */
class StoreCrashTest {
    private static final int KILLS = 24;

    @TempDir
    Path dir;

    @Test
    void everyConfirmedAttentionSurvivesSigkillWithItsOutboxEntry() throws Exception {
        Path file = dir.resolve("data").resolve("desk.db");
        Random random = new Random();
        Set<Long> confirmed = new HashSet<>();
        int killsWhileWriting = 0;
        for (int round = 0; round < KILLS; round++) {
            long firstSeed = round * 1_000_000L;
            try (ChildJvm child = ChildJvm.start(CrashWriter.class, file.toString(), String.valueOf(firstSeed))) {
                if (round % 6 == 5) {
                    Thread.sleep(random.nextInt(600)); // somewhere in start-up, WAL recovery or the first saves
                } else {
                    // "ready" and the first save: from here on every moment is in the middle of writing.
                    assertTrue(child.awaitLines(2, 30_000), "child did not start saving");
                    Thread.sleep(random.nextInt(200));
                }
                boolean wasWriting = child.alive() && child.lines().size() > 1;
                child.kill();
                if (wasWriting) {
                    killsWhileWriting++;
                }
                for (String line : child.lines()) {
                    if (!line.equals("ready")) {
                        confirmed.add(Long.parseLong(line));
                    }
                }
            }
            verify(file, confirmed, round + 1);
        }
        System.out.printf("StoreCrashTest: %d kills (%d while writing), %d confirmed attentions all intact%n",
                KILLS, killsWhileWriting, confirmed.size());
        assertTrue(killsWhileWriting >= 20, "killed while writing only " + killsWhileWriting + " times");
        assertTrue(confirmed.size() > KILLS, "too few attentions written to prove anything: " + confirmed.size());
    }

    private static void verify(Path file, Set<Long> confirmed, int rounds) {
        // The lock is free again: the OS released the killed child's lock.
        try (InstanceLock lock = InstanceLock.acquire(file.getParent()); Store db = Store.open(file, Clock.systemUTC())) {
            assertEquals("ok", db.database().read(SqliteFiles::integrity));
            AttentionStore store = db.attentions();
            for (long seed : confirmed) {
                Attention expected = SampleAttentions.of(seed);
                assertEquals(expected, store.find(expected.id()).orElse(null), "confirmed attention " + seed);
            }
            long attentions = Sql.number(db, "SELECT count(*) FROM attention");
            // At most one attention per kill was committed but not yet printed.
            assertTrue(attentions >= confirmed.size() && attentions <= confirmed.size() + rounds,
                    attentions + " rows for " + confirmed.size() + " confirmed; unconfirmed rows: "
                            + unconfirmed(store, confirmed, rounds));
            assertEquals(attentions, Sql.number(db, "SELECT count(*) FROM outbox"));
            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM attention a WHERE NOT EXISTS"
                    + " (SELECT 1 FROM outbox o WHERE o.kind = 'attention' AND o.record_id = a.id)"));
            assertEquals(0L, Sql.number(db, "SELECT count(*) FROM outbox o WHERE NOT EXISTS"
                    + " (SELECT 1 FROM attention a WHERE a.id = o.record_id)"));
        }
    }

    /** Seeds found in the database that the child never confirmed, for the failure message. */
    private static java.util.List<Long> unconfirmed(AttentionStore store, Set<Long> confirmed, int rounds) {
        java.util.List<Long> extra = new java.util.ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            long first = r * 1_000_000L;
            long last = confirmed.stream().filter(s -> s / 1_000_000L == first / 1_000_000L)
                    .mapToLong(Long::longValue).max().orElse(first);
            for (long seed = first; seed <= last + 20; seed++) {
                if (!confirmed.contains(seed) && store.find(SampleAttentions.of(seed).id()).isPresent()) {
                    extra.add(seed);
                }
            }
        }
        return extra;
    }
}
