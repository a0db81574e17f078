package pe.macexpress.desk.ui.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import pe.macexpress.desk.i18n.Language;
import pe.macexpress.desk.i18n.Localization;
import pe.macexpress.desk.sandbox.TrainingData;
import pe.macexpress.desk.store.FeedbackStore;
import pe.macexpress.desk.testing.DrawnText;
import pe.macexpress.desk.testing.Screenshots;
import pe.macexpress.desk.testing.Shown;
import pe.macexpress.desk.testing.KeyboardVisit;
import pe.macexpress.desk.testing.TrainingDesk;
import pe.macexpress.desk.ui.common.CitizenLanguageBox;

/**
 * Issue 16: at a Spanish-speaking advisor's counter (1024×600), the citizen's language box offers
 * Aymara with how much of it is translated, and an Aymara-speaking citizen gets the receipt's
 * farewell and the whole survey in Aymara while the advisor's screen stays Spanish.
 */
@org.junit.jupiter.api.extension.ExtendWith(org.testfx.framework.junit5.ApplicationExtension.class)
class AymaraSurveyScreenTest {
    private TrainingDesk desk;

    @Start
    void start(Stage stage) throws IOException {
        desk = new TrainingDesk(stage, 1024, 600);
    }

    @AfterEach
    void stop() throws IOException {
        desk.close();
    }

    @Test
    void anAymaraSpeakingCitizenAnswersTheSurveyInAymaraAtASpanishCounter(FxRobot robot) throws Exception {
        var ctx = desk.ctx;
        Localization l10n = ctx.localization();
        visit(robot);
        assertEquals("es", desk.ui.i18n().tag());

        // The box says, in the advisor's Spanish, that Aymara is partial and unreviewed; Quechua is just its name.
        ComboBox<Language> receiptLang = robot.lookup("#receipt-language").queryComboBox();
        Language ay = l10n.language("ay");
        int percent = (int) Math.floor(l10n.coverage("ay") * 100);
        assertTrue(percent > 0 && percent < 100, "coverage " + percent);
        assertEquals("Aymar aru — " + percent + " % traducido, sin revisión", CitizenLanguageBox.label(desk.ui.i18n(), ay));
        assertEquals("Runasimi", CitizenLanguageBox.label(desk.ui.i18n(), l10n.language("qu")));
        robot.interact(() -> receiptLang.setValue(ay));
        waitUntil(() -> text(robot, "#receipt-farewell").startsWith("Yuspajara jutatamata"));
        assertEquals("Aymar aru (" + percent + " %)", receiptLang.getButtonCell().getText(),
                "the chosen language shows its coverage");
        // The open list says it all, cut nowhere.
        robot.interact(receiptLang::show);
        List<String> offered = robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)
                .stream().map(javafx.scene.control.ListCell::getText).filter(t -> t != null).toList();
        assertTrue(offered.contains("Aymar aru — " + percent + " % traducido, sin revisión"), offered.toString());
        assertTrue(offered.contains("Runasimi") && offered.contains("Español"), offered.toString());
        for (var cell : robot.lookup(".combo-box-popup .list-cell").queryAllAs(javafx.scene.control.ListCell.class)) {
            assertTrue(cell.getText() == null || !DrawnText.clipped(cell), "clipped: " + cell.getText());
        }
        javafx.scene.Node list = ((javafx.scene.control.skin.ComboBoxListViewSkin<?>) receiptLang.getSkin()).getPopupContent();
        Screenshots.save(robot, list.getScene(), "aymara-es-00-language-list");
        robot.interact(receiptLang::hide);
        // The header's menu (the advisor's language) keeps its short form: Spanish is complete.
        ComboBox<Language> header = robot.lookup("#language-switch").queryComboBox();
        assertEquals("Español", header.getButtonCell().getText());
        waitUntil(() -> Shown.node(robot, "#survey-open"));
        assertEquals(l10n.text("es", "survey.open"), text(robot, "#survey-open"), "the advisor's button stays Spanish");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped on the receipt");
        Screenshots.save(robot, desk.scene, "aymara-ay-01-receipt");
        // The advisor switches to Quechua: the box relabels in Quechua, the receipt stays Aymara; and back.
        robot.interact(() -> header.setValue(l10n.language("qu")));
        assertEquals("Aymar aru — " + percent + " % t'ikrasqa, manaraq qhawarisqa",
                CitizenLanguageBox.label(desk.ui.i18n(), ay));
        assertEquals("Aymar aru (" + percent + " %)", receiptLang.getButtonCell().getText());
        assertEquals("ay", receiptLang.getValue().tag());
        assertTrue(text(robot, "#receipt-farewell").startsWith("Yuspajara"));
        assertEquals("Aymar aru (" + percent + " %)", CitizenLanguageBox.shortLabel(desk.ui.i18n(), ay), "short in the header");
        robot.interact(() -> header.setValue(l10n.language("es")));
        assertEquals("Aymar aru — " + percent + " % traducido, sin revisión", CitizenLanguageBox.label(desk.ui.i18n(), ay));
        assertEquals("ay", receiptLang.getValue().tag(), "the receipt stays in the citizen's language");

