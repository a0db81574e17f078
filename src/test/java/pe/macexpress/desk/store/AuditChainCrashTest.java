package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 (audit): the hash chain holds under SIGKILL. A child JVM appends audited work in a loop
 * (attentions with their chain row in one transaction, and rows of their own) and is killed
 * mid-stream several times. Afterwards the chain verifies end to end, every row the child reported
 * as committed is there with the same hash, no row is half-written (each attention has its row and
 * each row its outbox entry), and the anchor beside the key still matches.
 */
class AuditChainCrashTest {
    @TempDir
    Path dir;

    @Test
    void theChainStillVerifiesAfterKillsDuringAuditedWork() throws Exception {
        Path file = dir.resolve("desk.db");
        Store.open(file, Clock.systemUTC()).close();
        Map<Long, String> confirmed = new HashMap<>();
        long seed = 1;
        for (int round = 0; round < 4; round++) {
            try (ChildJvm child = ChildJvm.start(AuditCrashWriter.class, file.toString(), Long.toString(seed))) {
                assertTrue(child.awaitLines(1, 120_000), "child started");
                assertTrue(child.awaitLines(1 + 6 + round * 3, 120_000), "child did audited work");
                child.kill();
                List<String> lines = child.lines();
                for (String l : lines.subList(1, lines.size())) {
                    String[] p = l.split(" ");
                    confirmed.put(Long.parseLong(p[0]), p[1]);
                }
                seed += 10_000; // the next round's attentions are new ones
            }
        }
        try (Store db = Store.open(file, Clock.systemUTC())) {
            AuditChainStore.Check check = db.audit().verify();
            assertTrue(check.intact(), "first broken link: " + check.firstBroken());
            assertEquals(AuditChainStore.Anchor.MATCHES, check.anchor(), "anchor " + check.anchorSeq() + " vs head "
                    + check.headSeq());
            assertTrue(check.rows() >= confirmed.size());
            Map<Long, String> stored = new HashMap<>();
            db.audit().after(0, Integer.MAX_VALUE).forEach(e -> stored.put(e.seq(), e.hash()));
            confirmed.forEach((seq, hash) -> assertEquals(hash, stored.get(seq), "confirmed row " + seq));
            assertEquals(Sql.number(db, "SELECT count(*) FROM attention"),
                    Sql.number(db, "SELECT count(*) FROM audit_chain WHERE action = 'test.attention'"),
                    "each attention committed with its chain row, none without");
            assertEquals(check.rows(), Sql.number(db, "SELECT count(*) FROM outbox WHERE kind = 'audit'"),
                    "each chain row queued for the central with it");
            // The chain goes on after the crashes, linked to the last row that reached the disk.
            AuditChainStore.Entry next = db.audit().append(pe.macexpress.desk.security.AuditEvent.of("ADV-1", "test.after"));
            assertEquals(check.headSeq() + 1, next.seq());
            assertTrue(db.audit().verify().trustworthy());
        }
    }
}
