package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import pe.macexpress.desk.testing.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.OutcomeType;

class StoreRetentionTest {
    @TempDir
    Path dir;

    @Test
    void personalFieldsGoAfterTheAcknowledgedPeriodWhileCountsStay() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            AttentionStore store = db.attentions();
            Outbox outbox = db.outbox();
            Retention retention = new Retention(db, clock, Duration.ofDays(90));
            Attention acked = sample(1, clock.instant(), OutcomeType.DERIVADO);
            Attention ackedLater = sample(2, clock.instant(), OutcomeType.ATENDIDO);
            Attention unsent = sample(3, clock.instant(), OutcomeType.ATENDIDO);
            Attention quarantined = sample(4, clock.instant(), OutcomeType.PENDIENTE);
            List.of(acked, ackedLater, unsent, quarantined).forEach(store::save);

            clock.advance(Duration.ofHours(1));
            List<OutboxEntry> batch = outbox.claim(10, List.of());
            outbox.settle(List.of(new OutboxSettlement(batch.get(0).id(), "accepted", null, 1),
                    new OutboxSettlement(batch.get(3).id(), "rejected", "HTTP 422", 0)));
            outbox.release(List.of(batch.get(1).id(), batch.get(2).id()));
            clock.advance(Duration.ofDays(30));
            // ackedLater, 30 days later
            outbox.settle(List.of(new OutboxSettlement(outbox.claim(1, List.of()).get(0).id(), "accepted", null, 1)));
            outbox.release(outbox.claim(10, List.of()).stream().map(OutboxEntry::id).toList());

            clock.advance(Duration.ofDays(60).minusMinutes(1));
            assertEquals(0, retention.purge(), "89 days and 23 h after the acknowledgement: kept");
            clock.advance(Duration.ofMinutes(2));
            assertEquals(1, retention.purge());
            assertEquals(0, retention.purge(), "purging twice changes nothing");

            Attention purged = store.find(acked.id()).orElseThrow();
            assertEquals("", purged.document().number());
            assertEquals("", purged.document().check());
            assertEquals("", purged.citizenNames());
            assertEquals(Retention.PURGED_DETAIL, purged.outcome().detail());
            assertEquals(acked.procedureId(), purged.procedureId());
            assertEquals(acked.startedAt(), purged.startedAt());
            assertEquals(List.of(), store.historyOf(acked.document().type(), acked.document().number()));
            assertEquals(ackedLater, store.find(ackedLater.id()).orElseThrow());
            assertEquals(unsent, store.find(unsent.id()).orElseThrow(), "never acknowledged: kept");
            assertEquals(quarantined, store.find(quarantined.id()).orElseThrow(), "quarantined: kept");

            clock.advance(Duration.ofDays(30));
            assertEquals(1, retention.purge());
            assertEquals("", store.find(ackedLater.id()).orElseThrow().citizenNames());
            Map<String, Integer> counts = store.countByProcedure(Instant.parse("2026-01-01T00:00:00Z"),
                    Instant.parse("2026-02-01T00:00:00Z"));
            assertEquals(4, counts.values().stream().mapToInt(Integer::intValue).sum(), "counts for reports remain");
        }
    }

    @Test
    void anAttentionIsPurgedOnlyWhenEveryOneOfItsChangesWasAcknowledged() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            AttentionStore store = db.attentions();
            Outbox outbox = db.outbox();
            Attention a = sample(5, clock.instant(), OutcomeType.ATENDIDO);
            store.save(a);
            outbox.settle(List.of(new OutboxSettlement(outbox.claim(1, List.of()).get(0).id(), "accepted", null, 1)));
            store.updateVerification(a.id(), pe.macexpress.desk.core.VerificationState.VERIFIED, "0000", "");
            clock.advance(Duration.ofDays(200));
            assertEquals(0, new Retention(db, clock, Duration.ofDays(90)).purge());
            assertEquals(a.document(), store.find(a.id()).orElseThrow().document());
        }
    }

    @Test
    void anOpenCaseKeepsItsAttentionUntilItsClosureReachedTheCentral() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T14:00:00Z"));
        try (Store db = Store.open(dir.resolve("desk.db"), clock)) {
            Outbox outbox = db.outbox();
            Retention retention = new Retention(db, clock, Duration.ofDays(90));
            Attention a = sample(6, clock.instant(), OutcomeType.PENDIENTE);
            db.write(tx -> {
                db.attentions().save(tx, a);
                db.cases().open(tx, a.id(), pe.macexpress.desk.core.CaseReason.PENDIENTE, "Traer la partida",
                        a.endedAt(), java.time.LocalDate.of(2026, 1, 19));
                return null;
            });
            outbox.settle(List.of(new OutboxSettlement(outbox.claim(1, List.of()).get(0).id(), "accepted", null, 1)));
            clock.advance(Duration.ofDays(120));
            assertEquals(0, retention.purge(), "the case is open: the advisor may call the citizen back");

            db.cases().close(a.id(), pe.macexpress.desk.core.CaseAnswer.RECHAZADO, "Partida ilegible", "ADV-1");
            assertEquals(0, retention.purge(), "its closure has not reached the central yet");
            // The closure and the purges' audit rows (issue 15), all acknowledged by the central.
            outbox.settle(outbox.claim(100, List.of()).stream()
                    .map(e -> new OutboxSettlement(e.id(), "accepted", null, 1)).toList());
            assertEquals(1, retention.purge());
            FollowUpCase c = db.cases().find(a.id()).orElseThrow();
            assertEquals("", c.awaiting());
            assertEquals("", c.closing().reason());
            assertEquals("", c.citizenNames());
            assertEquals(pe.macexpress.desk.core.CaseAnswer.RECHAZADO, c.closing().answer(), "the answer stays for counts");
        }
    }

    private static Attention sample(long seed, Instant start, OutcomeType type) {
        Attention a = SampleAttentions.of(seed, start.minusSeconds(600));
        return new Attention(a.id(), a.code(), a.visitId(), a.advisorId(), a.pointId(), a.document(),
                a.citizenNames(), a.verification(), a.verificationCode(), a.procedureId(),
                new pe.macexpress.desk.core.Outcome(type, type.needsDetail() ? "Vuelve con su partida" : ""),
                a.language(), a.startedAt(), start.minusSeconds(60));
    }
}
