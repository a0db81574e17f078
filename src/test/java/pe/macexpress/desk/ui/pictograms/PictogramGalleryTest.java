package pe.macexpress.desk.ui.pictograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.pictogram.Drawings;
import pe.macexpress.desk.procedure.NextStep;
import pe.macexpress.desk.testing.Screenshots;

/**
 * Every pictogram at 32 px (a list row, a toggle) and 96 px (the citizen's side), on white and on the
 * selection's red: the gallery a person opens to check that each one is recognisable. Each has a name
 * for screen readers in Spanish and in Quechua, and draws something.
 */
@ExtendWith(ApplicationExtension.class)
class PictogramGalleryTest {
    private static final Localization TEXT = Localization.bundledOnly();
    private static final double[] SIZES = {32, 96};
    private Scene scene;
    private FlowPane gallery;

    /** One entry per pictogram: its name for the gallery and how to draw it in a language at a size. */
    private record Entry(String name, String key, BiFunction<String, Double, Pane> draw) {
    }

    private static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        List<String> families = new ArrayList<>(Drawings.FAMILIES);
        families.add("no-such-family");
        for (String f : families) {
            all.add(new Entry("family " + f, Drawings.familyKey(f), (tag, size) -> Pictograms.family(TEXT, tag, f, size)));
        }
        for (OutcomeType t : OutcomeType.values()) {
            all.add(new Entry("outcome " + t, Drawings.outcomeKey(t), (tag, size) -> Pictograms.outcome(TEXT, tag, t, size)));
        }
        for (NextStep.Kind k : NextStep.Kind.values()) {
            all.add(new Entry("step " + k, k.messageKey(), (tag, size) -> Pictograms.step(TEXT, tag, k, size)));
        }
        return all;
    }

    @Start
    void start(Stage stage) {
        gallery = new FlowPane(12, 12);
        gallery.setPadding(new Insets(10));
        gallery.setStyle("-fx-background-color: #f4f6f9;");
        for (Entry e : entries()) {
            Pane small = e.draw().apply("es", 32.0);
            Pane large = e.draw().apply("es", 96.0);
            Pane onRed = e.draw().apply("es", 32.0);
            VBox red = new VBox(onRed);
            red.setPadding(new Insets(6));
            red.setStyle("-fx-background-color: #b0141c;");
            Label name = new Label(e.name());
            name.setStyle("-fx-font-size: 10px;");
            VBox cell = new VBox(4, large, new javafx.scene.layout.HBox(6, small, red), name);
            cell.setAlignment(Pos.TOP_LEFT);
            cell.setPrefWidth(110);
            gallery.getChildren().add(cell);
        }
        scene = new Scene(gallery, 1024, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void everyPictogramDrawsAtBothSizesWithANameInSpanishAndQuechua(FxRobot robot) {
        List<Entry> entries = entries();
        assertEquals(Drawings.all().size(), entries.size(), "the gallery shows every drawing");
        robot.interact(() -> {
            for (Entry e : entries) {
                for (double size : SIZES) {
                    Pane es = e.draw().apply("es", size);
                    Pane qu = e.draw().apply("qu", size);
                    assertFalse(es.getAccessibleText().isBlank(), e.name());
                    assertFalse(qu.getAccessibleText().isBlank(), e.name());
                    assertEquals(TEXT.text("es", e.key()), es.getAccessibleText(), e.name());
                    assertEquals(TEXT.text("qu", e.key()), qu.getAccessibleText(), e.name());
                    assertNotEquals(es.getAccessibleText(), qu.getAccessibleText(), e.name() + ": the same name in both");
                    assertEquals(size, es.getPrefWidth(), e.name());
                    Group drawn = (Group) es.getChildren().get(0);
                    Bounds b = drawn.getBoundsInParent();
                    assertTrue(b.getWidth() > size / 2 && b.getHeight() > size / 2, e.name() + " draws " + b);
                    assertTrue(b.getWidth() <= size * 1.1 && b.getHeight() <= size * 1.1, e.name() + " fits " + b);
                }
            }
        });
        // A name unknown to the catalogue still gets a pictogram, the fallback's.
        String[] fallback = new String[1];
        robot.interact(() -> fallback[0] = Pictograms.family(TEXT, "es", "no-such-family", 32).getAccessibleText());
        assertEquals(TEXT.text("es", "picto.family.unknown"), fallback[0]);
        Screenshots.save(robot, scene, "pictograms-gallery");
    }
}
