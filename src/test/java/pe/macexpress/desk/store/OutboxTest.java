package pe.macexpress.desk.store;

import pe.macexpress.desk.testing.SampleAttentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.VerificationState;

class OutboxTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T15:00:00Z"), ZoneOffset.UTC);
    private Path file;

    @BeforeEach
    void fill() {
        file = dir.resolve("desk.db");
        try (Store db = Store.open(file, clock)) {
            AttentionStore store = db.attentions();
            for (int i = 0; i < 10; i++) {
                store.save(SampleAttentions.of(i));
            }
        }
    }

    @Test
    void claimTakesABoundedBatchOldestFirstAndMarksItSending() {
        try (Store db = Store.open(file, clock)) {
            Outbox outbox = db.outbox();
            List<OutboxEntry> batch = outbox.claim(4, List.of());
            assertEquals(4, batch.size());
            assertEquals(SampleAttentions.of(0).id(), batch.get(0).recordId());
            assertTrue(batch.stream().allMatch(e -> e.state() == OutboxState.SENDING && e.attempts() == 1));
            assertEquals(new OutboxCounts(6, 4, 0, 0), outbox.counts());
            List<OutboxEntry> next = outbox.claim(100, List.of());
            assertEquals(6, next.size());
            assertTrue(next.get(0).id() > batch.get(3).id(), "a claimed entry is not handed out twice");
            assertEquals(0, outbox.claim(5, List.of()).size());
        }
    }

    @Test
    void acknowledgeReleaseAndQuarantineMoveEntriesAndKeepTheReason() {
        try (Store db = Store.open(file, clock)) {
            Outbox outbox = db.outbox();
            List<OutboxEntry> batch = outbox.claim(5, List.of());
            assertEquals(2, outbox.settle(List.of(accepted(batch.get(0)), accepted(batch.get(1)))));
            assertEquals(0, outbox.settle(List.of(accepted(batch.get(0)))), "a repeated ack changes nothing");
            assertEquals(1, outbox.settle(List.of(new OutboxSettlement(batch.get(2).id(), "rejected",
                    "HTTP 422: procedimiento desconocido", 0))));
            assertEquals(2, outbox.release(List.of(batch.get(3).id(), batch.get(4).id())));
            assertEquals(new OutboxCounts(7, 0, 2, 1), outbox.counts());
            assertEquals(7, outbox.counts().unsent());

            List<OutboxEntry> quarantined = outbox.quarantined();
            assertEquals(1, quarantined.size());
            assertEquals("HTTP 422: procedimiento desconocido", quarantined.get(0).reason());
            assertEquals(batch.get(2).recordId(), quarantined.get(0).recordId());
            // The quarantined entry does not block the queue: the released ones come first again.
            assertEquals(batch.get(3).id(), outbox.claim(1, List.of()).get(0).id());

            assertTrue(outbox.requeue(quarantined.get(0).id()));
            assertFalse(outbox.requeue(quarantined.get(0).id()));
            assertEquals(0, outbox.quarantined().size());
        }
    }

    @Test
    void nothingStaysSendingAfterARestart() {
        try (Store db = Store.open(file, clock)) {
            db.outbox().claim(7, List.of());
        }
        try (Store db = Store.open(file, clock)) {
            Outbox outbox = db.outbox();
            assertEquals(7, outbox.counts().sending());
            assertEquals(7, outbox.resetInFlight());
            assertEquals(new OutboxCounts(10, 0, 0, 0), outbox.counts());
            assertEquals(2, outbox.claim(3, List.of()).get(0).attempts(), "the earlier attempt is remembered");
        }
    }

    @Test
    void aVerificationUpdateEnqueuesItselfInTheSameTransaction() {
        try (Store db = Store.open(file, clock)) {
            AttentionStore store = db.attentions();
            assertTrue(store.updateVerification(SampleAttentions.of(3).id(), VerificationState.VERIFIED, "0000", ""));
            assertFalse(store.updateVerification(java.util.UUID.randomUUID(), VerificationState.VERIFIED, "0000", ""));
            assertEquals(11, db.outbox().counts().pending());
        }
    }

    private static OutboxSettlement accepted(OutboxEntry e) {
        return new OutboxSettlement(e.id(), "accepted", null, 1);
    }
}
