package pe.macexpress.desk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.CaseAnswer;
import pe.macexpress.desk.core.CaseReason;
import pe.macexpress.desk.core.Channel;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.ServedVia;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.CaseCounts;
import pe.macexpress.desk.store.FollowUpCase;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.MutableClock;
import pe.macexpress.desk.testing.TestCatalogs;

/** Which attentions open a case, with which plazo, and how a case is closed (real SQLite). */
class CaseOpeningTest {
    /** Friday 24 July 2026, 10:00 in Lima: Fiestas Patrias (28 and 29) and Junín (6 August) follow. */
    static final Instant FRIDAY = Instant.parse("2026-07-24T15:00:00Z");

    @TempDir
    Path dir;
    MutableClock clock;
    Store store;
    AttentionService attentions;
    CaseService cases;

    @BeforeEach
    void open() {
        clock = new MutableClock(FRIDAY);
        store = Store.open(dir.resolve("desk.db"), clock);
        attentions = new AttentionService(store, clock, new CasePolicy(TestCatalogs::channels));
        cases = new CaseService(store, clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Attention save(String procedure, OutcomeType type, Channel channel) {
        Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                new Document(DocumentType.DNI, "41234567", String.valueOf(pe.macexpress.desk.core.DniCheck.digit("41234567"))), null, "ROSA QUISPE MAMANI",
                clock.instant());
        return attentions.record(visit, procedure, new Outcome(type, type.needsDetail() ? "Vuelve con su partida" : ""),
                "es", new ServedVia(channel, "", "test-1"), (tx, a) -> { });
    }

    @Test
    void pendingAndReferredAlwaysOpenACaseWithTheDefaultPlazoWhenTheCatalogueGivesNone() {
        Attention pending = save("bn-pago-tasas", OutcomeType.PENDIENTE, Channel.PORTAL);
        Attention referred = save("reniec-oficina-registral", OutcomeType.DERIVADO, Channel.REFERRAL);
        FollowUpCase p = store.cases().find(pending.id()).orElseThrow();
        assertEquals(CaseReason.PENDIENTE, p.reason());
        assertEquals("Vuelve con su partida", p.awaiting());
        assertEquals(pending.code(), p.code());
        // 10 business days from Friday 24 July: 27, 30, 31 July, 3, 4, 5, 7 (6 is Junín), 10, 11, 12 August.
        assertEquals(LocalDate.of(2026, 8, 12), p.dueDate());
        assertEquals(CaseReason.DERIVADO, store.cases().find(referred.id()).orElseThrow().reason());
        assertEquals(LocalDate.of(2026, 8, 12), store.cases().find(referred.id()).orElseThrow().dueDate());
    }

    @Test
    void aServedProcedureOpensACaseOnlyWhenItsAnswerComesLater() {
        Attention paid = save("bn-pago-tasas", OutcomeType.ATENDIDO, Channel.PORTAL);
        Attention record = save("pnp-antecedentes-policiales", OutcomeType.ATENDIDO, Channel.PORTAL);
        Attention captured = save("sis-afiliacion", OutcomeType.ATENDIDO, Channel.CAPTURE);
        Attention refused = save("sis-afiliacion", OutcomeType.NO_ATENDIDO, Channel.CAPTURE);
        assertTrue(store.cases().find(paid.id()).isEmpty(), "answered at the counter: no case");
        assertTrue(store.cases().find(refused.id()).isEmpty(), "not served: no case");
        FollowUpCase r = store.cases().find(record.id()).orElseThrow();
        assertEquals(CaseReason.PLAZO, r.reason());
        assertEquals(LocalDate.of(2026, 7, 27), r.dueDate(), "1 business day from a Friday");
        FollowUpCase c = store.cases().find(captured.id()).orElseThrow();
        assertEquals(CaseReason.CAPTURA, c.reason());
        assertEquals(LocalDate.of(2026, 8, 4), c.dueDate(), "5 business days across Fiestas Patrias");
    }

    @Test
    void aProcedureNoLongerInTheCatalogueStillGetsACase() {
        Attention a = save("retired-procedure", OutcomeType.PENDIENTE, Channel.COUNTER);
        assertEquals(LocalDate.of(2026, 8, 12), store.cases().find(a.id()).orElseThrow().dueDate());
    }

    @Test
    void theCaseIsSavedWithItsAttentionOrNotAtAll() {
        Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                new Document(DocumentType.DNI, "41234567", String.valueOf(pe.macexpress.desk.core.DniCheck.digit("41234567"))), null, "", clock.instant());
        assertThrows(IllegalStateException.class, () -> attentions.record(visit, "bn-pago-tasas",
                new Outcome(OutcomeType.PENDIENTE, "x"), "es", ServedVia.UNRECORDED, (tx, a) -> {
                    throw new IllegalStateException("the capture could not be saved");
                }));
        assertEquals(0, Sql.number(store, "SELECT count(*) FROM follow_up"));
        assertEquals(0, Sql.number(store, "SELECT count(*) FROM attention"));
    }

