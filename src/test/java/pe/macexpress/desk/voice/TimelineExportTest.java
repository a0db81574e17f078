package pe.macexpress.desk.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.reports.CsvExport;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.ArrivalTurn;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.SampleAttentions;

/** Issue 13 (timeline): the visits and orientations exports, and the demo data's proportions. */
class TimelineExportTest {
    @TempDir
    Path dir;

    @Test
    void theVisitsExportHasTimesAndWaitsButNothingThatNamesTheCitizen() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            VisitTimeline timeline = new VisitTimeline(db, clock, ZoneId.of("America/Lima"));
            ArrivalTurn turn = timeline.arrive(TrainingData.POINT.id());
            clock.advance(java.time.Duration.ofMinutes(17));
            ArrivalTurn called = timeline.call(turn.id()).orElseThrow();
            Attention sample = SampleAttentions.of(5);
            Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT, sample.document(), null,
                    "ROSA QUISPE MAMANI", clock.instant());
            visit.arrivedWith(called.id(), called.turn(), called.arrivedAt(), called.calledAt());
            visit.speakWith("qu");
            clock.advance(java.time.Duration.ofMinutes(6));
            new AttentionService(db, clock).record(visit, sample.procedureId(), new Outcome(OutcomeType.ATENDIDO, ""),
                    "es");
            timeline.close(visit);

            StringWriter out = new StringWriter();
            assertEquals(1, CsvExport.write(new VisitsTable(), db, out));
            String[] lines = out.toString().split("\r\n");
            assertEquals(String.join(",", new VisitsTable().columns()), lines[0]);
            List<String> cells = List.of(lines[1].split(","));
            assertEquals("1", cells.get(2), "turn");
            assertEquals("17", cells.get(6), "minutes waiting: arrival to call");
            assertEquals("6", cells.get(7), "minutes at the counter");
            assertEquals("qu", cells.get(8));
            String csv = out.toString();
            assertFalse(csv.contains("QUISPE"), "no names");
            assertFalse(csv.contains(sample.document().number()), "no document");
            assertFalse(csv.contains(visit.id().toString()), "no visit id to join to the attentions");
            for (String column : new VisitsTable().columns()) {
                assertFalse(column.contains("name") || column.contains("doc") || column.contains("visit_id"), column);
            }
        }
    }

    @Test
    void theDemoSeedsAboutOneOrientationPerEightAttentionsAndOneUnmetPerTwentyFive() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            int written = OrientationDemo.seed(db, new Random(7), clock, 200);
            assertEquals(25 + 8, written);
            assertEquals(25, db.timeline().countOrientations(OrientationContent.ORIENTATION));
            assertEquals(8, db.timeline().countOrientations(OrientationContent.UNMET));
            StringWriter out = new StringWriter();
            assertEquals(written, CsvExport.write(new OrientationsTable(), db, out));
            assertTrue(out.toString().startsWith(String.join(",", new OrientationsTable().columns())));
            assertEquals(written, db.outbox().counts().unsent(), "demo records are sent like real ones");
        }
    }
}
