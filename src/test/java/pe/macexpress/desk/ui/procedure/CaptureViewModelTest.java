package pe.macexpress.desk.ui.procedure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.attention.AttentionService;
import pe.macexpress.desk.attention.Visit;
import pe.macexpress.desk.catalog.Catalog;
import pe.macexpress.desk.catalog.Procedure;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.procedure.CaptureService;
import pe.macexpress.desk.store.Sql;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.CaptureSamples;
import pe.macexpress.desk.testing.TestCatalogs;
import pe.macexpress.desk.ui.common.TaskRunner;

/** The capture form's state, headless: kept through a failed save and through Back, gone with a new visit. */
class CaptureViewModelTest {
    private static final Catalog CATALOG = TestCatalogs.channels();
    private static final Procedure SIS = CATALOG.find("sis-afiliacion").orElseThrow();

    @TempDir
    Path dir;

    private static void fill(CaptureViewModel vm, Path receipt) {
        CaptureSamples.sisAnswers().forEach((id, v) -> vm.draft().field(id).orElseThrow().valueProperty().set(v));
        vm.addDocument(vm.draft().field("recibo").orElseThrow(), receipt);
        vm.draft().detailProperty().set("Respuesta del SIS en 5 días");
    }

    @Test
    void aFailedSaveKeepsEverythingAndTheRetrySaves() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            CaptureViewModel vm = new CaptureViewModel(new CaptureService(db, new AttentionService(db, Clock.systemUTC()),
                    Clock.systemUTC()), Optional.empty(), TaskRunner.direct(), new SimpleStringProperty("es"));
            Visit visit = CaptureSamples.visit();
            Path receipt = dir.resolve("recibo.png");
            Files.write(receipt, CaptureSamples.image(900, 1200, "png", 9));
            vm.open(visit, SIS, CATALOG.entityOf(SIS), CATALOG.version());
            fill(vm, receipt);
            assertEquals(1, vm.draft().field("recibo").orElseThrow().documents().size());

            Sql.execute(db, "CREATE TRIGGER refuse BEFORE INSERT ON capture BEGIN SELECT RAISE(ABORT, 'no'); END");
            AtomicReference<Attention> saved = new AtomicReference<>();
            vm.save(visit, saved::set);
            assertNull(saved.get());
            assertTrue(vm.errorKeyProperty().get().startsWith("store.") || vm.errorKeyProperty().get().startsWith("error."),
                    vm.errorKeyProperty().get());
            assertEquals("Rosa Quispe Mamani", vm.draft().field("nombre").orElseThrow().valueProperty().get());
            assertEquals(1, vm.draft().field("recibo").orElseThrow().documents().size());

            // Back to the choice and in again within the visit: still there.
            vm.open(visit, CATALOG.find("pnp-antecedentes-policiales").orElseThrow(), null, CATALOG.version());
            vm.open(visit, SIS, CATALOG.entityOf(SIS), CATALOG.version());
            assertEquals("080101", vm.draft().field("ubigeo").orElseThrow().valueProperty().get());

            Sql.execute(db, "DROP TRIGGER refuse");
            vm.save(visit, saved::set);
            assertEquals("", vm.errorKeyProperty().get());
            assertEquals(1, db.captures().ofAttention(saved.get().id()).size());

            // Saved: the next time (or the next visit) the form starts empty.
            vm.open(CaptureSamples.visit(), SIS, CATALOG.entityOf(SIS), CATALOG.version());
            assertEquals("", vm.draft().field("nombre").orElseThrow().valueProperty().get());
            assertTrue(vm.draft().field("recibo").orElseThrow().documents().isEmpty());
        }
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedUnderItsField() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            CaptureViewModel vm = new CaptureViewModel(new CaptureService(db, new AttentionService(db, Clock.systemUTC()),
                    Clock.systemUTC()), Optional.empty(), TaskRunner.direct(), new SimpleStringProperty("es"));
            vm.open(CaptureSamples.visit(), SIS, CATALOG.entityOf(SIS), CATALOG.version());
            Path notes = dir.resolve("recibo.jpg");
            Files.writeString(notes, "solo texto");
            CaptureField recibo = vm.draft().field("recibo").orElseThrow();
            vm.addDocument(recibo, notes);
            assertEquals("capture.document.error.not.image", recibo.documentErrorKeyProperty().get());
            assertTrue(recibo.documents().isEmpty());
            assertTrue(!recibo.preparingProperty().get(), "the busy mark is reset");
        }
    }
}
