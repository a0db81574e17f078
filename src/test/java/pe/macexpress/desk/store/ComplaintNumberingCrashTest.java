package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: the Libro de Reclamaciones' numbers hold under SIGKILL. A child JVM files complaints in a
 * loop and is killed mid-stream several times; afterwards the database holds exactly 1..n for the
 * point (no gap, no repeat), every number the child reported as filed is there, each complaint has
 * its outbox entry, and the next number is n + 1.
 */
class ComplaintNumberingCrashTest {
    private static final String POINT = "TAMBO-DEMO-01";

    @TempDir
    Path dir;

    @Test
    void numbersHaveNoGapAndNoRepeatAcrossKills() throws Exception {
        Path file = dir.resolve("desk.db");
        try (Store db = Store.open(file, Clock.systemUTC())) {
            assertEquals(0, Sql.number(db, "SELECT count(*) FROM complaint"));
        }
        List<Long> confirmed = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            try (ChildJvm child = ChildJvm.start(ComplaintCrashWriter.class, file.toString(), POINT)) {
                assertTrue(child.awaitLines(1, 120_000), "child started");
                // Let it file some complaints (at least 5 more than before), then kill it mid-write.
                assertTrue(child.awaitLines(1 + 5 + round * 3, 120_000), "child filed complaints");
                child.kill();
                List<String> lines = child.lines();
                for (String l : lines.subList(1, lines.size())) {
                    confirmed.add(Long.parseLong(l));
                }
            }
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            long n = Sql.number(db, "SELECT count(*) FROM complaint");
            assertTrue(n >= confirmed.size(), "every confirmed complaint survived");
            assertEquals(n, Sql.number(db, "SELECT count(DISTINCT seq) FROM complaint WHERE point_id = '" + POINT + "'"),
                    "no repeated number");
            assertEquals(1, Sql.number(db, "SELECT min(seq) FROM complaint"));
            assertEquals(n, Sql.number(db, "SELECT max(seq) FROM complaint"), "no gap: 1..n");
            for (long seq : confirmed) {
                assertEquals(1, Sql.number(db, "SELECT count(*) FROM complaint WHERE seq = " + seq),
                        "confirmed number " + seq + " is stored once");
            }
            assertEquals(n, Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'complaint'"),
                    "each complaint queued with it");
            assertTrue(db.complaints().missingNumbers(POINT).isEmpty(), "nothing reported missing");
            assertEquals(n + 1, db.complaints().file(pe.macexpress.desk.testing.SampleComplaints.filing("qu"), POINT,
                    Clock.systemUTC().instant(), java.time.LocalDate.now(), java.time.ZoneOffset.UTC).number().sequence());
        }
    }
}
