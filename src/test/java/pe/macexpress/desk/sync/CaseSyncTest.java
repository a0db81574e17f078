package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.cases.CasePolicy;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.testing.SyncSamples;

/** A case's result comes from the central by sync; its closure goes back as a record of its own. */
class CaseSyncTest {
    @TempDir
    Path dir;
    SyncRig rig;

    @BeforeEach
    void start() throws Exception {
        rig = new SyncRig(dir);
    }

    @AfterEach
    void stop() {
        rig.close();
    }

    Attention pendingAttention() {
        Attention a = SyncSamples.of(42);
        rig.db.write(tx -> {
            rig.db.attentions().save(tx, a);
            rig.db.cases().open(tx, a.id(), CaseReason.DERIVADO, "A la oficina registral", a.endedAt(),
                    CasePolicy.due(a.endedAt(), Optional.empty()));
            return null;
        });
        return a;
    }

    @Test
    void aResultPostedAtTheCentralReachesItsCaseAndTheClosureReachesTheCentral() {
        Attention a = pendingAttention();
        assertEquals(SyncOutcome.DRAINED, rig.engine().run(p -> { }).outcome());
        rig.central.central().addChange(SyncRig.WORKSTATION, "result", a.id().toString(),
                "{\"c\":\"" + a.code() + "\",\"st\":\"resuelto\",\"no\":\"Partida lista\",\"t\":1764600000000}");

        rig.engine().run(p -> { });
        FollowUpCase c = rig.db.cases().find(a.id()).orElseThrow();
        assertEquals(CaseAnswer.RESUELTO, c.result().status());
        assertEquals("Partida lista", c.result().note());
        assertTrue(c.hasUnreadResult());

        assertTrue(new CaseService(rig.db, rig.clock).close(a.id(), CaseAnswer.ENTREGADO, "", "ADV-DEMO-1"));
        rig.engine().run(p -> { });
        assertEquals(1L, rig.central.central().countsByKind().get("closure"));
        assertEquals(0, rig.count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"), "closure acknowledged");

        rig.engine().run(p -> { }); // the same pull again: nothing new, nothing doubled
        assertFalse(rig.db.cases().find(a.id()).orElseThrow().isOpen());
        assertEquals(1L, rig.central.central().countsByKind().get("closure"));
    }
}
