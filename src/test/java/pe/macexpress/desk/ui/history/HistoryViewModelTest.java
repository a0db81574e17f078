package pe.macexpress.desk.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.cases.CaseService;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.AttentionCode;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.Outcome;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.core.VerificationState;
import pe.macexpress.desk.store.AttentionSearch;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.sync.AttentionSyncState;
import pe.macexpress.desk.sync.SyncConfig;
import pe.macexpress.desk.sync.SyncService;
import pe.macexpress.desk.ui.common.TaskRunner;

/** The history's ViewModel on a real SQLite file, without a scene: default dates, pages, filters, detail, masking. */
class HistoryViewModelTest {
    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    /** 10:00 in Lima on 20 Nov 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), LIMA);

    @TempDir
    Path dir;
    private Store store;
    private HistoryViewModel vm;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk.db"), CLOCK);
        // The real service over the real outbox; its engine is never used (nothing is sent here).
        SyncService sync = new SyncService(null, store, SyncConfig.defaults(), CLOCK);
        vm = new HistoryViewModel(new AttentionSearch(store), sync, new CaseService(store, CLOCK)::byCode,
                TaskRunner.direct(), CLOCK, LIMA);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Attention save(UUID visit, Instant start, OutcomeType outcome) {
        Attention a = new Attention(UUID.randomUUID(), AttentionCode.next(), visit, "ADV-1", "PT-1",
                new Document(DocumentType.DNI, "10117410", "2"), "ROSA QUISPE", VerificationState.VERIFIED, "0000",
                "sis-afiliacion", new Outcome(outcome, outcome.needsDetail() ? "vuelve el lunes" : ""), "es", start,
                start.plusSeconds(300));
        store.attentions().save(a);
        return a;
    }

    @Test
    void theLastThirtyDaysAHundredAtATimeSayingWhenMoreMatched() {
        assertEquals(LocalDate.of(2026, 11, 20), vm.toProperty().get());
        assertEquals(LocalDate.of(2026, 10, 22), vm.fromProperty().get(), "30 days, today included");
        // 150 today, one on the first day of the range (05:00 UTC is midnight in Lima), one the day before.
        for (int i = 0; i < 150; i++) {
            save(UUID.randomUUID(), Instant.parse("2026-11-20T13:00:00Z").plusSeconds(i), OutcomeType.ATENDIDO);
        }
        Attention firstDay = save(UUID.randomUUID(), Instant.parse("2026-10-22T05:00:00Z"), OutcomeType.ATENDIDO);
        save(UUID.randomUUID(), Instant.parse("2026-10-22T04:59:59Z"), OutcomeType.ATENDIDO);

        vm.search();
        assertEquals(HistoryViewModel.PAGE, vm.rows().size());
        assertTrue(vm.moreProperty().get() && vm.canShowMore());
        assertEquals(AttentionSyncState.PENDING, vm.rows().get(0).sync().state(), "nothing sent yet");
        vm.showMore();
        assertEquals(151, vm.rows().size(), "the rest of the range, the day before left out");
        assertFalse(vm.moreProperty().get() || vm.canShowMore());
        assertEquals(firstDay.code(), vm.rows().get(150).attention().code(), "oldest last");

        vm.queryProperty().set("no-such-thing");
        vm.search();
        assertTrue(vm.rows().isEmpty());
        assertTrue(vm.searchedProperty().get());
    }

    @Test
    void filtersAndAnInvalidRangeSearchNothing() {
        save(UUID.randomUUID(), Instant.parse("2026-11-19T15:00:00Z"), OutcomeType.ATENDIDO);
        save(UUID.randomUUID(), Instant.parse("2026-11-19T16:00:00Z"), OutcomeType.DERIVADO);
        vm.outcomeProperty().set(OutcomeType.DERIVADO);
        vm.search();
        assertEquals(1, vm.rows().size());
        vm.outcomeProperty().set(null);
        vm.sendProperty().set(AttentionSyncState.RECEIVED);
        vm.search();
        assertTrue(vm.rows().isEmpty(), "nothing received yet");
        vm.sendProperty().set(AttentionSyncState.PENDING);
        vm.search();
        assertEquals(2, vm.rows().size());

        vm.fromProperty().set(LocalDate.of(2026, 11, 21));
        vm.search();
        assertTrue(vm.rangeInvalidProperty().get());
        assertEquals(2, vm.rows().size(), "the rows shown stay");
        vm.fromProperty().set(null);
        vm.search();
        assertFalse(vm.rangeInvalidProperty().get());
    }

    @Test
    void anAttentionOpensWithItsVisitAndItsCaseAndCitizensStayMaskedUntilAsked() {
        UUID visit = UUID.randomUUID();
        Attention first = save(visit, Instant.parse("2026-11-20T13:00:00Z"), OutcomeType.ATENDIDO);
        Attention second = save(visit, Instant.parse("2026-11-20T13:10:00Z"), OutcomeType.PENDIENTE);
        store.write(tx -> {
            store.cases().open(tx, second.id(), pe.macexpress.desk.core.CaseReason.PENDIENTE, "", second.endedAt(),
                    LocalDate.of(2026, 11, 30));
            return null;
        });
        vm.search();
        HistoryViewModel.Row row = vm.rows().stream().filter(r -> r.attention().id().equals(first.id())).findFirst()
                .orElseThrow();
        vm.open(row);
        HistoryViewModel.Detail d = vm.detailProperty().get();
        assertEquals(List.of(first, second), d.visitAttentions());
        assertTrue(d.followUp().isEmpty(), "the first attention has no case");
        vm.open(vm.rows().get(0));
        assertEquals(second.code(), vm.detailProperty().get().followUp().orElseThrow().code());
        vm.closeDetail();
        assertNull(vm.detailProperty().get());

        assertFalse(vm.isRevealed(first.id()));
        vm.toggleReveal(first.id());
        assertTrue(vm.isRevealed(first.id()) && !vm.isRevealed(second.id()));
        vm.showDataProperty().set(true);
        assertTrue(vm.isRevealed(second.id()));
        vm.maskAll();
        assertFalse(vm.isRevealed(first.id()) || vm.isRevealed(second.id()));
    }
}
