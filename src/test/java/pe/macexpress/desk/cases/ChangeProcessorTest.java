package pe.macexpress.desk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.CentralInbox;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.store.InboxItem;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.SampleAttentions;

/** Changes from the central applied to cases once, set aside with a reason when they cannot be. */
class ChangeProcessorTest {
    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-12-02T14:00:00Z"));
    Store store;
    ChangeProcessor processor;
    long seq;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk.db"), clock);
        processor = new ChangeProcessor(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** An attention saved with a case, as the counter saves a pendiente one. */
    Attention pending(long seed) {
        Attention a = SampleAttentions.of(seed);
        store.write(tx -> {
            store.attentions().save(tx, a);
            store.cases().open(tx, a.id(), CaseReason.PENDIENTE, "Falta la partida", a.endedAt(),
                    CasePolicy.due(a.endedAt(), java.util.Optional.empty()));
            return null;
        });
        return a;
    }

    void pull(String type, String ref, String body) {
        store.write(tx -> {
            store.inbox().receive(tx, List.of(new InboxItem(++seq, type, ref, body, clock.instant())));
            return null;
        });
    }

    static String result(Attention a, String status, String note, long at) {
        return "{\"c\":\"" + a.code() + "\",\"st\":\"" + status + "\",\"no\":\"" + note + "\",\"t\":" + at + "}";
    }

    @Test
    void aResultUpdatesItsCaseOnceAndIsThenPurgedFromTheInbox() {
        Attention a = pending(1);
        pull("result", a.id().toString(), result(a, "resuelto", "Listo para recoger en el Tambo", 1_000));
        ChangeProcessor.Report report = processor.process();
        assertEquals(1, report.results());
        FollowUpCase c = store.cases().find(a.id()).orElseThrow();
        assertEquals(CaseAnswer.RESUELTO, c.result().status());
        assertEquals("Listo para recoger en el Tambo", c.result().note());
        assertTrue(c.hasUnreadResult());
        assertTrue(c.isOpen(), "resolved by the entity: the citizen still has to be told");
        assertEquals(1, new CaseService(store, clock).counts().unreadResults());
        assertEquals(0, Sql.number(store, "SELECT count(*) FROM sync_inbox"), "applied results are purged");

        store.cases().markRead(a.id());
        // The central sends the same result again (a retry on its side): nothing changes.
        pull("result", a.id().toString(), result(a, "resuelto", "Listo para recoger en el Tambo", 1_000));
        assertEquals(1, processor.process().results());
        assertFalse(store.cases().find(a.id()).orElseThrow().hasUnreadResult(), "the repeat is not news");
        assertEquals(0, processor.process().applied(), "nothing left to process");
    }

    @Test
    void deliveredClosesTheCaseWithoutSendingAClosureBack() {
        Attention a = pending(2);
        pull("result", a.id().toString(), result(a, "entregado", "", 5_000));
        processor.process();
        FollowUpCase c = store.cases().find(a.id()).orElseThrow();
        assertFalse(c.isOpen());
        assertEquals(CaseAnswer.ENTREGADO, c.closing().answer());
        assertEquals(FollowUpCase.Closing.BY_CENTRAL, c.closing().closedBy());
        assertNull(c.closing().closureId());
        assertEquals(0, Sql.number(store, "SELECT count(*) FROM outbox WHERE kind = 'closure'"));
    }

    @Test
    void aResultForAnAttentionWithoutACaseOpensOne() {
        Attention served = SampleAttentions.of(3);
        store.attentions().save(served);
        pull("result", served.id().toString(), result(served, "rechazado", "Foto ilegible", 7_000));
        processor.process();
        FollowUpCase c = store.cases().find(served.id()).orElseThrow();
        assertEquals(CaseReason.RESULTADO, c.reason());
        assertEquals(CaseAnswer.RECHAZADO, c.result().status());
    }

    @Test
    void whatCannotBeAppliedIsSetAsideWithItsReasonNeverDropped() {
        Attention a = pending(4);
        pull("result", UUID.randomUUID().toString(), result(a, "resuelto", "", 1));
        pull("result", a.id().toString(), "{\"c\":\"ZZZZ-ZZZZ\",\"st\":\"resuelto\",\"t\":1}");
        pull("result", a.id().toString(), "not json");
        pull("result", a.id().toString(), result(a, "perdido", "", 1));
        pull("poll", "", "{}");
        pull("result", "not-a-uuid", result(a, "resuelto", "", 1));
        ChangeProcessor.Report report = processor.process();
        assertEquals(6, report.setAside());
        List<String> reasons = store.inbox().aside(10).stream().map(CentralInbox.AsideItem::reason).toList();
        assertEquals(List.of("unknown-attention", "unknown-type", "unknown-status", "unreadable", "code-mismatch",
                "unknown-attention"), reasons);
        assertNull(store.cases().find(a.id()).orElseThrow().result(), "the case is untouched");
        assertEquals(0, processor.process().setAside(), "set aside once, never retried");
    }

    @Test
    void identityVerifiedCentrallyReachesItsAttentionAndMessagesAreKept() {
        Attention a = pending(5);
        pull("identity", a.id().toString(), "{\"vs\":\"VERIFIED\",\"vc\":\"0000\"}");
        pull("message", "", "Mañana no hay señal: sincronice hoy");
        ChangeProcessor.Report report = processor.process();
        assertEquals(1, report.identities());
        assertEquals(1, report.messages());
        assertEquals(VerificationState.VERIFIED, store.attentions().find(a.id()).orElseThrow().verification());
        assertEquals("Mañana no hay señal: sincronice hoy", store.inbox().latest("message", 5).get(0).body());
    }

    @Test
    void theInboxStaysBounded() {
        for (int i = 0; i < ChangeProcessor.KEEP_MESSAGES + 50; i++) {
            pull("message", "", "m" + i);
        }
        for (int i = 0; i < ChangeProcessor.KEEP_ASIDE + 20; i++) {
            pull("result", UUID.randomUUID().toString(), "{}");
        }
        processor.process();
        assertEquals(ChangeProcessor.KEEP_MESSAGES, store.inbox().count("done"));
        assertEquals(ChangeProcessor.KEEP_ASIDE, store.inbox().count("aside"));
        assertEquals("m" + (ChangeProcessor.KEEP_MESSAGES + 49), store.inbox().latest("message", 1).get(0).body(),
                "the newest are kept");
    }
}
