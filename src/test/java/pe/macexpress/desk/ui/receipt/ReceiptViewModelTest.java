package pe.macexpress.desk.ui.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.Layout;
import pe.macexpress.desk.receipt.PrintProblem;
import pe.macexpress.desk.receipt.ReceiptPrinter;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.testing.ReceiptSamples;
import pe.macexpress.desk.ui.common.TaskRunner;

/**
 * The receipt screen's state without a scene. The printer here records what it was given: no
 * printer exists on this machine, and the real one's "no printer" path is tested beside it.
 */
class ReceiptViewModelTest {
    @TempDir
    Path dir;

    private final List<String> printed = new ArrayList<>();
    private boolean jammed;
    private final ReceiptPrinter printer = (doc, layout, job) -> {
        if (jammed) {
            throw new PrintProblem(PrintProblem.Kind.FAILED, "jam", null);
        }
        printed.add(layout + " " + doc.getNumberOfPages() + " " + job);
        return "Epson TM-T20";
    };

    private ReceiptViewModel vm(String tag) {
        ReceiptService receipts = new ReceiptService(Localization.bundledOnly(), ZoneId.of("America/Lima"), printer);
        return new ReceiptViewModel(receipts, TaskRunner.direct(), ReceiptSamples.visit(), ReceiptSamples.catalog(),
                ReceiptSamples.point(), tag);
    }

    @Test
    void theReceiptsLanguageRebuildsItsTextsAndKeepsTheCodes() {
        ReceiptViewModel vm = vm("es");
        assertEquals(ReceiptSamples.LONG_NAME_ES, vm.receiptProperty().get().items().get(0).procedure());
        vm.languageProperty().set("qu");
        assertEquals(ReceiptSamples.LONG_NAME_QU, vm.receiptProperty().get().items().get(0).procedure());
        assertEquals("K7Q3-9PXA\nM2B8-4TWD\nZ5R1-7HNC", vm.codes());
        assertEquals("K7Q3-9PXA", vm.firstCode());
    }

    @Test
    void printSendsTheChosenLayoutAndSaysWhereAndAFailureSaysWhatToDo() {
        ReceiptViewModel vm = vm("es");
        vm.layoutProperty().set(Layout.TICKET);
        vm.print();
        assertEquals(1, printed.size());
        assertTrue(printed.get(0).startsWith("TICKET 1 "), printed.get(0));
        assertFalse(printed.get(0).contains("QUISPE"), "the queue shows no names: " + printed.get(0));
        assertEquals(new ReceiptViewModel.Message("receipt.printed", List.of("Epson TM-T20")), vm.messageProperty().get());
        assertFalse(vm.busyProperty().get());

        jammed = true;
        vm.print();
        assertEquals("receipt.print.failed", vm.messageProperty().get().key());
        vm.layoutProperty().set(null);
        assertEquals(Layout.TICKET, vm.layoutProperty().get(), "a paper is always chosen");
    }

    @Test
    void saveWritesThePdfOrSaysItCouldNot() throws Exception {
        ReceiptViewModel vm = vm("qu");
        Path file = dir.resolve("constancia.pdf");
        vm.save(file);
        assertTrue(Files.size(file) > 1000);
        assertEquals(new ReceiptViewModel.Message("receipt.saved", List.of(file.toString())), vm.messageProperty().get());

        Files.writeString(dir.resolve("a-file"), "x");
        Path impossible = dir.resolve("a-file").resolve("constancia.pdf");
        vm.save(impossible);
        assertEquals("receipt.save.failed", vm.messageProperty().get().key());
        vm.save(null);
        assertEquals("receipt.save.failed", vm.messageProperty().get().key(), "a cancelled dialog changes nothing");
    }
}