        int before = ctx.store().feedback().countSurveys();
        robot.clickOn("#survey-open");
        waitUntil(() -> Shown.node(robot, "#survey-face-5"));
        assertEquals("¿Kunjamsa jichhürux yanapt'apxsma?", text(robot, "#survey-title"));
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped on the Aymara survey");
        Screenshots.save(robot, desk.scene, "aymara-survey");
        int[] faces = {5, 4, 0, 5, 3, 5};
        for (int i = 0; i < faces.length; i++) {
            String sign = "#survey-sign-" + pe.macexpress.desk.contract.SurveyContent.DRIVERS.get(i);
            waitUntil(() -> Shown.node(robot, sign));
            if (faces[i] == 0) {
                assertTrue(text(robot, "#survey-skip").endsWith(l10n.text("ay", "survey.skip")), text(robot, "#survey-skip"));
                robot.clickOn("#survey-skip");
            } else {
                robot.clickOn("#survey-face-" + faces[i]);
            }
        }
        waitUntil(() -> Shown.node(robot, "#survey-done"));
        assertEquals("Tukuyaña", text(robot, "#survey-done"));
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped on the last step");
        Screenshots.save(robot, desk.scene, "aymara-ay-03-comment");
        robot.clickOn("#survey-done");
        waitUntil(() -> Shown.node(robot, "#survey-thanks"));
        assertEquals(l10n.text("ay", "survey.thanks"), text(robot, "#survey-thanks"));
        Screenshots.save(robot, desk.scene, "aymara-ay-04-thanks");
        robot.clickOn("#survey-close");
        waitUntil(() -> Shown.node(robot, "#receipt-next"));

        assertEquals(before + 1, ctx.store().feedback().countSurveys());
        FeedbackStore.Survey[] saved = new FeedbackStore.Survey[1];
        ctx.store().feedback().eachSurvey(s -> saved[0] = s);
        assertEquals("ay", saved[0].language(), "the survey records the citizen's language");
        assertEquals(Arrays.asList(5, 4, null, 5, 3, 5), saved[0].answers());
        assertEquals(TrainingData.POINT.id(), saved[0].pointId());

        // An advisor who picks Aymara for their own screen: the header says it is partial, short, on one row.
        robot.interact(() -> header.setValue(ay));
        assertEquals("Aymar aru (" + percent + " %)", header.getButtonCell().getText());
        assertEquals("Mistuña", text(robot, "#sign-out"), "a word public software uses in Aymara");
        assertEquals(l10n.text("es", "supervisor.open"), text(robot, "#supervisor-open"), "the rest falls back to Spanish");
        assertEquals(header.localToScene(header.getBoundsInLocal()).getMinY(),
                robot.lookup("#sign-out").query().localToScene(robot.lookup("#sign-out").query().getBoundsInLocal()).getMinY(),
                1.0, "the header's buttons stay on the language menu's row at 1024 px");
        assertEquals(List.of(), DrawnText.elided(desk.scene.getRoot()), "nothing clipped with the advisor in Aymara");
        Screenshots.save(robot, desk.scene, "aymara-ay-05-advisor-in-aymara");
        robot.interact(() -> header.setValue(l10n.language("es")));
    }

    private void visit(FxRobot robot) throws TimeoutException {
        KeyboardVisit.serveOneProcedure(robot, desk);
    }

    private static boolean focused(FxRobot robot, String query) {
        return KeyboardVisit.focused(robot, query);
    }

    private static String text(FxRobot robot, String query) {
        return KeyboardVisit.text(robot, query);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        TrainingDesk.waitUntil(condition);
    }
}
