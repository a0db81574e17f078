package pe.macexpress.desk.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.core.Advisor;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.ArrivalTurn;
import pe.macexpress.desk.testing.SyncSamples;
import pe.macexpress.desk.voice.VisitTimeline;

/**
 * Issue 13 (timeline) end to end over real HTTP: an attention in schema version 3 with its arrival,
 * call and the citizen's language, the visit's record and an unmet request all reach the reference
 * central and are acknowledged.
 */
class TimelineSyncTest {
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

    @Test
    void aVisitWithItsTurnItsAttentionAndAnUnmetRequestReachTheCentral() throws Exception {
        VisitTimeline timeline = new VisitTimeline(rig.db, rig.clock, ZoneId.of("America/Lima"));
        Attention sample = SyncSamples.of(42);
        ArrivalTurn turn = timeline.arrive(sample.pointId());
        Thread.sleep(5);
        ArrivalTurn called = timeline.call(turn.id()).orElseThrow();
        Advisor advisor = TrainingData.ADVISORS.get(0);
        Visit visit = new Visit(advisor, TrainingData.POINT, sample.document(), null, "ROSA QUISPE", Instant.now());
        visit.arrivedWith(called.id(), called.turn(), called.arrivedAt(), called.calledAt());
        visit.speakWith("qu");
        Attention a = new AttentionService(rig.db, rig.clock).record(visit, sample.procedureId(),
                new Outcome(OutcomeType.ATENDIDO, ""), "es");
        timeline.recordOrientation(visit.id(), visit.point().id(), advisor.id(), true, "Licencia de conducir", "",
                visit.citizenLanguage());
        visit.addOrientation();
        timeline.close(visit);

        assertEquals(SyncOutcome.DRAINED, rig.engine().run(p -> { }).outcome());
        var kinds = rig.central.central().countsByKind();
        assertEquals(1L, kinds.get("attention"));
        assertEquals(1L, kinds.get("visit"));
        assertEquals(1L, kinds.get("orientation"));
        assertEquals(0, rig.count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"), "all acknowledged");
        assertEquals(3, rig.count("SELECT schema_version FROM outbox WHERE kind = 'attention' AND record_id = '"
                + a.id() + "'"), "the attention went in schema version 3");
        assertEquals(1, rig.count("SELECT count(*) FROM visit WHERE id = '" + visit.id() + "' AND turn = "
                + called.turn() + " AND citizen_language = 'qu' AND attentions = 1 AND orientations = 1"));
    }
}
