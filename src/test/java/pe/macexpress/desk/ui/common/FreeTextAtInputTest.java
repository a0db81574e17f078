package pe.macexpress.desk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.security.TextGuard;
import pe.macexpress.desk.testing.Screenshots;

/**
 * Issue 15: a 22 KB outcome detail (pasted) was saved whole and then quarantined forever by the
 * central; a pasted right-to-left override made a text display otherwise than it was stored. The
 * counter's outcome detail now cuts at the free-text limit and drops control and bidi characters
 * as they come in, pasted or typed.
 */
@ExtendWith(ApplicationExtension.class)
class FreeTextAtInputTest {
    private final StringProperty detail = new SimpleStringProperty("");
    private TextArea area;
    private TextField line;
    private Scene scene;

    @Start
    void start(Stage stage) {
        I18n i18n = new I18n(Localization.bundledOnly(), "es");
        VBox section = OutcomeSection.build(new SimpleObjectProperty<>(OutcomeType.PENDIENTE), detail, i18n,
                "outcome-", "outcome-detail", 4);
        area = (TextArea) section.lookup("#outcome-detail");
        line = new TextField();
        Fields.limit(line, 20);
        scene = new Scene(new VBox(8, section, line), 1024, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void a22KbPastedDetail_isCutAtTheLimit_withoutBidiOverrides(FxRobot robot) {
        String pasted = "Falta partida \u202Eadartne\u202C de nacimiento\u0007. ".repeat(600);
        assertTrue(pasted.length() > 22_000);
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(pasted);
            Clipboard.getSystemClipboard().setContent(c);
            area.requestFocus();
            area.paste();
        });
        assertEquals(TextGuard.MAX_FREE_TEXT, detail.get().length(), "cut at the limit, not refused whole");
        assertTrue(TextGuard.isClean(detail.get()), "no RLO, PDF or BEL");
        assertTrue(detail.get().startsWith("Falta partida adartne de nacimiento. "), detail.get().substring(0, 60));
        Screenshots.save(robot, scene, "limits-es-detail-cut");

        robot.interact(() -> area.appendText("más"));
        assertEquals(TextGuard.MAX_FREE_TEXT, detail.get().length(), "typing beyond the limit is refused");
        robot.interact(() -> area.replaceText(0, 5, "X\u202Ey"));
        assertFalse(detail.get().contains("\u202E"));
        assertTrue(detail.get().startsWith("Xy"), detail.get().substring(0, 10));
    }

    @Test
    void aOneLineField_turnsPastedLineBreaksIntoSpaces_andCutsAtItsOwnLimit(FxRobot robot) {
        robot.interact(() -> line.replaceText(0, 0, "uno\ndos\u202Etres\ncuatro cinco seis"));
        assertEquals("uno dostres cuatro c", line.getText());
        robot.interact(() -> line.setText(""));
        robot.interact(() -> line.replaceText(0, 0, "12345678\n"));
        assertEquals("12345678", line.getText(), "a copied line's break does not become a space");
    }
}