    @Test
    void countsSayWhatIsLateAndWhatIsDueThisWeek() {
        save("pnp-antecedentes-policiales", OutcomeType.ATENDIDO, Channel.PORTAL); // due Mon 27 July
        save("sis-afiliacion", OutcomeType.ATENDIDO, Channel.CAPTURE);              // due Tue 4 August
        save("bn-pago-tasas", OutcomeType.PENDIENTE, Channel.PORTAL);                // due Wed 12 August
        assertEquals(new CaseCounts(3, 0, 1, 0), cases.counts());
        clock.advance(Duration.ofDays(6)); // Thursday 30 July: 28 and 29 were holidays
        assertEquals(new CaseCounts(3, 1, 1, 0), cases.counts());
        assertEquals(1, cases.find(CaseFilter.OVERDUE, "").size());
        assertEquals("pnp-antecedentes-policiales", cases.find(CaseFilter.OPEN, "").get(0).procedureId(),
                "the overdue case comes first");
        assertEquals(-1, cases.daysLeft(cases.find(CaseFilter.OVERDUE, "").get(0)), "one business day late");
    }

    @Test
    void aClosureIsValidatedAndQueuedOnceForTheCentral() {
        Attention a = save("sis-afiliacion", OutcomeType.ATENDIDO, Channel.CAPTURE);
        assertEquals("case.error.reason.missing", CaseService.problemKey(CaseAnswer.RECHAZADO, "  "));
        assertEquals("case.error.answer.missing", CaseService.problemKey(null, ""));
        assertEquals("case.error.reason.long", CaseService.problemKey(CaseAnswer.ENTREGADO, "x".repeat(1001)));
        assertThrows(IllegalArgumentException.class, () -> cases.close(a.id(), CaseAnswer.RECHAZADO, "", "ADV-1"));
        assertTrue(cases.close(a.id(), CaseAnswer.RECHAZADO, "Falta la firma del titular", "ADV-1"));
        assertFalse(cases.close(a.id(), CaseAnswer.ENTREGADO, "", "ADV-1"), "closed once");
        FollowUpCase closed = store.cases().find(a.id()).orElseThrow();
        assertEquals(CaseAnswer.RECHAZADO, closed.closing().answer());
        assertEquals("ADV-1", closed.closing().closedBy());
        assertEquals(1, Sql.number(store, "SELECT count(*) FROM outbox WHERE kind = 'closure' AND state = 'pending'"
                + " AND record_id = '" + closed.closing().closureId() + "'"));
        assertEquals(0, cases.counts().open());
        assertEquals(1, cases.find(CaseFilter.CLOSED, "").size());
    }

    @Test
    void aCodeIsFoundAsTypedOrReadOut() {
        Attention a = save("bn-pago-tasas", OutcomeType.PENDIENTE, Channel.PORTAL);
        String typed = a.code().toLowerCase().replace("-", " ");
        assertEquals(Optional.of(a.id()), cases.byCode(typed).map(FollowUpCase::attentionId));
        assertTrue(cases.byCode("nonsense").isEmpty());
        assertEquals(1, cases.find(CaseFilter.ALL, a.code().substring(0, 4).toLowerCase()).size());
        assertEquals(1, cases.find(CaseFilter.ALL, "quispe").size(), "names, accents and case ignored");
        assertEquals(1, cases.ofCitizen(store.attentions().find(a.id()).orElseThrow().document()).size());
        assertNull(store.cases().find(a.id()).orElseThrow().result());
    }
}
