package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.Complaint;
import pe.macexpress.desk.store.ComplaintStore;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.SampleComplaints;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.ComplaintService;

/** Seguimiento's complaints without a scene: the list, a refused answer, a recorded one, a mark not written. */
class ComplaintCasesViewModelTest {
    @TempDir
    Path dir;

    @Test
    void answersCloseComplaintsAndAMarkNotWrittenIsSaid() throws Exception {
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            ComplaintService service = new ComplaintService(db, Clock.systemUTC(), () -> 15);
            ComplaintCasesViewModel vm = new ComplaintCasesViewModel(service, () -> "P1", () -> "SUP-1",
                    TaskRunner.direct());
            Complaint c = service.file(SampleComplaints.filing("es"), "P1");
            vm.refresh();
            assertEquals(1, vm.open().size());
            assertEquals("", vm.missingProperty().get());

            assertFalse(vm.answer(c, service.today(), Complaint.AnswerVia.EMAIL, " "));
            assertEquals("complaint.answer.invalid", vm.messageProperty().get().key());
            assertFalse(vm.answer(c, service.today().plusDays(1), Complaint.AnswerVia.EMAIL, "Hecho"),
                    "not a day in the future");
            assertTrue(vm.answer(c, service.today(), Complaint.AnswerVia.IN_PERSON, "Se le explicó en persona."));
            assertEquals("complaint.answer.saved", vm.messageProperty().get().key());
            assertEquals(0, vm.open().size());

            Path blocker = db.complaints().highWaterFile().resolveSibling(ComplaintStore.HIGH_WATER_FILE + ".part");
            Files.createDirectories(blocker.resolve("x"));
            service.file(SampleComplaints.filing("es"), "P1");
            vm.refresh();
            assertEquals("complaint.cases.mark.failed", vm.messageProperty().get().key());
        }
    }
}
