package pe.macexpress.desk.ui.attention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.core.Document;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.AttentionStore;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.ui.attention.ProcedureViewModel;
import pe.macexpress.desk.ui.common.TaskRunner;

/** The outcome screen's promise: nothing is "saved" that is not, and nothing typed is lost on failure. */
class ProcedureViewModelTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskKeepsEverythingOnScreenAndARetryAfterFreeingSpaceSaves() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            ProcedureViewModel vm = new ProcedureViewModel(new AttentionService(db, Clock.systemUTC()),
                    TaskRunner.direct(), new SimpleStringProperty("qu"));
            Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                    Document.parse(DocumentType.PASAPORTE, "AB123456", "").document(), null, "JOHN DOE",
                    Instant.now());
            open(vm, Catalog.bundled().find("reniec-dni-duplicado").orElseThrow());
            vm.outcomeProperty().set(OutcomeType.PENDIENTE);
            vm.detailProperty().set("Recoger el DNI en 15 días " + "x".repeat(20_000));

            // Fill the database's pages: details are at most 2,000 characters now (issue 15), so one save fits
            // in a fresh table's empty pages; a few earlier saves fill them, VACUUM drops the free pages, then
            // the file is capped at its size and the next save hits SQLITE_FULL.
            for (int i = 0; i < 6; i++) {
                Attention a = pe.macexpress.desk.testing.SampleAttentions.of(100 + i);
                store.save(new Attention(a.id(), a.code(), a.visitId(), a.advisorId(), a.pointId(), a.document(),
                        a.citizenNames(), a.verification(), a.verificationCode(), a.procedureId(),
                        new pe.macexpress.desk.core.Outcome(OutcomeType.PENDIENTE, "y".repeat(1990)), a.language(),
                        a.startedAt(), a.endedAt()));
            }
            int before = store.count();
            Sql.dropFreePages(db);
            Sql.execute(db, "PRAGMA max_page_count = " + Sql.number(db, "PRAGMA page_count"));
            AtomicReference<Attention> saved = new AtomicReference<>();
            vm.save(visit, saved::set);
            assertNull(saved.get(), "the screen must not move on");
            assertEquals("store.error.full", vm.errorKeyProperty().get());
            assertTrue(vm.detailProperty().get().startsWith("Recoger el DNI"), "typed detail kept");
            assertEquals(OutcomeType.PENDIENTE, vm.outcomeProperty().get());
            assertFalse(vm.savingProperty().get());
            assertEquals(before, store.count());

            Sql.execute(db, "PRAGMA max_page_count = 1073741823");
            vm.save(visit, saved::set);
            assertEquals("", vm.errorKeyProperty().get());
            assertEquals(before + 1, store.count());
            assertEquals("qu", saved.get().language());
            assertEquals(saved.get(), store.find(saved.get().id()).orElseThrow());
        }
    }

    @Test
    void anOutcomeThatNeedsADetailIsRefusedWithoutOne() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            AttentionStore store = db.attentions();
            ProcedureViewModel vm = new ProcedureViewModel(new AttentionService(db, Clock.systemUTC()),
                    TaskRunner.direct(), new SimpleStringProperty("es"));
            Visit visit = new Visit(TrainingData.ADVISORS.get(0), TrainingData.POINT,
                    Document.parse(DocumentType.DNI, "10117410", "G").document(), null, "", Instant.now());
            open(vm, Catalog.bundled().all().get(0));
            vm.save(visit, a -> { });
            assertEquals("procedure.error.outcome.missing", vm.errorKeyProperty().get());
            vm.outcomeProperty().set(OutcomeType.NO_ATENDIDO);
            vm.detailProperty().set("   ");
            vm.save(visit, a -> { });
            assertEquals("procedure.error.detail.missing", vm.errorKeyProperty().get());
            assertEquals(0, store.count());
        }
    }

    private static void open(ProcedureViewModel vm, pe.macexpress.desk.catalog.Procedure p) {
        vm.open(p, Catalog.bundled());
    }
}
