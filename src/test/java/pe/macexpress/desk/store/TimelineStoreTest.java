package pe.macexpress.desk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionKind;
import pe.macexpress.desk.contract.AttentionContent;
import pe.macexpress.desk.contract.OrientationContent;
import pe.macexpress.desk.core.Arrival;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.SampleAttentions;

/** Issue 13 (timeline): the arrival queue's turns, the attention's timeline columns, visits, orientations. */
class TimelineStoreTest {
    private static final LocalDate DAY = LocalDate.parse("2026-11-20");

    @TempDir
    Path dir;

    @Test
    void turnsCountFromOneEachDayWithoutGapsOrRepeatsAcrossAReopen() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T13:00:00Z"));
        Path file = dir.resolve("desk.db");
        try (Store db = Store.open(file, clock)) {
            for (int i = 0; i < 3; i++) {
                db.timeline().arrive("P1", DAY, clock.instant());
            }
            assertEquals(1, db.timeline().arrive("P2", DAY, clock.instant()).turn(), "another point has its own turns");
        }
        try (Store db = Store.open(file, clock)) {
            ArrivalTurn fourth = db.timeline().arrive("P1", DAY, clock.instant());
            ArrivalTurn fifth = db.timeline().arrive("P1", DAY, clock.instant());
            assertEquals(4, fourth.turn(), "the reopened store goes on from the last turn given");
            assertEquals(5, fifth.turn());
            assertEquals(List.of(1, 2, 3, 4, 5), db.timeline().turns("P1", DAY).stream().map(ArrivalTurn::turn).toList(),
                    "no gap, no repeat");
            assertEquals(1, db.timeline().arrive("P1", DAY.plusDays(1), clock.instant()).turn(), "a new day starts at 1");
        }
    }

    @Test
    void callingAndLeavingTakeATurnOutOfTheQueueOnce() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T13:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            TimelineStore t = db.timeline();
            ArrivalTurn one = t.arrive("P1", DAY, clock.instant());
            ArrivalTurn two = t.arrive("P1", DAY, clock.instant());
            ArrivalTurn three = t.arrive("P1", DAY, clock.instant());
            clock.advance(Duration.ofMinutes(12));
            ArrivalTurn called = t.call(two.id(), clock.instant()).orElseThrow();
            assertEquals(clock.instant(), called.calledAt());
            assertTrue(t.call(two.id(), clock.instant()).isEmpty(), "called once only");
            assertTrue(t.markLeft(three.id(), clock.instant()));
            assertFalse(t.markLeft(two.id(), clock.instant()), "a called turn did not leave");
            assertEquals(List.of(one.id()), t.waiting("P1", DAY).stream().map(ArrivalTurn::id).toList());
            assertEquals(1, t.leftCount("P1", DAY));
        }
    }

    @Test
    void anAttentionKeepsItsArrivalCallAndTheCitizensLanguage() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T13:00:00Z"));
        Path file = dir.resolve("desk.db");
        Attention sample = SampleAttentions.of(3, Instant.parse("2026-11-20T13:30:00Z"));
        Instant arrived = Instant.parse("2026-11-20T13:05:00Z");
        Instant called = Instant.parse("2026-11-20T13:27:00Z");
        Attention a = new Attention(sample.id(), sample.code(), sample.visitId(), sample.advisorId(), sample.pointId(),
                sample.document(), sample.citizenNames(), sample.verification(), sample.verificationCode(),
                sample.procedureId(), sample.outcome(), "es", sample.startedAt(), sample.endedAt(), sample.servedVia(),
                new Arrival(arrived, called, "qu"));
        try (Store db = Store.open(file, clock)) {
            db.attentions().save(a);
        }
        try (Store db = Store.open(file, clock)) {
            Attention back = db.attentions().find(a.id()).orElseThrow();
            assertEquals(a, back);
            assertEquals(Duration.ofMinutes(22), back.arrival().waiting().orElseThrow(), "waiting: arrival to call");
            assertEquals(Duration.between(a.startedAt(), a.endedAt()), back.handling());
            assertEquals("qu", back.citizenLanguage());
            assertEquals("es", back.language(), "the advisor's screen language stays apart");
            Attention older = SampleAttentions.of(4, Instant.parse("2026-11-20T14:00:00Z"));
            db.attentions().save(older);
            assertEquals(Arrival.UNKNOWN, db.attentions().find(older.id()).orElseThrow().arrival(),
                    "no timeline recorded: unknown, not invented");
        }
    }

    @Test
    void schemaVersionThreeHashesTheTimelineAndEarlierVersionsKeepTheirHash() {
        Attention plain = SampleAttentions.of(7, Instant.parse("2026-11-20T13:30:00Z"));
        Attention timed = new Attention(plain.id(), plain.code(), plain.visitId(), plain.advisorId(), plain.pointId(),
                plain.document(), plain.citizenNames(), plain.verification(), plain.verificationCode(),
                plain.procedureId(), plain.outcome(), plain.language(), plain.startedAt(), plain.endedAt(),
                plain.servedVia(), new Arrival(Instant.parse("2026-11-20T13:00:00Z"),
                Instant.parse("2026-11-20T13:25:00Z"), "qu"));
        assertEquals(3, AttentionContent.SCHEMA.current());
        assertEquals(List.of("ar", "ca", "cl"), AttentionContent.SCHEMA.fields(3).subList(19, 22));
        var s = AttentionContent.SCHEMA;
        assertEquals(s.hash(AttentionKind.content(plain), 2), s.hash(AttentionKind.content(timed), 2),
                "version 2 does not see the timeline: acknowledged v2 records never turn into conflicts");
        assertEquals(s.hash(AttentionKind.content(plain), 1), s.hash(AttentionKind.content(timed), 1));
        assertNotEquals(s.hash(AttentionKind.content(plain), 3), s.hash(AttentionKind.content(timed), 3));
        Attention otherLanguage = new Attention(timed.id(), timed.code(), timed.visitId(), timed.advisorId(),
                timed.pointId(), timed.document(), timed.citizenNames(), timed.verification(), timed.verificationCode(),
                timed.procedureId(), timed.outcome(), timed.language(), timed.startedAt(), timed.endedAt(),
                timed.servedVia(), new Arrival(timed.arrival().arrivedAt(), timed.arrival().calledAt(), "es"));
        assertNotEquals(s.hash(AttentionKind.content(timed), 3), s.hash(AttentionKind.content(otherLanguage), 3),
                "the citizen's language is in the hash");
        assertEquals(Instant.parse("2026-11-20T13:25:00Z").toEpochMilli(), AttentionKind.content(timed).get("ca").asLong());
        assertTrue(AttentionKind.content(plain).get("ar").isNull(), "unknown arrival travels as null");
        assertEquals(plain.language(), AttentionKind.content(plain).get("cl").asText(),
                "no citizen language recorded: the attention's");
    }

    @Test
    void aClockSetBackNeverYieldsTimesOutOfOrder() {
        Instant arrived = Instant.parse("2026-11-20T13:05:00Z");
        Arrival back = new Arrival(arrived, arrived.minusSeconds(90), "qu");
        assertEquals(back.calledAt(), back.arrivedAt(), "no wait rather than an attention that cannot be saved");
        assertEquals(Duration.ZERO, back.waiting().orElseThrow());
        VisitEntry v = new VisitEntry(UUID.randomUUID(), "P1", "A1", 1, arrived, arrived.minusSeconds(60),
                arrived.minusSeconds(120), "es", 1, 0, false);
        assertFalse(v.calledAt().isBefore(v.arrivedAt()));
        assertFalse(v.endedAt().isBefore(v.calledAt()));
    }

    @Test
    void visitsAndOrientationsAreQueuedWithTheirRecords() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T13:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            TimelineStore t = db.timeline();
            ArrivalTurn turn = t.arrive("P1", DAY, clock.instant());
            clock.advance(Duration.ofMinutes(9));
            t.call(turn.id(), clock.instant());
            UUID visitId = UUID.randomUUID();
            VisitEntry v = new VisitEntry(visitId, "P1", "A1", turn.turn(), turn.arrivedAt(), clock.instant(),
                    clock.instant().plusSeconds(300), "qu", 0, 1, true);
            t.saveVisit(v, turn.id());
            OrientationEntry o = new OrientationEntry(UUID.randomUUID(), visitId, "P1", "A1", OrientationContent.UNMET,
                    "Licencia de conducir", "", "qu", clock.instant());
            t.saveOrientation(o);
            assertEquals(v, t.findVisit(visitId).orElseThrow());
            assertEquals(List.of(o), t.findRetainedOrientations(List.of(o.id())));
            assertEquals(1, t.countOrientations(OrientationContent.UNMET));
            assertEquals(0, t.countOrientations(OrientationContent.ORIENTATION));
            assertEquals(2, db.outbox().counts().unsent(), "both records wait in the outbox");
            assertThrows(StoreException.class, () -> t.saveVisit(v, null), "a visit ends once");
            assertEquals(2, db.outbox().counts().unsent(), "the refused second end queued nothing");
        }
    }

    @Test
    void retentionBlanksAnAcknowledgedOrientationsTopicAfterThePeriod() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            OrientationEntry o = new OrientationEntry(UUID.randomUUID(), UUID.randomUUID(), "P1", "A1",
                    OrientationContent.UNMET, "Partida de matrimonio de Juliaca", "", "es", clock.instant());
            db.timeline().saveOrientation(o);
            Retention retention = new Retention(db, clock, Duration.ofDays(90));
            clock.advance(Duration.ofDays(100));
            retention.purge();
            assertEquals(List.of(o), db.timeline().findRetainedOrientations(List.of(o.id())), "unsent: kept whole");
            db.outbox().settle(List.of(new OutboxSettlement(db.outbox().claim(1, List.of()).get(0).id(), "accepted",
                    null, 1)));
            clock.advance(Duration.ofDays(89));
            retention.purge();
            assertEquals(1, db.timeline().findRetainedOrientations(List.of(o.id())).size(), "within the period");
            clock.advance(Duration.ofDays(2));
            retention.purge();
            assertEquals(List.of(), db.timeline().findRetainedOrientations(List.of(o.id())));
            List<OrientationEntry> all = new java.util.ArrayList<>();
            db.timeline().forEachOrientation(all::add);
            assertEquals("", all.get(0).topic(), "the free text is gone");
            assertEquals(OrientationContent.UNMET, all.get(0).type(), "it still counts");
        }
    }
}
