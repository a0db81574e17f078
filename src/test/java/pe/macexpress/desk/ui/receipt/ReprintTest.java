package pe.macexpress.desk.ui.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.core.Attention;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.receipt.ReceiptService;
import pe.macexpress.desk.receipt.SystemPrinter;
import pe.macexpress.desk.store.Store;
import pe.macexpress.desk.testing.ReceiptSamples;
import pe.macexpress.desk.testing.SampleAttentions;
import pe.macexpress.desk.ui.common.I18n;
import pe.macexpress.desk.ui.common.TaskRunner;

/** History's "reprint" on one row: the whole visit's receipt from the store, and back to History. */
@ExtendWith(ApplicationExtension.class)
class ReprintTest {
    @TempDir
    static Path dir;

    private Store store;
    private StackPane window;
    private final List<Node> shown = new ArrayList<>();

    @Start
    void start(Stage stage) {
        window = new StackPane(new Label("history"));
        stage.setScene(new Scene(window, 1024, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void oneRowOfAVisitReprintsTheWholeVisitAndBackReturnsToTheScreenThatAsked(FxRobot robot) {
        store = Store.open(dir.resolve("desk.db"), Clock.systemUTC());
        List<Attention> visit = ReceiptSamples.visit();
        visit.forEach(store.attentions()::save);
        store.attentions().save(SampleAttentions.of(21));
        Node history = window.getChildren().get(0);

        Localization text = Localization.bundledOnly();
        I18n i18n = new I18n(text, "qu");
        Reprint reprint = new Reprint(i18n, store.attentions(), ReceiptSamples::catalog, ReceiptSamples::point,
                new ReceiptService(text, ZoneId.of("America/Lima"), new SystemPrinter()), TaskRunner.direct(),
                () -> window.getChildren().get(0), n -> {
                    shown.add(n);
                    window.getChildren().setAll(n);
                });
        robot.interact(() -> reprint.accept(List.of(visit.get(1))));

        assertEquals(1, shown.size());
        assertTrue(shown.get(0) instanceof ReceiptScreen);
        for (int i = 0; i < visit.size(); i++) {
            assertEquals(visit.get(i).code(), robot.lookup("#receipt-code-" + i).queryAs(Labeled.class).getText(),
                    "the whole visit, oldest first");
        }
        assertTrue(robot.lookup("#receipt-code-3").tryQuery().isEmpty(), "no other visit's attention");
        assertEquals(text.text("qu", "receipt.back"), robot.lookup("#receipt-next").queryButton().getText());

        robot.clickOn("#receipt-next");
        assertSame(history, shown.get(1), "back to History as it was");
    }
}
