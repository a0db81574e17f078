package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.core.ComplaintFiling;
import pe.macexpress.desk.core.DocumentType;
import pe.macexpress.desk.core.PointType;
import pe.macexpress.desk.core.ServicePoint;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.ReceiptPrinter;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.ui.common.TaskRunner;
import pe.macexpress.desk.voice.ComplaintService;

/** The complaint form's rules without a scene: problems first, a confirmation before filing, the copy printed. */
class ComplaintViewModelTest {
    private static final ServicePoint POINT = new ServicePoint("TAMBO-DEMO-01", "Tambo Nueva Esperanza", PointType.TAMBO,
            "160101", "Nueva Esperanza");

    @TempDir
    Path dir;

    @Test
    void problemsThenSummaryThenConfirmationThenNumberAndPrintedCopy() throws IOException {
        List<String> printed = new ArrayList<>();
        ReceiptPrinter printer = (doc, layout, job) -> {
            try {
                printed.add(job + "|" + new PDFTextStripper().getText(doc).replaceAll("\\s+", " "));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return "Oficina";
        };
        try (Store db = Store.open(dir.resolve("desk.db"), Clock.systemUTC())) {
            Localization l10n = Localization.bundledOnly();
            ComplaintViewModel vm = new ComplaintViewModel(new ComplaintService(db, Clock.systemUTC(), () -> 15),
                    () -> POINT, () -> "ADV-1", l10n, TaskRunner.direct(), ZoneId.of("America/Lima"), printer, "qu");
            assertEquals("qu", vm.languageProperty().get(), "the citizen's language defaults to the advisor's");
            vm.prefill(null, DocumentType.DNI, "40123456", "ROSA QUISPE MAMANI");

            assertFalse(vm.review());
            assertTrue(vm.problems().contains(ComplaintFiling.Problem.FACTS_REQUIRED));
            assertTrue(vm.problems().contains(ComplaintFiling.Problem.EMAIL_REQUIRED));
            assertFalse(vm.problems().contains(ComplaintFiling.Problem.NOT_CONFIRMED), "asked on the summary, not here");
            vm.replyViaProperty().set(ComplaintFiling.ReplyVia.ADDRESS);
            vm.addressProperty().set("Jr. Los Incas 123");
            vm.minorProperty().set(true);
            vm.factsProperty().set("Manam yanapawarqankuchu.");
            vm.requestProperty().set("Allinta yanapawanankupaq.");
            vm.actionProperty().set("Yanaparqani.");
            assertFalse(vm.review());
            assertEquals(List.of(ComplaintFiling.Problem.GUARDIAN_REQUIRED), List.copyOf(vm.problems()));
            vm.guardianNamesProperty().set("JUANA MAMANI");
            assertTrue(vm.review());
            assertEquals(ComplaintViewModel.Step.SUMMARY, vm.stepProperty().get());
            assertTrue(vm.summary().contains(l10n.text("qu", "complaint.copy.reply.address")));

            vm.file();
            assertNull(vm.filedProperty().get(), "not without the citizen's confirmation");
            assertEquals("complaint.confirm.first", vm.messageProperty().get().key());
            vm.readAloudProperty().set(true);
            vm.citizenReadProperty().set(true);
            assertFalse(vm.readAloudProperty().get(), "one way of confirming");
            vm.file();
            assertEquals(ComplaintViewModel.Step.FILED, vm.stepProperty().get());
            String number = vm.filedProperty().get().number().text();
            assertEquals("TAMBO-DEMO-01", vm.filedProperty().get().pointId());
            assertNull(vm.filedProperty().get().filing().visitId(), "filed without a visit");

            vm.print();
            assertEquals("complaint.printed", vm.messageProperty().get().key());
            assertEquals(1, printed.size());
            assertTrue(printed.get(0).startsWith(number + "|"), "the job is named by the number only");
            assertTrue(printed.get(0).contains("JUANA MAMANI"), "the guardian on the copy");
            assertTrue(printed.get(0).contains(l10n.text("qu", "complaint.copy.due.title")));
            assertFalse(vm.suggestedFileName().contains("QUISPE"));
        }
    }
}
