package pe.macexpress.desk.ui.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.Layout;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.receipt.SystemPrinter;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.ReceiptSamples;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.DeskUi;
import pe.macexpress.desk.ui.attention.ReceiptView;
import pe.macexpress.desk.ui.common.FxTaskRunner;
import pe.macexpress.desk.ui.common.I18n;

/**
 * The receipt screen on a netbook (1024×600, with room taken by the shell's header and footer):
 * long procedure names wrap, codes never shrink or elide; save, copy and print do what they say.
 */
@ExtendWith(ApplicationExtension.class)
class ReceiptScreenTest {
    private static final Localization TEXT = Localization.bundledOnly();
    private final List<Attention> visit = ReceiptSamples.visit();
    private final FxTaskRunner runner = new FxTaskRunner();
    private I18n i18n;
    private ReceiptView view;
    private Scene scene;
    private Path folder;
    private boolean done;

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory("receipt-ui");
        i18n = new I18n(TEXT, "es");
        ReceiptService receipts = new ReceiptService(TEXT, ZoneId.of("America/Lima"), new SystemPrinter());
        view = new ReceiptView(i18n, ReceiptSamples.catalog(), visit, ReceiptSamples.point(), receipts, runner,
                () -> done = true);
        view.chooseFilesWith(folder::resolve);
        // The shell's header and footer take their share of the 600 px.
        Region header = new Region();
        header.setPrefHeight(72);
        Region footer = new Region();
        footer.setPrefHeight(40);
        BorderPane shell = new BorderPane(view, header, null, footer, null);
        scene = new Scene(shell, 1024, 600);
        scene.getStylesheets().add(TrainingDesk.class.getResource(DeskUi.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void codesStandWholeAtNetbookSizeInBothLanguages(FxRobot robot) throws Exception {
        for (int i = 0; i < visit.size(); i++) {
            assertEquals(visit.get(i).code(), text(robot, "#receipt-code-" + i));
        }
        assertEquals(ReceiptSamples.LONG_NAME_ES, text(robot, "#receipt-procedure-0"));
        assertNothingElided(robot, "es");
        Screenshots.save(robot, scene, "receipt-screen-1024x600-es");

        // The citizen asks for it in Quechua; the advisor's screen stays in Spanish.
        robot.interact(() -> robot.lookup("#receipt-language").queryComboBox().setValue(TEXT.language("qu")));
        assertEquals(ReceiptSamples.LONG_NAME_QU, text(robot, "#receipt-procedure-0"));
        assertEquals(visit.get(0).code(), text(robot, "#receipt-code-0"));
        assertEquals(TEXT.text("es", "receipt.print"), robot.lookup("#receipt-print").queryButton().getText());
        assertTrue(text(robot, "#receipt-farewell").contains("Sulpayki"), text(robot, "#receipt-farewell"));
        assertNothingElided(robot, "qu");
        Screenshots.save(robot, scene, "receipt-screen-1024x600-qu-receipt");
    }

    @Test
    void theReceiptFollowsTheAdvisorsLanguageUntilAnotherIsChosen(FxRobot robot) {
        robot.interact(() -> i18n.languageProperty().set(TEXT.language("qu")));
        assertEquals("qu", view.viewModel().languageProperty().get());
        assertEquals(TEXT.text("qu", "receipt.print"), robot.lookup("#receipt-print").queryButton().getText());
        assertNothingElided(robot, "qu screen");
        Screenshots.save(robot, scene, "receipt-screen-1024x600-qu");
        robot.interact(() -> robot.lookup("#receipt-language").queryComboBox().setValue(TEXT.language("es")));
        robot.interact(() -> i18n.languageProperty().set(TEXT.language("es")));
        robot.interact(() -> i18n.languageProperty().set(TEXT.language("qu")));
        assertEquals("qu", view.viewModel().languageProperty().get(), "followed again: it matched the advisor's");
    }

    @Test
    void savePdfWritesTheChosenLayoutToTheChosenFile(FxRobot robot) throws Exception {
        robot.clickOn("#receipt-layout-ticket");
        assertEquals(Layout.TICKET, view.viewModel().layoutProperty().get());
        robot.clickOn("#receipt-save");
        Path file = folder.resolve(TEXT.text("es", "receipt.file.name", visit.get(0).code()));
        TrainingDesk.waitUntil(() -> text(robot, "#receipt-status").equals(TEXT.text("es", "receipt.saved", file.toString())));
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(226f, doc.getPage(0).getMediaBox().getWidth(), 0.5f, "the 80 mm ticket");
            String pdf = new PDFTextStripper().getText(doc);
            for (Attention a : visit) {
                assertTrue(pdf.lines().map(String::strip).anyMatch(a.code()::equals), a.code() + " in the PDF");
            }
        }
        Screenshots.save(robot, scene, "receipt-screen-saved");
    }

    @Test
    void copyPutsTheCodesOnTheClipboardAndNextLeaves(FxRobot robot) throws TimeoutException {
        robot.clickOn("#receipt-copy");
        String[] clip = new String[1];
        robot.interact(() -> clip[0] = Clipboard.getSystemClipboard().getString());
        assertEquals(String.join("\n", visit.stream().map(Attention::code).toList()), clip[0]);
        assertEquals(TEXT.text("es", "receipt.copied"), text(robot, "#receipt-status"));
        robot.clickOn("#receipt-next");
        assertTrue(done, "next citizen");
    }

    @Test
    void withoutAPrinterTheAdvisorIsToldToSaveThePdf(FxRobot robot) throws TimeoutException {
        org.junit.jupiter.api.Assumptions.assumeTrue(PrintServiceLookup.lookupDefaultPrintService() == null,
                "this machine has a printer");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.P)
                .release(javafx.scene.input.KeyCode.P, javafx.scene.input.KeyCode.CONTROL);
        TrainingDesk.waitUntil(() -> text(robot, "#receipt-status").equals(TEXT.text("es", "receipt.print.no.printer")));
        robot.clickOn("#receipt-print");
        TrainingDesk.waitUntil(() -> text(robot, "#receipt-status").equals(TEXT.text("es", "receipt.print.no.printer")));
        assertFalse(robot.lookup("#receipt-print").queryButton().isDisabled(), "ready to try again");
        assertNothingElided(robot, "no printer");
        Screenshots.save(robot, scene, "receipt-screen-no-printer");
    }

    @Test
    void aReceiptScreenLeftBehindIsNotKeptAliveByTheLanguage(FxRobot robot) throws Exception {
        ReceiptService receipts = new ReceiptService(TEXT, ZoneId.of("America/Lima"), new SystemPrinter());
        java.lang.ref.WeakReference<ReceiptView>[] left = new java.lang.ref.WeakReference[1];
        robot.interact(() -> left[0] = new java.lang.ref.WeakReference<>(new ReceiptView(i18n, ReceiptSamples.catalog(),
                visit, ReceiptSamples.point(), receipts, runner, () -> { })));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 20 && left[0].get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        assertTrue(left[0].get() == null, "200 visits must not keep 200 receipt screens");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** A Labeled whose drawn text differs from its text (an ellipsis) is clipped. */
    private void assertNothingElided(FxRobot robot, String when) {
        List<String> elided = new ArrayList<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            elided.addAll(DrawnText.elided(scene.getRoot()));
        });
        assertEquals(List.of(), elided, "elided at 1024×600 (" + when + ")");
    }
}
