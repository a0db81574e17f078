package pe.macexpress.desk.ui.pictograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.app.DeskContext;
import pe.macexpress.desk.core.OutcomeType;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.pictogram.Drawings;
import pe.macexpress.desk.procedure.NextStep;
import pe.macexpress.desk.sandbox.FictitiousCitizen;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.TrainingDesk;

/**
 * Issue 16 (pictograms) on a netbook's 1024×600, in Spanish and in Quechua: the family pictogram on
 * each procedure of the choice list, the outcome pictograms on the outcome choices, and on the
 * receipt each attention's outcome and next steps as pictograms beside their words, named in the
 * receipt's language; no text clipped where they were added.
 */
@ExtendWith(ApplicationExtension.class)
class PictogramsOnScreenTest {
    private TrainingDesk desk;
    private DeskContext ctx;

    @Start
    void start(Stage stage) throws IOException {
        desk = new TrainingDesk(stage, 1024, 600);
        ctx = desk.ctx;
    }

    @AfterEach
    void stop() throws IOException {
        desk.close();
    }

    @Test
    void aVisitInSpanishShowsThePictogramsAndTheReceiptInTheCitizensQuechua(FxRobot robot) throws Exception {
        visit(robot, "es");
        // The citizen asks for the receipt in Quechua: the pictograms' names follow it.
        robot.interact(() -> robot.lookup("#receipt-language").queryComboBox().setValue(ctx.localization().language("qu")));
        assertEquals(ctx.localization().text("qu", NextStep.Kind.COME_BACK.messageKey()),
                accessible(robot, "#receipt-step-0-0-pictogram"));
        assertEquals("Yaqa 2 llamk'ana p'unchawmanta kutimuy.", text(robot, "#receipt-step-0-0"));
        assertNothingElided(robot, "#receipt-rows", "es advisor, qu receipt");
        scrollToNextSteps(robot);
        Screenshots.save(robot, desk.scene, "picto-es-04-receipt-citizen-qu");
        saveCard(robot, "picto-es-04-receipt-citizen-qu-card");
    }

    @Test
    void aVisitInQuechuaShowsThePictogramsNamedInQuechua(FxRobot robot) throws Exception {
        visit(robot, "qu");
    }

    private void visit(FxRobot robot, String tag) throws Exception {
        FictitiousCitizen citizen = ctx.sandbox().population().firstAdult();
        waitUntil(() -> robot.lookup("#login-advisor").queryComboBox().getValue() != null);
        waitUntil(() -> focused(robot, "#login-pin"));
        if (!"es".equals(tag)) {
            ComboBox<Language> box = robot.lookup("#language-switch").queryComboBox();
            robot.interact(() -> box.setValue(ctx.localization().language(tag)));
            waitUntil(() -> focused(robot, "#login-pin"));
        }
        robot.write(TrainingData.DEMO_PIN).type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#identify-number"));
        robot.write(citizen.dni()).type(KeyCode.TAB).write(String.valueOf(citizen.checkDigit()));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#identify-state").isEmpty());
        robot.type(KeyCode.ENTER);

        // The choice list: each procedure with its family's pictogram, named in the advisor's language.
        waitUntil(() -> focused(robot, "#choice-search"));
        waitUntil(() -> !robot.lookup("#choice-list").queryListView().getItems().isEmpty());
        List<String> families = new ArrayList<>();
        robot.interact(() -> collectPictograms(robot.lookup("#choice-list").query(), families));
        assertFalse(families.isEmpty(), "family pictograms in the list");
        List<String> names = Drawings.FAMILIES.stream().map(f -> ctx.localization().text(tag, Drawings.familyKey(f))).toList();
        assertTrue(names.containsAll(families), families + " are family names in " + tag);
        assertNothingElided(robot, "#choice-list", tag + " choice");
        Screenshots.save(robot, desk.scene, "picto-" + tag + "-01-choice");
        // Browsing by life event: each with its family's pictogram too.
        ComboBox<?> events = robot.lookup("#choice-life-event").queryComboBox();
        robot.interact(events::show);
        waitUntil(() -> robot.lookup(".combo-box-popup .list-view").tryQuery().isPresent());
        List<String> inPopup = new ArrayList<>();
        robot.interact(() -> robot.lookup(".combo-box-popup .list-view").queryAll()
                .forEach(n -> collectPictograms(n, inPopup)));
        assertTrue(inPopup.containsAll(names.subList(0, 3)), inPopup + " shows the first families");
        Screenshots.save(robot, robot.lookup(".combo-box-popup .list-view").query().getScene(),
                "picto-" + tag + "-01-life-events");
        robot.interact(events::hide);
        waitUntil(() -> focused(robot, "#choice-search"));
        robot.write("antecedentes judiciales");
        waitUntil(() -> robot.lookup("#choice-list").queryListView().getItems().size() == 1);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);

        // The outcome choices: a pictogram beside each name.
        waitUntil(() -> focused(robot, "#outcome-atendido"));
        for (OutcomeType t : OutcomeType.values()) {
            String id = "#outcome-" + t.name().toLowerCase(java.util.Locale.ROOT);
            assertEquals(ctx.localization().text(tag, t.messageKey()), accessible(robot, id + "-pictogram"));
        }
        robot.type(KeyCode.DIGIT1);
        robot.interact(() -> {
            Node choices = robot.lookup("#outcome-atendido").query();
            // Brought into view so the screenshot shows the choices at netbook size.
            javafx.scene.control.ScrollPane scroll = scrollOf(choices);
            if (scroll != null) {
                scroll.setVvalue(scroll.getVmax());
            }
        });
        assertNothingElided(robot, "#outcome-atendido", tag + " outcome");
        Screenshots.save(robot, desk.scene, "picto-" + tag + "-02-outcome");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> focused(robot, "#another-no"));
        robot.type(KeyCode.ENTER);

        // The receipt: the outcome's pictogram and the next steps', in the receipt's language.
        waitUntil(() -> focused(robot, "#receipt-next"));
        assertEquals(ctx.localization().text(tag, OutcomeType.ATENDIDO.messageKey()),
                accessible(robot, "#receipt-outcome-0-pictogram"));
        List<String> steps = new ArrayList<>();
        robot.interact(() -> collectPictograms(robot.lookup("#receipt-next-0").query(), steps));
        assertEquals(List.of(NextStep.Kind.COME_BACK, NextStep.Kind.BRING_DOCUMENT, NextStep.Kind.KEEP_RECEIPT).stream()
                .map(k -> ctx.localization().text(tag, k.messageKey())).toList(), steps);
        assertEquals(ctx.localization().text(tag, "picto.step.text.come.back", "2", "0.00"), text(robot, "#receipt-step-0-0"));
        assertNothingElided(robot, "#receipt-rows", tag + " receipt");
        Screenshots.save(robot, desk.scene, "picto-" + tag + "-03-receipt");
        scrollToNextSteps(robot);
        Screenshots.save(robot, desk.scene, "picto-" + tag + "-03-receipt-next-steps");
        saveCard(robot, "picto-" + tag + "-03-receipt-card");
    }

    /** The receipt scrolls at 1024×600: brought down to the first attention's next steps, to look at them. */
    private static void scrollToNextSteps(FxRobot robot) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#receipt-scroll").queryAs(
                    javafx.scene.control.ScrollPane.class);
            Node steps = robot.lookup("#receipt-next-0").query();
            double y = scroll.getContent().sceneToLocal(steps.localToScene(0, 0)).getY();
            double room = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.min(scroll.getVmax(), scroll.getVmax() * y / Math.max(1, room)));
        });
    }

    /** The receipt's card whole, as the citizen sees it once scrolled, saved to look at. */
    private static void saveCard(FxRobot robot, String name) {
        javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> image[0] = robot.lookup("#receipt-rows").query().getParent().snapshot(null, null));
        try {
            java.nio.file.Files.createDirectories(Screenshots.FOLDER);
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image[0], null), "png",
                    Screenshots.FOLDER.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static javafx.scene.control.ScrollPane scrollOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane s) {
                return s;
            }
        }
        return null;
    }

    /** The accessible names of the pictograms under {@code n}, in order. */
    private static void collectPictograms(Node n, List<String> names) {
        if (!n.isVisible()) {
            return;
        }
        if (n.getStyleClass().contains(Pictograms.STYLE_CLASS)) {
            names.add(n.getAccessibleText());
            return;
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectPictograms(c, names));
        }
    }

    private void assertNothingElided(FxRobot robot, String query, String when) {
        List<String> elided = new ArrayList<>();
        robot.interact(() -> {
            desk.scene.getRoot().applyCss();
            desk.scene.getRoot().layout();
            Node n = robot.lookup(query).query();
            // The whole section the node belongs to: for a choice, its row of choices.
            elided.addAll(DrawnText.elided(query.startsWith("#outcome-") ? n.getParent() : n));
        });
        assertEquals(List.of(), elided, "elided at 1024×600 (" + when + ")");
    }

    private static String accessible(FxRobot robot, String query) {
        return robot.lookup(query).query().getAccessibleText();
    }

    private static boolean focused(FxRobot robot, String query) {
        Node n = robot.lookup(query).tryQuery().orElse(null);
        return n != null && n.getScene() != null && n.isFocused();
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
